// The map's side of the datum shift (src/lib/datum.ts): which frame each live map draws in, and the
// adapter every position goes through on its way between the map and the app. The app speaks WGS84
// only; on a GCJ-02 basemap the map's own coordinates are GCJ-02, so
//   - what the app draws: the sources (use-map-sources.ts, `useFramedSources`) and camera moves
//     (`moveToMap`) are converted app → map;
//   - what the map reports: its centre (`appCamera`), its bounds (`appBounds`) and event positions
//     (`appLngLat`) are converted map → app.
// Nothing else in the code knows a datum exists.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { WGS84_FRAME, type LngLat, type MapFrame } from '../../lib/datum';
import type { Bounds, Camera } from '../../lib/vocabulary';
import { cameraOf, type CameraMove } from './camera';

const frames = new WeakMap<MapLibreMap, MapFrame>();

export function setMapFrame(map: MapLibreMap, frame: MapFrame): void {
  frames.set(map, frame);
}

export function frameOf(map: MapLibreMap): MapFrame {
  return frames.get(map) ?? WGS84_FRAME;
}

/** A position the map reported (a click) → WGS84. */
export function appLngLat(map: MapLibreMap, p: LngLat): LngLat {
  return frameOf(map).fromMap({ lng: p.lng, lat: p.lat });
}

/** The map's view as the store and the URL keep it (WGS84). */
export function appCamera(map: MapLibreMap): Camera {
  const frame = frameOf(map);
  return cameraOf({ getCenter: () => frame.fromMap(map.getCenter()), getZoom: () => map.getZoom(), getBearing: () => map.getBearing(), getPitch: () => map.getPitch() });
}

/** The map's visible box in WGS84: [west, south, east, north]. */
export function appBounds(map: MapLibreMap): Bounds {
  const b = map.getBounds();
  const frame = frameOf(map);
  const sw = frame.fromMap({ lng: b.getWest(), lat: b.getSouth() });
  const ne = frame.fromMap({ lng: b.getEast(), lat: b.getNorth() });
  return [sw.lng, sw.lat, ne.lng, ne.lat];
}

/** A camera move planned in WGS84 (camera.ts) → the same move in the map's coordinates. */
export function moveToMap(move: CameraMove, frame: MapFrame): CameraMove {
  if (frame === WGS84_FRAME) return move;
  const point = (c: [number, number]): [number, number] => {
    const p = frame.toMap({ lng: c[0], lat: c[1] });
    return [p.lng, p.lat];
  };
  if (move.method === 'fitBounds') {
    const [w, s, e, n] = move.bounds;
    const [w2, s2] = point([w, s]);
    const [e2, n2] = point([e, n]);
    return { ...move, bounds: [w2, s2, e2, n2] };
  }
  const center = move.options.center;
  if (!Array.isArray(center)) return move;
  return { ...move, options: { ...move.options, center: point([center[0], center[1]]) } } as CameraMove;
}
