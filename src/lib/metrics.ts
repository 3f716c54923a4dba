// District metrics for the chart and the details panel, derived from the loaded data. Pure: the
// same inputs give the same rows, and the chart and the map both read these rows.
import type { DistrictProps, Fact, Qualifier, Site } from '../data/schemas';
import type { Metric } from './vocabulary';
import { per100k } from './reach';
import { isServiceCentre } from './geo';

export interface MetricRow {
  code: string;
  /** null: no data for this district. Never coerced to 0. */
  value: number | null;
  unit: string;
  qualifier: Qualifier | null;
  /** The facts this value rests on (one, or two for a ratio); empty for counts of our own sites. */
  basis: Fact[];
}

export interface MetricDef {
  id: Metric;
  unit: string;
  /** Counts describe this project's dataset, not the city: the UI says so. */
  kind: 'fact' | 'derived' | 'count' | 'analysis';
  fractionDigits: number;
}

export const METRICS: Record<Metric, MetricDef> = {
  population: { id: 'population', unit: 'people', kind: 'fact', fractionDigits: 0 },
  area: { id: 'area', unit: 'km2', kind: 'fact', fractionDigits: 2 },
  density: { id: 'density', unit: 'people/km2', kind: 'derived', fractionDigits: 0 },
  sites: { id: 'sites', unit: 'sites', kind: 'count', fractionDigits: 0 },
  'service-centres': { id: 'service-centres', unit: 'sites', kind: 'count', fractionDigits: 0 },
  'talent-apartments': { id: 'talent-apartments', unit: 'sites', kind: 'count', fractionDigits: 0 },
  // Planner analysis (issue #5): per-capita figures rest on the 2020 census; reach on the outlines.
  'centres-per-100k': { id: 'centres-per-100k', unit: 'per 100k residents', kind: 'analysis', fractionDigits: 2 },
  'units-per-100k': { id: 'units-per-100k', unit: 'units per 100k residents', kind: 'analysis', fractionDigits: 0 },
  reach: { id: 'reach', unit: '%', kind: 'analysis', fractionDigits: 0 },
};


/** Extra inputs some analysis metrics need: the reach share (0–1) per district code. */
export interface MetricExtras {
  reach?: Record<string, number | null> | null;
}

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

function factRow(code: string, def: MetricDef, fact: Fact | null): MetricRow {
  return fact
    ? { code, value: fact.value, unit: fact.unit, qualifier: fact.qualifier, basis: [fact] }
    : { code, value: null, unit: def.unit, qualifier: null, basis: [] };
}

const SITE_FILTER: Partial<Record<Metric, (s: Site) => boolean>> = {
  sites: () => true,
  'service-centres': (s) => s.layer === 'service-centres',
  'talent-apartments': (s) => s.layer === 'talent-apartments',
};

export function districtMetricRows(
  metric: Metric,
  districts: readonly Pick<DistrictProps, 'code'>[],
  facts: readonly Fact[],
  sites: readonly Site[],
  extras: MetricExtras = {},
): MetricRow[] {
  const def = METRICS[metric];
  return districts.map(({ code }) => {
    switch (metric) {
      case 'population':
        return factRow(code, def, latestFact(facts, 'district', code, 'population'));
      case 'area':
        return factRow(code, def, latestFact(facts, 'district', code, 'land_area'));
      case 'density': {
        const pop = latestFact(facts, 'district', code, 'population');
        const area = latestFact(facts, 'district', code, 'land_area');
        if (!pop || !area || area.value <= 0) return factRow(code, def, null);
        // A ratio of two figures is only as exact as the less exact one.
        const qualifier = pop.qualifier ?? area.qualifier ?? (area.note_en ? 'about' : null);
        return { code, value: pop.value / area.value, unit: def.unit, qualifier, basis: [pop, area] };
      }
      case 'centres-per-100k': {
        const pop = latestFact(facts, 'district', code, 'population');
        const count = sites.filter((s) => s.district_code === code && isServiceCentre(s)).length;
        const value = per100k(count, pop?.value);
        return value === null ? factRow(code, def, null) : { code, value, unit: def.unit, qualifier: pop!.qualifier, basis: [pop!] };
      }
      case 'units-per-100k': {
        const pop = latestFact(facts, 'district', code, 'population');
        const units = apartmentUnits(code, facts, sites);
        const value = per100k(units.value, pop?.value);
        if (value === null) return factRow(code, def, null);
        return { code, value, unit: def.unit, qualifier: units.qualifier ?? pop!.qualifier, basis: [pop!, ...units.basis] };
      }
      case 'reach': {
        const share = extras.reach?.[code];
        if (share === null || share === undefined) return factRow(code, def, null);
        return { code, value: share * 100, unit: def.unit, qualifier: 'about', basis: [] };
      }
      default: {
        const keep = SITE_FILTER[metric]!;
        const value = sites.filter((s) => s.district_code === code && keep(s)).length;
        return { code, value, unit: def.unit, qualifier: null, basis: [] };
      }
    }
  });
}

/** Rows with values first, largest first; "no data" rows last in their given order. */
export function sortRows(rows: readonly MetricRow[]): MetricRow[] {
  const withValue = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value!);
  return [...withValue, ...rows.filter((r) => r.value === null)];
}
