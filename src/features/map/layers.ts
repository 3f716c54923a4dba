// The layer registry: one entry per LayerId. Each entry declares its map layers, its legend and
// which of its layers answer the pointer; the map view, the layers panel and the tests all read
// these entries, and paint colours and legend swatches are built from the same palette constants.
// Map layer ids are stable and read `<dataset>-<role>`; visibility is switched through
// `layout.visibility`, never by removing layers or data. The entries themselves are built by kind
// in district-layers.ts, area-layers.ts and site-layers.ts; this file only lists them.
import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_IDS, type LayerId, type Site } from '../../data/schemas';
import type { Flavour, Lang } from '../../lib/vocabulary';
import type { LayerContext } from '../../derived/layer-context';
import { areaEntry } from './area-layers';
import { districtsContext, featuredDistrict } from './district-layers';
import type { LayerEntry, LegendSwatch, RuntimeLayerEntry } from './layer-entry';
import { isApproximate, isDrawable } from './map-data';
import { paletteOf } from './palette';
import { pointSwatch, siteEntry } from './site-layers';

export const LAYER_REGISTRY: Record<LayerId, LayerEntry> = {
  pudong: featuredDistrict('pudong'),
  xuhui: featuredDistrict('xuhui'),
  changning: featuredDistrict('changning'),
  'hongqiao-cbd': areaEntry('hongqiao-cbd'),
  zhangjiang: areaEntry('zhangjiang'),
  'talent-apartments': siteEntry('talent-apartments', 'theme'),
  'service-centres': siteEntry('service-centres', 'theme'),
  districts: districtsContext,
  universities: siteEntry('universities', 'context'),
};

/** Registry entries in the one canonical order (LAYER_IDS). */
export const LAYER_ENTRIES: readonly LayerEntry[] = LAYER_IDS.map((id) => LAYER_REGISTRY[id]);

/** Every interactive map layer id, for `interactiveLayerIds`. */
export const INTERACTIVE_LAYER_IDS: readonly string[] = LAYER_ENTRIES.flatMap((e) => e.interactiveLayerIds);

/** An entry's map layers with `layout.visibility` set from the visible layer ids. */
export function entryLayers(entry: LayerEntry, lang: Lang, visible: readonly LayerId[], ctx: LayerContext): LayerSpecification[] {
  const visibility = visible.includes(entry.id) ? 'visible' : 'none';
  return entry.mapLayers(lang, ctx).map((layer) => ({ ...layer, layout: { ...layer.layout, visibility } }) as LayerSpecification);
}

/**
 * The legend an entry shows once the sites are known: point swatches only for categories that
 * have a drawn site in that layer, the uncertainty swatch only if one of them is approximate.
 * Before the sites load the declared legend is shown as is. Colours are the flavour's.
 */
export function legendFor(entry: LayerEntry, sites: readonly Site[] | undefined, flavour: Flavour): LegendSwatch[] {
  const palette = paletteOf(flavour);
  const declared = entry.legend(palette);
  if (!sites || !entry.siteLayer) return declared;
  const drawn = sites.filter((s) => s.layer === entry.siteLayer && isDrawable(s));
  const present = new Set(drawn.map((s) => s.category));
  const approximate = drawn.some(isApproximate);
  const extra = [...present]
    .filter((c) => !declared.some((sw) => sw.kind === 'point' && sw.category === c))
    .map((category) => pointSwatch(entry.siteLayer!, category, palette));
  const kept = declared.filter((sw) => {
    if (sw.kind === 'point') return present.has(sw.category);
    if (sw.kind === 'halo') return approximate;
    return true;
  });
  // New categories go before the uncertainty swatch, which always comes last.
  const haloAt = kept.findIndex((sw) => sw.kind === 'halo');
  return haloAt < 0 ? [...kept, ...extra] : [...kept.slice(0, haloAt), ...extra, ...kept.slice(haloAt)];
}

// --- Layers added at run time ------------------------------------------------------------------
// A user's own points and PMTiles URLs join the same registry, like registerMetric does for metrics:
// the map draws them, the layers panel and the legend list them, and they leave when unregistered.
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
