// What the exports contain, as pure functions: the chart's rows as CSV and the visible sites as
// GeoJSON, each carrying its sources.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { DistrictProps, LayerId, Site, Source } from '../data/schemas';
import { toCsv } from './csv';
import type { MetricRow } from './metrics';
import { openedYear, isApproximate, isDrawable } from './geo';

export const CHART_CSV_HEADER = [
  'district_code',
  'district_en',
  'district_zh',
  'metric',
  'value',
  'unit',
  'qualifier',
  'as_of',
  'source_ids',
  'sources',
] as const;

/** A source as one line of text: publisher, title, date, address. */
export function citation(s: Source | undefined, id: string): string {
  if (!s) return id;
  return [s.publisher, s.title, s.date ?? 'date not stated', s.url ?? ''].filter(Boolean).join(', ');
}

export function chartCsv(
  metric: string,
  rows: readonly MetricRow[],
  districts: readonly Pick<DistrictProps, 'code' | 'name_en' | 'name_zh'>[],
  sources: ReadonlyMap<string, Source>,
  note: string,
): string {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const body = rows.map((r) => {
    const d = byCode.get(r.code);
    const ids = [...new Set(r.basis.map((f) => f.source_id))];
    const dates = [...new Set(r.basis.map((f) => f.as_of ?? 'not stated'))];
    return [
      r.code,
      d?.name_en ?? '',
      d?.name_zh ?? '',
      metric,
      r.value,
      r.unit,
      r.qualifier ?? '',
      dates.join('; '),
      ids.join('; '),
      ids.length ? ids.map((id) => citation(sources.get(id), id)).join(' | ') : note,
    ];
  });
  return toCsv(CHART_CSV_HEADER, body);
}

export interface VisibleSitesInput {
  sites: readonly Site[];
  visibleLayers: readonly LayerId[];
  bounds: [number, number, number, number] | null;
  year: number | null;
  sources: ReadonlyMap<string, Source>;
  exported: string;
}

/** The drawn sites a user currently sees: visible layer, inside the view, opened by the year. */
export function visibleSites({ sites, visibleLayers, bounds, year }: Omit<VisibleSitesInput, 'sources' | 'exported'>): Site[] {
  return sites.filter((s) => {
    if (!isDrawable(s) || !visibleLayers.includes(s.layer)) return false;
    if (bounds && (s.lon < bounds[0] || s.lon > bounds[2] || s.lat < bounds[1] || s.lat > bounds[3])) return false;
    if (year !== null) {
      const y = openedYear(s.opened);
      if (y === null || y > year) return false;
    }
    return true;
  });
}

export function visibleSitesGeoJson(input: VisibleSitesInput): FeatureCollection<Point> & { sources: unknown[]; exported: string; note: string } {
  const chosen = visibleSites(input);
  const features: Feature<Point>[] = chosen.map((s) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [s.lon!, s.lat!] },
    properties: {
      id: s.id,
      name_en: s.name_en,
      name_zh: s.name_zh,
      category: s.category,
      layer: s.layer,
      district_code: s.district_code,
      opened: s.opened,
      precision_m: s.precision_m,
      approximate: isApproximate(s),
      location_source: s.location_source,
      source_ids: s.source_ids,
    },
  }));
  const ids = [...new Set(chosen.flatMap((s) => s.source_ids))];
  return {
    type: 'FeatureCollection',
    exported: input.exported,
    note: 'WGS84. precision_m is the radius within which the true location lies; approximate sites are not exact addresses.',
    sources: ids.map((id) => input.sources.get(id) ?? { id }),
    features,
  };
}
