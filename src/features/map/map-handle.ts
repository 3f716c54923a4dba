// The live map for the few tools that must read its pixels or its view directly (the PNG export).
// A module-level handle rather than the store: the store holds UI state only, never the instance.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useViewBounds } from '../../store/view-bounds';
import { appBounds } from './map-frame';

let current: MapLibreMap | null = null;

export function setMapHandle(map: MapLibreMap | null): void {
  current = map;
}

export function getMapHandle(): MapLibreMap | null {
  return current;
}

/** The view's box, in WGS84 whatever the basemap's datum. */
export function recordViewBounds(map: MapLibreMap): void {
  useViewBounds.getState().set(appBounds(map));
}
