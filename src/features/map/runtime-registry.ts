// The run-time half of the layer registry (layers.ts lists the built-in entries and re-exports
// this): a user's own points and PMTiles URLs join the same registry, like registerMetric does for
// metrics: the map draws them, the layers panel and the legend list them, and they leave when
// unregistered.
import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_IDS } from '../../data/schemas';
import type { Flavour, Lang } from '../../lib/vocabulary';
import type { RuntimeLayerEntry } from './layer-entry';
import { paletteOf } from './palette';

let runtime: readonly RuntimeLayerEntry[] = [];
const runtimeListeners = new Set<() => void>();

function changed(next: readonly RuntimeLayerEntry[]) {
  runtime = next;
  for (const l of runtimeListeners) l();
}

/** Adds (or replaces, by id) a run-time layer. Ids of built-in layers are refused. */
export function registerLayer(entry: RuntimeLayerEntry): void {
  if ((LAYER_IDS as readonly string[]).includes(entry.id)) throw new Error(`"${entry.id}" is a built-in layer.`);
  const at = runtime.findIndex((e) => e.id === entry.id);
  changed(at < 0 ? [...runtime, entry] : runtime.map((e, i) => (i === at ? entry : e)));
}

export function unregisterLayer(id: string): void {
  if (runtime.some((e) => e.id === id)) changed(runtime.filter((e) => e.id !== id));
}

export function setRuntimeLayerVisible(id: string, visible: boolean): void {
  if (runtime.some((e) => e.id === id && e.visible !== visible)) changed(runtime.map((e) => (e.id === id ? { ...e, visible } : e)));
}

/** The run-time layers in the order they were added (stable between changes, for useSyncExternalStore). */
export function runtimeLayers(): readonly RuntimeLayerEntry[] {
  return runtime;
}

export function subscribeToLayers(listener: () => void): () => void {
  runtimeListeners.add(listener);
  return () => runtimeListeners.delete(listener);
}

/** A run-time entry's map layers with `layout.visibility` from its own flag. */
export function runtimeEntryLayers(entry: RuntimeLayerEntry, lang: Lang, flavour: Flavour): LayerSpecification[] {
  const visibility = entry.visible ? 'visible' : 'none';
  return entry.mapLayers(lang, paletteOf(flavour)).map((layer) => ({ ...layer, layout: { ...layer.layout, visibility } }) as LayerSpecification);
}
