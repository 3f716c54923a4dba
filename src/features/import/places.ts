// An imported point set as places (RuntimePlaces in the layer registry): what the finder searches
// and what the Analyse tab's reach and proximity measure when the reader picks these points.
import type { PointDataset } from '../../lib/import/dataset';
import type { RuntimePlaces } from '../map/layer-entry';
import { passesFilter, pointName } from './points';
import { updateDataset } from './store';
import { importWorker } from './worker-client';

export function pointPlaces(d: PointDataset, tileKey: string, ready: Promise<unknown>, reachMetricId: string | null): RuntimePlaces {
  let rows: number[] | null = null;
  let positions: [number, number][] | null = null;
  const drawnRows = () => {
    if (!rows) {
      rows = [];
      for (let i = 0; i < d.rows.length; i++) if (passesFilter(d, i)) rows.push(i);
    }
    return rows;
  };
  const at = (row: number): [number, number] => [d.coords[2 * row]!, d.coords[2 * row + 1]!];
  return {
    positions: () => (positions ??= drawnRows().map(at)),
    nameAt: (i) => pointName(d, drawnRows()[i] ?? -1) || d.name,
    search: async (query, limit) => {
      await ready;
      const found = await importWorker.search(tileKey, query, limit);
      return found.map((row) => ({ name: pointName(d, row) || d.name, lngLat: at(row) }));
    },
    reach: reachMetricId
      ? {
          metricId: reachMetricId,
          km: d.reachKm,
          // The dataset's own radius (kept with it): its metric is registered again with it.
          setKm: (km) => updateDataset({ ...d, reachKm: Math.min(50, Math.max(0.1, km)) }),
        }
      : null,
  };
}
