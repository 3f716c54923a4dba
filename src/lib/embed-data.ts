// "Get the data" in the embed: what the frame shows — the sites drawn in its visible layers and the
// chart metric for every district — as one CSV, each row with its sources written out. The same
// rows feed the embed's "View as table", so the download and the tables never disagree.
import type { DistrictProps, LayerId, Site, Source } from '../data/schemas';
import { toCsv } from './csv';
import { citation, visibleSites } from './export-data';
import type { MetricRow } from './metrics';

export const EMBED_CSV_HEADER = [
  'record',
  'id',
  'name_en',
  'name_zh',
  'what',
  'value',
  'unit',
  'qualifier',
  'as_of',
  'lon',
  'lat',
  'precision_m',
  'source_ids',
  'sources',
] as const;

/** The sites the embed draws: visible layer, mapped, opened (no timeline in an embed), anywhere in the city. */
export function embedSites(sites: readonly Site[], visibleLayers: readonly LayerId[]): Site[] {
  return visibleSites({ sites, visibleLayers, bounds: null, year: null });
}

export interface EmbedCsvInput {
  sites: readonly Site[];
  metric: string;
  rows: readonly MetricRow[];
  districts: readonly Pick<DistrictProps, 'code' | 'name_en' | 'name_zh'>[];
  sources: ReadonlyMap<string, Source>;
  /** Written where a metric row rests on no single source (a count of this map's own sites). */
  derivedNote: string;
}

function cite(ids: readonly string[], sources: ReadonlyMap<string, Source>): string {
  return ids.map((id) => citation(sources.get(id), id)).join(' | ');
}

export function embedCsv({ sites, metric, rows, districts, sources, derivedNote }: EmbedCsvInput): string {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const siteRows = sites.map((s) => [
    'site',
    s.id,
    s.name_en,
    s.name_zh,
    s.category,
    null,
    '',
    '',
    s.opened ?? '',
    s.lon,
    s.lat,
    s.precision_m,
    s.source_ids.join('; '),
    cite(s.source_ids, sources),
  ]);
  const metricRows = rows.map((r) => {
    const d = byCode.get(r.code);
    const ids = [...new Set(r.basis.map((f) => f.source_id))];
    const dates = [...new Set(r.basis.map((f) => f.as_of ?? 'not stated'))];
    return [
      'district',
      r.code,
      d?.name_en ?? '',
      d?.name_zh ?? '',
      metric,
      // null stays an empty cell: "no data", never 0.
      r.value,
      r.unit,
      r.qualifier ?? '',
      dates.join('; '),
      null,
      null,
      null,
      ids.join('; '),
      ids.length ? cite(ids, sources) : derivedNote,
    ];
  });
  return toCsv(EMBED_CSV_HEADER, [...siteRows, ...metricRows]);
}
