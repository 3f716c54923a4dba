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
import type { LayerEntry, LegendSwatch } from './layer-entry';
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

// --- Layers added at run time: runtime-registry.ts (kept apart so a feature that only reads them,
// such as the finder, does not load the built-in entries and their fonts).
export { registerLayer, unregisterLayer, setRuntimeLayerVisible, runtimeLayers, subscribeToLayers, runtimeEntryLayers } from './runtime-registry';
