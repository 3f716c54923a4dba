// District metrics for the chart and the details panel, derived from the loaded data. Pure: the
// same inputs give the same rows, and the chart and the map both read these rows.
import type { DistrictProps, Fact, Site } from '../data/schemas';
import type { Metric } from './vocabulary';
import { metricDef, type MetricRow } from './metric-registry';

export type { MetricRow } from './metric-registry';
export { apartmentUnits, latestFact } from './fact-lookup';

/** Extra inputs some analysis metrics need: the reach share (0–1) per district code. */
export interface MetricExtras {
  reach?: Record<string, number | null> | null;
}

export function districtMetricRows(
  metric: Metric,
  districts: readonly Pick<DistrictProps, 'code'>[],
  facts: readonly Fact[],
  sites: readonly Site[],
  extras: MetricExtras = {},
): MetricRow[] {
  const def = metricDef(metric);
  const inputs = { facts, sites, reach: extras.reach ?? null };
  return districts.map(({ code }) => (def ? def.row(code, inputs) : { code, value: null, unit: '', qualifier: null, basis: [] }));
}

/** How many decimals a metric's figures are shown with. */
export function metricDigits(metric: Metric): number {
  return metricDef(metric)?.fractionDigits ?? 0;
}

/** Rows with values first, largest first; "no data" rows last in their given order. */
export function sortRows(rows: readonly MetricRow[]): MetricRow[] {
  const withValue = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value!);
  return [...withValue, ...rows.filter((r) => r.value === null)];
}
