// Draw order. Sources arrive at different times (each data file is its own query), so the order in
// which layers are added cannot be the order in which they are drawn. The base style carries one
// empty marker layer per slot, in drawing order, and every map layer is inserted just before the
// marker of its slot (`beforeId`); it declares that slot in its own `metadata`, so the order lives
// with the layer spec and nowhere else.
import type { LayerSpecification } from 'maplibre-gl';

export const SLOTS = [
  // The background and the neighbouring provinces' land.
  'surroundings',
  'land',
  // The metro: over the land, under every layer of the app's own.
  'metro',
  // Online raster tiles, when the user picked them: over the built-in land, under everything else.
  'basemap-tiles',
  'district-fills',
  // The sea, lakes and rivers: over the district fills (the outlines include shoals), under the borders.
  'water',
  'area-fills',
  'district-lines',
  'area-lines',
  'halos',
  'points',
  // Labels. MapLibre places labels from the top layer down, each claiming its room before the
  // next is placed, so this order is also their priority (see label-layers.ts): the invisible
  // marker boxes first, so no name covers a marker; then the named (selected, highlighted) sites;
  // then area names (the map's theme, and few), district names and the other site names.
  'site-labels',
  'district-labels',
  'area-labels',
  'named-site-labels',
  'marker-boxes',
] as const;
export type Slot = (typeof SLOTS)[number];

const SLOT_KEY = 'talent-map:slot';

export function slotMarkerId(slot: Slot): string {
  return `slot-${slot}`;
}

/** A marker layer: a background layer that is never visible and exists only to be inserted before. */
export function slotMarker(slot: Slot): LayerSpecification {
  return { id: slotMarkerId(slot), type: 'background', layout: { visibility: 'none' } };
}

export function inSlot(slot: Slot): { metadata: Record<string, Slot> } {
  return { metadata: { [SLOT_KEY]: slot } };
}

export function slotOf(layer: LayerSpecification): Slot {
  const meta = layer.metadata as Record<string, unknown> | undefined;
  const slot = meta?.[SLOT_KEY];
  if (typeof slot === 'string' && (SLOTS as readonly string[]).includes(slot)) return slot as Slot;
  throw new Error(`map layer ${layer.id} declares no slot`);
}
