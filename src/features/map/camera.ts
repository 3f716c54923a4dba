// The camera's rules, apart from any map: how a view is rounded, and what the map does with a
// request (use-camera.ts carries it out). Pure, so each rule is tested alone (test/unit).
import type { FitBoundsOptions, FlyToOptions, JumpToOptions, PaddingOptions } from 'maplibre-gl';
import { decodeCamera, encodeCamera } from '../../lib/url-state';
import { type Bounds, type Camera, type Selection } from '../../lib/vocabulary';
import type { CameraGoal } from '../../store/app-store';
import { cameraTargetOf, type MapData } from './map-data';
import type { DefaultView } from './default-view';

// The camera as the store keeps it: exactly what the URL codec writes and reads back, so a view
// restored from a link compares equal to the view that wrote it. Rounding is the codec's own
// (precision from the zoom), not a second copy of its rule.
export function roundCamera(c: Camera): Camera {
  // Outside the codec's bounds (it rejects views far from Shanghai) the camera is kept as it is;
  // the map's own maxBounds keep it from getting there.
  return decodeCamera(encodeCamera(c)) ?? c;
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return encodeCamera(roundCamera(a)) === encodeCamera(roundCamera(b));
}

/** Whether a moveend brings news: null (the whole city, fitted by itself) or a view that rounds differently. */
export function settledChanged(current: Camera | null, next: Camera | null): boolean {
  if (current === null || next === null) return current !== next;
  return !sameCamera(current, next);
}

interface ViewReader {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
}

export function cameraOf(map: ViewReader): Camera {
  const c = map.getCenter();
  return roundCamera({ lng: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
}

/** Padding that still leaves room for the feature on a small map: at most a sixth of its shorter side. */
export function fitPaddingFor(size: { width: number; height: number }, wanted: number | PaddingOptions): number | PaddingOptions {
  const limit = Math.max(0, Math.floor(Math.min(size.width, size.height) / 6));
  if (typeof wanted === 'number') return Math.min(wanted, limit);
  return {
    top: Math.min(wanted.top ?? 0, limit),
    bottom: Math.min(wanted.bottom ?? 0, limit),
    left: Math.min(wanted.left ?? 0, limit),
    right: Math.min(wanted.right ?? 0, limit),
  };
}

/** One MapLibre call. */
export type CameraMove =
  | { method: 'jumpTo'; options: JumpToOptions }
  | { method: 'flyTo'; options: FlyToOptions }
  | { method: 'fitBounds'; bounds: Bounds; options: FitBoundsOptions };

export interface CameraPlan {
  /** false: the request cannot be served yet (what it asks to show has not loaded); keep it. */
  consume: boolean;
  move: CameraMove | null;
  /** The whole city with no one's choice behind it: its end leaves the settled camera empty. */
  automatic: boolean;
  /** A directed move: its end is marked once the map is idle again. */
  directed: boolean;
}

/** What the map knows when it serves a request. */
export interface CameraSituation {
  /** Where the map is now. */
  camera: Camera;
  /** What is selected now (a selection request for something no longer selected is dropped). */
  selection: Selection | null;
  data: MapData;
  /** The whole city: the districts' box, or Shanghai's before the outlines load. */
  cityBounds: Bounds;
  /** Room kept around a fitted feature or the city, already limited to the map's size. */
  fitPadding: number | PaddingOptions;
  /**
   * The default view when it is not the whole city (the dashboard's: where the sites are, see
   * default-view.ts); absent or null, the default view is the whole city, fitted.
   */
  home?: DefaultView | null;
  reducedMotion: boolean;
}

/** Flights to a selection take this long; a directed move (a chapter) a little longer, so the audience follows. */
export const SELECTION_FLIGHT_MS = 1200;
export const DIRECTED_FLIGHT_MS = 1600;
export const CITY_FIT_MS = 800;
/** A fitted shape is never shown closer than this (a tiny area would fill the screen). */
export const SHAPE_MAX_ZOOM = 14;

const serve = (move: CameraMove, flags: Partial<Pick<CameraPlan, 'automatic' | 'directed'>> = {}): CameraPlan => ({
  consume: true,
  move,
  automatic: flags.automatic ?? false,
  directed: flags.directed ?? false,
});
const DROP: CameraPlan = { consume: true, move: null, automatic: false, directed: false };
const WAIT: CameraPlan = { consume: false, move: null, automatic: false, directed: false };

const at = (c: Camera) => ({ center: [c.lng, c.lat] as [number, number], zoom: c.zoom, bearing: c.bearing, pitch: c.pitch });

/**
 * The default view that no one chose: the map's home view if it has one, else the whole city
 * fitted; at once, so a resize or a late outline is never a flight.
 */
export function automaticCityFit(cityBounds: Bounds, fitPadding: number | PaddingOptions, home?: DefaultView | null): CameraMove {
  if (home) return { method: 'jumpTo', options: { center: home.center, zoom: home.zoom, bearing: 0, pitch: 0 } };
  return { method: 'fitBounds', bounds: cityBounds, options: { padding: fitPadding, duration: 0 } };
}

/** What the map does with a request, given where it is and what it knows. */
export function planCameraRequest(goal: CameraGoal, now: CameraSituation): CameraPlan {
  switch (goal.kind) {
    case 'view':
      // Even onto the view the map already shows: the jump's moveend is what settles the camera.
      return serve({ method: 'jumpTo', options: at(goal.camera) });
    case 'city':
      if (goal.auto) return serve(automaticCityFit(now.cityBounds, now.fitPadding, now.home), { automatic: true });
      return serve({ method: 'fitBounds', bounds: now.cityBounds, options: { padding: now.fitPadding, duration: now.reducedMotion ? 0 : CITY_FIT_MS } });
    case 'selection':
      return planSelection(goal.selection, now);
    case 'bounds':
      return serve({
        method: 'fitBounds',
        bounds: goal.bounds,
        options: { padding: now.fitPadding, maxZoom: SHAPE_MAX_ZOOM, duration: now.reducedMotion ? 0 : SELECTION_FLIGHT_MS },
      });
    case 'directed': {
      const options = { ...at(goal.camera), ...(goal.padding ? { padding: goal.padding } : {}) };
      // Already there (the tour's first chapter, on the camera the map opened with): a jump, so
      // the padding applies and the end is still marked.
      if (now.reducedMotion || sameCamera(now.camera, goal.camera)) return serve({ method: 'jumpTo', options }, { directed: true });
      return serve({ method: 'flyTo', options: { ...options, duration: DIRECTED_FLIGHT_MS, essential: false } }, { directed: true });
    }
  }
}

function planSelection(selection: Selection, now: CameraSituation): CameraPlan {
  // Chosen again since (on the map, say): the reader has moved on from this one.
  if (now.selection === null || now.selection.kind !== selection.kind || now.selection.id !== selection.id) return DROP;
  const target = cameraTargetOf(selection, now.data);
  if (!target) return WAIT;
  if ('bounds' in target) {
    return serve({
      method: 'fitBounds',
      bounds: target.bounds,
      options: { padding: now.fitPadding, maxZoom: SHAPE_MAX_ZOOM, duration: now.reducedMotion ? 0 : SELECTION_FLIGHT_MS, linear: false },
    });
  }
  // A site: never zoom out to show it, only in.
  const zoom = Math.max(now.camera.zoom, target.zoom);
  if (now.reducedMotion) return serve({ method: 'jumpTo', options: { center: target.center, zoom } });
  return serve({ method: 'flyTo', options: { center: target.center, zoom, duration: SELECTION_FLIGHT_MS } });
}

/**
 * Where a new map opens: on a view it is about to be sent to (a tour chapter, a host's fly-to
 * that arrived before the map did), else where the last map settled, else on the whole city (null).
 */
export function openingCamera(request: CameraGoal | null, settled: Camera | null): Camera | null {
  if (request && (request.kind === 'view' || request.kind === 'directed')) return request.camera;
  return settled;
}
