// What the browser tests and the benchmark read from the live map: the map handle on window and
// two performance marks. The first frame is also told to the app's map status (store/map-status.ts),
// which panels that can wait read. Kept apart so the map view's own
// code does not carry test plumbing, and so the names the tests depend on are in one place.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMapStatus } from '../../store/map-status';

declare global {
  interface Window {
    /**
     * The live map, set once it has loaded. A read-only handle for the end-to-end tests and the
     * benchmark, which must ask the real map what it draws (layers, feature-state, rendered
     * features); application code never reads it, it goes through the store.
     */
    __talentMap?: MapLibreMap;
  }
}

/** Set once the map has loaded, every data file has settled and every source has been drawn. */
export const FIRST_IDLE_MARK = 'map-first-idle';
/** Set once a directed move (a tour chapter) has ended and the map is idle again: the new view is drawn. */
export const DIRECTED_MOVE_END = 'map-directed-move-end';

/**
 * Publishes the map as `window.__talentMap` and marks its first complete frame. `settled`: every
 * data file has arrived or failed; `sourceIds`: the sources that must have loaded by then.
 */
export function useMapDiagnostics(map: MapLibreMap | null, settled: boolean, sourceIds: readonly string[]): void {
  useEffect(() => {
    if (!map) return;
    window.__talentMap = map;
    return () => {
      if (window.__talentMap === map) delete window.__talentMap;
    };
  }, [map]);

  // Once per map: a map rebuilt after a lost context marks its own first frame again.
  const marked = useRef(false);
  useEffect(() => {
    if (!map || !settled || marked.current) return;
    const onIdle = () => {
      if (marked.current || !sourceIds.every((id) => !map.getSource(id) || map.isSourceLoaded(id))) return;
      marked.current = true;
      performance.mark(FIRST_IDLE_MARK);
      useMapStatus.getState().markFirstFrame();
      window.dispatchEvent(new Event(FIRST_IDLE_MARK));
    };
    map.on('idle', onIdle);
    // The last data file settling (possibly as an error) may bring no new frame, and the map may
    // have gone idle before this listener existed: ask for a frame, whose end is an idle.
    map.triggerRepaint();
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, settled, sourceIds]);
}

/**
 * Marks the end of the directed move just started: when it has ended (at once, for a jump) and the
 * map is idle again. Returns a cancel, for a move replaced or a map removed before then.
 */
export function markDirectedMoveEnd(map: MapLibreMap): () => void {
  let live = true;
  const onIdle = () => {
    if (!live) return;
    // One mark per chapter would grow the timeline buffer for as long as a kiosk runs; the bench
    // only asks whether the mark exists and times the event, so the latest one suffices.
    performance.clearMarks(DIRECTED_MOVE_END);
    performance.mark(DIRECTED_MOVE_END);
    window.dispatchEvent(new Event(DIRECTED_MOVE_END));
  };
  const ended = () => {
    if (!live || map.isMoving()) return;
    map.once('idle', onIdle);
  };
  if (map.isMoving()) map.once('moveend', ended);
  else ended();
  return () => {
    live = false;
    map.off('moveend', ended);
    map.off('idle', onIdle);
  };
}
