// The live map for the few tools that must read its pixels or its view directly (the PNG export).
// A module-level handle rather than the store: the store holds UI state only, never the instance.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { create } from 'zustand';

let current: MapLibreMap | null = null;

export function setMapHandle(map: MapLibreMap | null): void {
  current = map;
}

export function getMapHandle(): MapLibreMap | null {
  return current;
}

/** The map's visible bounds [west, south, east, north], written when a move ends. */
export const useViewBounds = create<{ bounds: [number, number, number, number] | null; set: (b: [number, number, number, number]) => void }>()(
  (set) => ({ bounds: null, set: (bounds) => set({ bounds }) }),
);

export function recordViewBounds(map: MapLibreMap): void {
  const b = map.getBounds();
  useViewBounds.getState().set([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
}
