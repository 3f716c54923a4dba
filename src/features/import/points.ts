// An imported point set as map features, and the text of a point's tooltip. Only a row index and
// a short name go into the map's source; the tooltip reads the row's cells from the dataset.
import type { PointDataset } from '../../lib/import/dataset';

/** Map labels longer than this are cut: MapLibre draws very long labels on every frame. */
const LABEL_MAX = 120;
const TOOLTIP_ROWS = 8;

export function pointName(d: PointDataset, row: number): string {
  const cells = d.cells[row] ?? [];
  return cells[d.nameColumn ?? 0] ?? '';
}

/** Whether row `i` passes the dataset's filter. */
export function passesFilter(d: PointDataset, i: number): boolean {
  if (!d.filter) return true;
  return d.filter.values.includes(d.cells[i]?.[d.filter.column] ?? '');
}

export function pointFeatures(d: PointDataset): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < d.cells.length; i++) {
    if (!passesFilter(d, i)) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [d.coords[2 * i]!, d.coords[2 * i + 1]!] },
      properties: { n: i, name: pointName(d, i).slice(0, LABEL_MAX) },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function pointTooltip(d: PointDataset, props: Record<string, unknown>): { title: string; rows: [string, string][]; more: number } | null {
  const n = Number(props.n);
  const cells = Number.isInteger(n) ? d.cells[n] : undefined;
  if (!cells) return null;
  const rows = d.columns.map((c, i) => [c, cells[i] ?? ''] as [string, string]).filter(([, v]) => v !== '');
  return { title: pointName(d, n) || d.name, rows: rows.slice(0, TOOLTIP_ROWS), more: Math.max(0, rows.length - TOOLTIP_ROWS) };
}
