// An imported point set's names, filter and tooltip text. Only a row index and a short name go to
// the map (in tiles, tile-cutter.ts); the tooltip reads the row's cells from the dataset. As
// GeoJSON features it is what the bench's bare MapLibre page draws.
import { rowCells, type PointDataset } from '../../lib/import/dataset';

/** Map labels longer than this are cut: MapLibre draws very long labels on every frame. */
export const LABEL_MAX = 120;
const TOOLTIP_ROWS = 8;

export function pointName(d: PointDataset, row: number): string {
  return rowCells(d, row)[d.nameColumn ?? 0] ?? '';
}

/** Whether row `i` passes the dataset's filter. */
export function passesFilter(d: Pick<PointDataset, 'rows' | 'filter'>, i: number): boolean {
  if (!d.filter) return true;
  return d.filter.values.includes(rowCells(d, i)[d.filter.column] ?? '');
}

export function pointFeatures(d: PointDataset): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < d.rows.length; i++) {
    if (!passesFilter(d, i)) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [d.coords[2 * i]!, d.coords[2 * i + 1]!] },
      properties: { n: i, name: pointName(d, i).slice(0, LABEL_MAX) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A hovered point's tooltip: its row is the tile feature's id (or the `n` property of a GeoJSON feature). */
export function pointTooltip(d: PointDataset, props: Record<string, unknown>, id?: string | number): { title: string; rows: [string, string][]; more: number } | null {
  const n = Number(id ?? props.n);
  if (!Number.isInteger(n) || n < 0 || n >= d.rows.length) return null;
  const cells = rowCells(d, n);
  const rows = d.columns.map((c, i) => [c, cells[i] ?? ''] as [string, string]).filter(([, v]) => v !== '');
  return { title: pointName(d, n) || d.name, rows: rows.slice(0, TOOLTIP_ROWS), more: Math.max(0, rows.length - TOOLTIP_ROWS) };
}
