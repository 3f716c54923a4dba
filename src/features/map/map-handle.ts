// The live map for the few tools that must read its pixels or its view directly (the PNG export).
// A module-level handle rather than the store: the store holds UI state only, never the instance.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useViewBounds } from '../../store/view-bounds';

let current: MapLibreMap | null = null;

export function setMapHandle(map: MapLibreMap | null): void {
  current = map;
}

export function getMapHandle(): MapLibreMap | null {
  return current;
}

export function recordViewBounds(map: MapLibreMap): void {
  const b = map.getBounds();
  useViewBounds.getState().set([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
}
