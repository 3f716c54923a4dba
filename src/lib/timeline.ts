// Openings per year for the timeline chart: a bar per year over the recent span, earlier openings
// in one "before" bar so a 19th-century campus does not stretch the axis over a century.
export interface YearBin {
  /** The year, or null for the "before" bar. */
  year: number | null;
  /** For the "before" bar: its first year shown (the bins start here). */
  before?: number;
  count: number;
}

export function openingsPerYear(years: readonly number[], span = 16): YearBin[] {
  if (years.length === 0) return [];
  const max = Math.max(...years);
  const min = Math.min(...years);
  const start = Math.max(min, max - span + 1);
  const bins: YearBin[] = [];
  const earlier = years.filter((y) => y < start).length;
  if (earlier > 0) bins.push({ year: null, before: start, count: earlier });
  for (let y = start; y <= max; y++) bins.push({ year: y, count: years.filter((v) => v === y).length });
  return bins;
}
