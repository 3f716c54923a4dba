// The whole map as one style object: the base style, every source and every layer in drawing
// order. The map view builds the same thing incrementally (sources and layers as components); this
// function is what the tests validate, and what it returns is what the map ends up holding.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerId } from '../../data/schemas';
import type { Lang } from '../../lib/vocabulary';
import type { LayerContext } from '../../derived/layer-context';
import { baseStyle, basemapLayers } from './basemap';
import { districtLabelLayers } from './label-layers';
import { geographyLayers } from './geography-layers';
import { LAYER_ENTRIES, entryLayers } from './layers';
import { PROXIMITY_OVERLAY } from './proximity-overlay';
import { buildSources, type MapData } from './map-data';
import { SLOTS, slotMarkerId, slotOf } from './slots';

/**
 * The geography, the basemap layers and district names, then each registry entry's layers, with
 * visibility applied; all painted from the palette of `ctx.flavour`.
 */
export function mapLayers(lang: Lang, visible: readonly LayerId[], ctx: LayerContext): LayerSpecification[] {
  return [
    ...geographyLayers(ctx),
    ...basemapLayers(ctx),
    ...districtLabelLayers(lang, ctx),
    ...LAYER_ENTRIES.flatMap((entry) => entryLayers(entry, lang, visible, ctx)),
    ...PROXIMITY_OVERLAY.mapLayers(lang, ctx),
  ];
}

export function assembleStyle(lang: Lang, visible: readonly LayerId[], data: MapData, ctx: LayerContext): StyleSpecification {
  const base = baseStyle();
  const layers = mapLayers(lang, visible, ctx);
  const ordered: LayerSpecification[] = [];
  for (const layer of base.layers) {
    const slot = SLOTS.find((s) => slotMarkerId(s) === layer.id);
    // Each layer sits just before the marker of its slot, as `beforeId` puts it at run time.
    if (slot) ordered.push(...layers.filter((l) => slotOf(l) === slot));
    ordered.push(layer);
  }
  return { ...base, sources: buildSources(data), layers: ordered };
}
