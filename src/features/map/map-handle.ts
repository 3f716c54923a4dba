// The live map for the few tools that must read its pixels or its view directly (the PNG export).
// A module-level handle rather than the store: the store holds UI state only, never the instance.
import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;

export function setMapHandle(map: MapLibreMap | null): void {
  current = map;
}

export function getMapHandle(): MapLibreMap | null {
  return current;
}
