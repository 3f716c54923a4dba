// What an import becomes, as plain data: kept in IndexedDB, written into a saved map, and turned
// into registry entries (a metric per column of a district table, a layer per point set). The zod
// schemas check whatever comes back from storage or from a saved-map file before it is used.
import { z } from '../zod';
import { CRS_IDS } from './coords';

const text = (max: number) => z.string().max(max);

export const metricColumnSchema = z.object({
  /** The column's name in the file. */
  column: text(1000),
  /** The metric's name as the user gave it (defaults to the column name). */
  label: text(120).min(1),
  unit: text(40),
  /** When the figures are from, as the user wrote it ("2024", "2024-06"); null: not stated. */
  date: text(40).nullable(),
  /** Where the figures come from; null: unsourced, and shown so everywhere. */
  source: text(300).nullable(),
  /** District code → value; a district missing here has no data. */
  values: z.record(z.string().regex(/^\d{6}$/), z.number().finite()),
  fractionDigits: z.number().int().min(0).max(6),
});
export type MetricColumn = z.infer<typeof metricColumnSchema>;

const base = {
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: text(200).min(1),
  /** ISO time of the import. */
  created: text(40),
};

export const districtDatasetSchema = z.object({
  ...base,
  kind: z.literal('districts'),
  metrics: z.array(metricColumnSchema).max(200),
});
export type DistrictDataset = z.infer<typeof districtDatasetSchema>;

export const pointDatasetSchema = z.object({
  ...base,
  kind: z.literal('points'),
  /** The system the file was in; the points below are already WGS84. */
  crs: z.enum(CRS_IDS),
  columns: z.array(text(1000)).max(200),
  /** Flat WGS84 pairs: lng0, lat0, lng1, lat1, … */
  coords: z.array(z.number()).max(400_000),
  /**
   * One row per point: its text cells in `columns` order joined by U+001F (a control character the
   * importer removes from every cell). One string per row instead of an array keeps a large set
   * cheap to pass between the worker, the page and IndexedDB (about 30 times cheaper to copy).
   */
  rows: z.array(z.string().max(200 * 1001)),
  /** The column whose value names each point in tooltips and search; null: the first column. */
  nameColumn: z.number().int().min(0).nullable(),
  /** Keep only points whose `column` is one of `values`; null: all. */
  filter: z.object({ column: z.number().int().min(0), values: z.array(text(1000)) }).nullable(),
  /** Palette slot of its colour. */
  colour: z.number().int().min(0).max(20),
  /** The radius of its "share of each district within N km" metric. */
  reachKm: z.number().min(0.1).max(50),
}).refine((d) => d.coords.length === d.rows.length * 2 && d.coords.every((v, i) => (i % 2 === 0 ? v >= -180 && v <= 180 : v >= -90 && v <= 90)), {
  message: 'coordinates and rows disagree',
});
export type PointDataset = z.infer<typeof pointDatasetSchema>;

export const CELL_SEPARATOR = '\u001f';

/** Row `i` of a point set as its cells. */
export function rowCells(d: Pick<PointDataset, 'rows'>, i: number): string[] {
  const row = d.rows[i];
  return row === undefined ? [] : row.split(CELL_SEPARATOR);
}

export const pmtilesDatasetSchema = z.object({
  ...base,
  kind: z.literal('pmtiles'),
  url: z.string().url().max(2000).regex(/^https?:\/\//),
  /** The vector layer inside the tiles to draw. */
  sourceLayer: text(120).min(1),
  colour: z.number().int().min(0).max(20),
});
export type PmtilesDataset = z.infer<typeof pmtilesDatasetSchema>;

export const datasetSchema = z.union([districtDatasetSchema, pointDatasetSchema, pmtilesDatasetSchema]);
export type Dataset = z.infer<typeof datasetSchema>;

/** Validates a stored or shared dataset; null (and nothing used) when it does not fit. */
export function readDataset(value: unknown): Dataset | null {
  const r = datasetSchema.safeParse(value);
  return r.success ? r.data : null;
}

export function newDatasetId(kind: Dataset['kind'], now = Date.now(), rand = Math.random()): string {
  return `${kind.slice(0, 3)}-${now.toString(36)}-${Math.floor(rand * 1e6).toString(36)}`;
}
