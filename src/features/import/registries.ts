// Imported datasets → registry entries: each chosen column of a district table becomes a metric
// (kind 'imported', with its unit, date and source), each point set a map layer and a reach metric
// ("share of each district within N km of these points"). One function keeps the registries in
// step with the list of datasets; nothing else registers or unregisters imported entries.
import { registerMetric, unregisterMetric, hasMetric, type MetricDef } from '../../lib/metric-registry';
import { buildSampleGrid, reachShares, type DistrictShape, type SampleGrid } from '../../lib/reach';
import type { Dataset, DistrictDataset, PointDataset } from '../../lib/import/dataset';
import { translate } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { LANGUAGES, type Lang } from '../../i18n/languages';
import { registerLayer, runtimeLayers, unregisterLayer } from '../map/layers';
import { importedPointsEntry, pmtilesEntry } from '../map/imported-layers';
import { importedColour } from '../map/palette';
import { pointTooltip } from './points';
import { pointPlaces } from './places';
import type { RuntimePlaces } from '../map/layer-entry';
import { importWorker } from './worker-client';

/** Each version of a point set gets its own tile key, so the map redraws it when it changes. */
let tileVersion = 0;

interface Registered {
  dataset: Dataset;
  metricIds: string[];
  layerId: string | null;
  /** The key the worker keeps a point set's tile points under, dropped when the set is replaced or removed. */
  tileKey?: string;
}

const registered = new Map<string, Registered>();

export function metricIdOf(datasetId: string, index: number | 'reach'): string {
  return `imp-${datasetId}-${index}`;
}

function labelsIn(make: (lang: Lang) => string): Partial<Record<Lang, string>> {
  return Object.fromEntries(LANGUAGES.map((l) => [l.code, make(l.code)]));
}

function districtMetrics(d: DistrictDataset): MetricDef[] {
  return d.metrics.map((m, i) => ({
    id: metricIdOf(d.id, i),
    unit: m.unit,
    kind: 'imported',
    fractionDigits: m.fractionDigits,
    needs: [],
    choropleth: true,
    labels: labelsIn(() => m.label),
    provenance: { source: m.source, date: m.date },
    // A district the table does not give has no data, never 0.
    row: (code) => {
      const value = m.values[code];
      return { code, value: value ?? null, unit: m.unit, qualifier: null, basis: [] };
    },
  }));
}

let grid: SampleGrid | null = null;
let gridShapes: readonly DistrictShape[] | null = null;

function reachMetric(d: PointDataset, shapes: readonly DistrictShape[], places: RuntimePlaces): MetricDef {
  let shares: Record<string, number | null> | null = null;
  return {
    id: metricIdOf(d.id, 'reach'),
    unit: '%',
    kind: 'imported',
    fractionDigits: 0,
    needs: [],
    choropleth: true,
    labels: labelsIn((lang) => translate(lang, 'import.reachMetric', { km: formatNumber(d.reachKm, lang, 1), name: d.name })),
    // The points are the user's; the method is ours (reach.ts), so the source is the file itself.
    provenance: { source: d.name, date: d.created.slice(0, 10) },
    row: (code) => {
      // The lattice is built once, on the first row anyone asks for (about 50 ms).
      if (grid === null || gridShapes !== shapes) {
        grid = buildSampleGrid(shapes);
        gridShapes = shapes;
      }
      // The points drawn: a filter on the layer narrows its reach too.
      shares ??= reachShares(grid, places.positions(), d.reachKm);
      const share = shares[code];
      return share === null || share === undefined ? { code, value: null, unit: '%', qualifier: null, basis: [] } : { code, value: share * 100, unit: '%', qualifier: 'about', basis: [] };
    },
  };
}

function register(d: Dataset, shapes: readonly DistrictShape[] | null, out: Registered): Registered {
  const metrics: MetricDef[] = [];
  let layerId: string | null = null;
  // A layer keeps whether it is shown across a re-registration (a new filter, say).
  const wasVisible = (id: string) => runtimeLayers().find((e) => e.id === id)?.visible ?? true;
  if (d.kind === 'districts') metrics.push(...districtMetrics(d));
  if (d.kind === 'points') {
    // The points go to the import worker once; it cuts the map's tiles from them on request, so
    // the page never holds or copies 100,000 map features (see src/lib/point-tiles.ts).
    const tileKey = `${d.id}.${++tileVersion}`;
    const ready = importWorker.tilePoints(tileKey, { rows: d.rows, coords: d.coords, filter: d.filter, nameColumn: d.nameColumn });
    const places = pointPlaces(d, tileKey, ready, shapes ? metricIdOf(d.id, 'reach') : null);
    const entry = importedPointsEntry({
      id: d.id,
      name: d.name,
      colour: importedColour(d.colour),
      tileKey,
      tiles: (z, x, y, datum) => ready.then(() => importWorker.tile(tileKey, z, x, y, datum)),
      tooltip: (p, id) => pointTooltip(d, p, id),
    });
    registerLayer({ ...entry, places, visible: wasVisible(entry.id) });
    layerId = entry.id;
    out.tileKey = tileKey;
    if (shapes) metrics.push(reachMetric(d, shapes, places));
  }
  if (d.kind === 'pmtiles') {
    const entry = pmtilesEntry({ id: d.id, name: d.name, colour: importedColour(d.colour), url: `pmtiles://${d.url}`, sourceLayer: d.sourceLayer });
    registerLayer({ ...entry, visible: wasVisible(entry.id) });
    layerId = entry.id;
  }
  for (const m of metrics) if (!hasMetric(m.id)) registerMetric(m);
  return Object.assign(out, { metricIds: metrics.map((m) => m.id), layerId });
}

function forget(r: Registered, keepLayer: boolean) {
  r.metricIds.forEach(unregisterMetric);
  if (r.layerId && !keepLayer) unregisterLayer(r.layerId);
  if (r.tileKey) void importWorker.dropTilePoints(r.tileKey).catch(() => undefined);
}

let shapes: readonly DistrictShape[] | null = null;

/** The district outlines, once loaded: point sets then also get their reach metric. */
export function setDistrictShapes(next: readonly DistrictShape[]): void {
  shapes = next;
}

/** Makes the registries hold exactly the entries of `datasets` (a changed dataset is registered again). */
export function syncRegistries(datasets: readonly Dataset[]): void {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  for (const [id, r] of registered) {
    const now = byId.get(id);
    if (now === r.dataset && (r.dataset.kind !== 'points' || r.metricIds.length > 0 || !shapes)) continue;
    // Replaced in place: registerLayer swaps the entry, so the layer is not removed first.
    forget(r, now !== undefined);
    registered.delete(id);
  }
  for (const d of datasets) {
    if (registered.has(d.id)) continue;
    // In the map before register() returns, so the worker's answer finds its own record.
    const r: Registered = { dataset: d, metricIds: [], layerId: null };
    registered.set(d.id, r);
    Object.assign(r, register(d, shapes, r));
  }
}

/** The metric ids a dataset added, for the imported-data list and the tests. */
export function metricIdsOf(datasetId: string): readonly string[] {
  return registered.get(datasetId)?.metricIds ?? [];
}
