// Looking figures up in the facts file: the newest fact for a subject, a record's own facts, and
// the sum of the talent-apartment units a district's apartments report.
import type { Fact, Qualifier, Site } from '../data/schemas';

/**
 * Talent-apartment units in a district, from the `units` facts of its apartments. An apartment with
 * no units figure makes the sum a lower bound ("at least"); with no figure at all it is null.
 */
export function apartmentUnits(code: string, facts: readonly Fact[], sites: readonly Site[]): { value: number | null; qualifier: Qualifier | null; basis: Fact[] } {
  const apartments = sites.filter((s) => s.district_code === code && s.category === 'talent-apartment');
  const basis = apartments.map((s) => latestFact(facts, 'site', s.id, 'units')).filter((f): f is Fact => f !== null);
  if (apartments.length === 0) return { value: 0, qualifier: null, basis: [] };
  if (basis.length === 0) return { value: null, qualifier: null, basis: [] };
  const value = basis.reduce((sum, f) => sum + f.value, 0);
  const qualifier: Qualifier | null = basis.length < apartments.length ? 'at least' : basis.some((f) => f.qualifier) ? 'about' : null;
  return { value, qualifier, basis };
}

/** The newest fact for one subject and metric (facts may repeat with different dates). */
export function latestFact(facts: readonly Fact[], scope: Fact['scope'], subject: string, metric: string): Fact | null {
  let best: Fact | null = null;
  for (const f of facts) {
    if (f.scope !== scope || f.subject !== subject || f.metric !== metric) continue;
    if (!best || (f.as_of ?? '') > (best.as_of ?? '')) best = f;
  }
  return best;
}


/** A record's facts except the metrics shown above them, grouped by metric, newest first. */
export function otherFacts(facts: readonly Fact[], scope: Fact['scope'], subject: string, skip: readonly string[]): Fact[] {
  return facts
    .filter((f) => f.scope === scope && f.subject === subject && !skip.includes(f.metric))
    .sort((a, b) => a.metric.localeCompare(b.metric) || (b.as_of ?? '').localeCompare(a.as_of ?? ''));
}
