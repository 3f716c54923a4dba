// The metrics registry: each district metric declared once — its id, unit, precision, what it is
// computed from and how, and whether it may colour the map. The chart, the metric selects, the
// choropleth, the comparison, the CSV export, the URL and the embed's `set-metric` all read it.
// A built-in metric is an entry below plus its messages (`metric.<id>` in the catalogue); a
// metric registered at run time (a user's own table) carries its labels with it.
import type { Fact, Qualifier, Site } from '../data/schemas';
import type { Lang } from '../i18n/languages';
import { apartmentUnits, latestFact } from './fact-lookup';
import { isServiceCentre } from './geo';
import { per100k } from './reach';

export interface MetricRow {
  code: string;
  /** null: no data for this district. Never coerced to 0. */
  value: number | null;
  unit: string;
  qualifier: Qualifier | null;
  /** The facts this value rests on (one, or two for a ratio); empty for counts of our own sites. */
  basis: Fact[];
}

/** What a metric may be computed from. `reach` is costly and is computed only when asked for. */
export interface MetricInputs {
  facts: readonly Fact[];
  sites: readonly Site[];
  /** Share (0–1) of each district within reach of a service centre; null until computed. */
  reach: Record<string, number | null> | null;
}

export type MetricInput = 'facts' | 'sites' | 'reach';

export interface MetricDef {
  id: string;
  unit: string;
  /** Counts describe this project's dataset, not the city: the UI says so (`metricNote.<kind>`). */
  kind: 'fact' | 'derived' | 'count' | 'analysis' | 'imported';
  fractionDigits: number;
  /** The inputs that must have loaded before a row means anything. */
  needs: readonly MetricInput[];
  /** Whether the choropleth may colour the districts by it. */
  choropleth: boolean;
  row: (code: string, inputs: MetricInputs) => MetricRow;
  /** Run-time metrics only: their names; built-ins read `metric.<id>` from the catalogue. */
  labels?: Partial<Record<Lang, string>>;
  /**
   * Run-time metrics only: where the figures come from and when, as the user stated them. A null
   * source is shown as "unsourced" wherever the metric's name appears (chart, legend, exports).
   */
  provenance?: { source: string | null; date: string | null };
}

function noData(code: string, unit: string): MetricRow {
  return { code, value: null, unit, qualifier: null, basis: [] };
}

/** A district's figure straight from the facts file, with the fact's own unit and qualifier. */
function fromFact(code: string, unit: string, fact: Fact | null): MetricRow {
  return fact ? { code, value: fact.value, unit: fact.unit, qualifier: fact.qualifier, basis: [fact] } : noData(code, unit);
}

function count(id: string, keep: (s: Site) => boolean): MetricDef {
  return {
    id,
    unit: 'sites',
    kind: 'count',
    fractionDigits: 0,
    needs: ['sites'],
    choropleth: true,
    row: (code, { sites }) => ({ code, value: sites.filter((s) => s.district_code === code && keep(s)).length, unit: 'sites', qualifier: null, basis: [] }),
  };
}

const population = (facts: readonly Fact[], code: string) => latestFact(facts, 'district', code, 'population');

/**
 * District facts that may be charted side by side: one metric (one definition), one unit and one
 * full year. Each district publishes its own figures for its own years, so a fact metric is compared
 * only when it is declared here with a year that at least two districts share (today: GDP for 2024,
 * from Pudong, Huangpu and Changning; Minhang's 2024 figure is a forecast, its own metric); every
 * other district shows "no data", and the chart's note (`metricAbout.<id>`) says what the figure is.
 */
interface ComparableFact {
  id: string;
  metric: string;
  unit: string;
  /** The full year the figure covers: the fact's `as_of` is exactly this year. */
  year: string;
  fractionDigits: number;
}

const COMPARABLE_FACTS: readonly ComparableFact[] = [{ id: 'gdp-2024', metric: 'gdp', unit: 'yuan', year: '2024', fractionDigits: 0 }];

function comparableFact(c: ComparableFact): MetricDef {
  return {
    id: c.id,
    unit: c.unit,
    kind: 'fact',
    fractionDigits: c.fractionDigits,
    needs: ['facts'],
    // A handful of districts with a value would colour a map mostly "no data".
    choropleth: false,
    row: (code, { facts }) => {
      const fact = facts.find((f) => f.scope === 'district' && f.subject === code && f.metric === c.metric && f.unit === c.unit && f.as_of === c.year);
      return fromFact(code, c.unit, fact ?? null);
    },
  };
}

const BUILT_IN: readonly MetricDef[] = [
  {
    id: 'population',
    unit: 'people',
    kind: 'fact',
    fractionDigits: 0,
    needs: ['facts'],
    choropleth: true,
    row: (code, { facts }) => fromFact(code, 'people', population(facts, code)),
  },
  {
    id: 'area',
    unit: 'km2',
    kind: 'fact',
    fractionDigits: 2,
    needs: ['facts'],
    choropleth: true,
    row: (code, { facts }) => fromFact(code, 'km2', latestFact(facts, 'district', code, 'land_area')),
  },
  {
    id: 'density',
    unit: 'people/km2',
    kind: 'derived',
    fractionDigits: 0,
    needs: ['facts'],
    choropleth: true,
    row: (code, { facts }) => {
      const pop = population(facts, code);
      const area = latestFact(facts, 'district', code, 'land_area');
      if (!pop || !area || area.value <= 0) return noData(code, 'people/km2');
      // A ratio of two figures is only as exact as the less exact one.
      const qualifier = pop.qualifier ?? area.qualifier ?? (area.note_en ? 'about' : null);
      return { code, value: pop.value / area.value, unit: 'people/km2', qualifier, basis: [pop, area] };
    },
  },
  ...COMPARABLE_FACTS.map(comparableFact),
  count('sites', () => true),
  count('service-centres', (s) => s.layer === 'service-centres'),
  count('talent-apartments', (s) => s.layer === 'talent-apartments'),
  // Planner analysis: per-capita figures rest on the 2020 census; reach on the outlines.
  {
    id: 'centres-per-100k',
    unit: 'per 100k residents',
    kind: 'analysis',
    fractionDigits: 2,
    needs: ['facts', 'sites'],
    choropleth: true,
    row: (code, { facts, sites }) => {
      const pop = population(facts, code);
      const value = per100k(sites.filter((s) => s.district_code === code && isServiceCentre(s)).length, pop?.value);
      return value === null ? noData(code, 'per 100k residents') : { code, value, unit: 'per 100k residents', qualifier: pop!.qualifier, basis: [pop!] };
    },
  },
  {
    id: 'units-per-100k',
    unit: 'units per 100k residents',
    kind: 'analysis',
    fractionDigits: 0,
    needs: ['facts', 'sites'],
    choropleth: true,
    row: (code, { facts, sites }) => {
      const pop = population(facts, code);
      const units = apartmentUnits(code, facts, sites);
      const value = per100k(units.value, pop?.value);
      if (value === null) return noData(code, 'units per 100k residents');
      return { code, value, unit: 'units per 100k residents', qualifier: units.qualifier ?? pop!.qualifier, basis: [pop!, ...units.basis] };
    },
  },
  {
    id: 'reach',
    unit: '%',
    kind: 'analysis',
    fractionDigits: 0,
    needs: ['sites', 'reach'],
    choropleth: true,
    row: (code, { reach }) => {
      const share = reach?.[code];
      return share === null || share === undefined ? noData(code, '%') : { code, value: share * 100, unit: '%', qualifier: 'about', basis: [] };
    },
  },
];

const registry = new Map<string, MetricDef>(BUILT_IN.map((m) => [m.id, m]));
const listeners = new Set<() => void>();
let ids: readonly string[] = [...registry.keys()];

/** The built-in metric ids, in the order the selects list them. */
export const BUILT_IN_METRIC_IDS: readonly string[] = BUILT_IN.map((m) => m.id);

export function metricDef(id: string): MetricDef | undefined {
  return registry.get(id);
}

export function hasMetric(id: string): boolean {
  return registry.has(id);
}

/** Every registered metric id: the built-ins first, then those added at run time in their order. */
export function metricIds(): readonly string[] {
  return ids;
}

/** Adds a metric at run time (a user's own table). An id already taken is refused, never replaced. */
export function registerMetric(def: MetricDef): void {
  if (registry.has(def.id)) throw new Error(`A metric with the id "${def.id}" already exists.`);
  registry.set(def.id, def);
  ids = [...registry.keys()];
  for (const l of listeners) l();
}

/** Removes a metric added at run time; built-ins stay. */
export function unregisterMetric(id: string): void {
  if (BUILT_IN_METRIC_IDS.includes(id) || !registry.delete(id)) return;
  ids = [...registry.keys()];
  for (const l of listeners) l();
}

/** For useSyncExternalStore: UI lists of metrics re-render when one is added or removed. */
export function subscribeToMetrics(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
