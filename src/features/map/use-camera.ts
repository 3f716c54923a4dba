// The map's side of the one-way camera. Anyone may put a request in the store; this hook serves
// each one once (taking it out of the store) and writes the settled camera when a move ends —
// nothing else writes it. The rules (what a request becomes, what counts as a change) are pure
// and live in camera.ts; this file only carries them out on a live map.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { LngLatLike, Map as MapLibreMap, MapEventType, PaddingOptions } from 'maplibre-gl';
import { useAppStore } from '../../store/app-store';
import { SHANGHAI_BOUNDS } from '../../lib/shanghai';
import type { Bounds } from '../../lib/vocabulary';
import { cityBounds, type MapData } from './map-data';
import type { MapFrame } from '../../lib/datum';
import { automaticCityFit, fitPaddingFor, planCameraRequest, settledChanged, type CameraMove } from './camera';
import { appCamera, frameOf, moveToMap, setMapFrame } from './map-frame';
import { markDirectedMoveEnd } from './diagnostics';
import { defaultView, type DefaultView } from './default-view';
import { recordViewBounds } from './map-handle';
import { prefersReducedMotion } from './webgl';

/** MapLibre's LngLatLike as a plain pair of numbers. */
function maplibreCenter(c: LngLatLike): { lng: number; lat: number } {
  if (Array.isArray(c)) return { lng: c[0], lat: c[1] };
  return 'lng' in c ? { lng: c.lng, lat: c.lat } : { lng: c.lon, lat: c.lat };
}

/**
 * Rides on the move events of a fit no one chose: MapLibre copies a move's `eventData` onto its
 * events, so its moveend says what started it, even when it arrives after other events.
 */
const AUTOMATIC = { automatic: true } as const;

function perform(map: MapLibreMap, planned: CameraMove, automatic: boolean): void {
  const eventData = automatic ? AUTOMATIC : undefined;
  // Planned in WGS84; carried out in the coordinates of the basemap shown.
  const move = moveToMap(planned, frameOf(map));
  // Each of these stops a move in progress first, so a request mid-flight retargets the camera.
  if (move.method === 'jumpTo') map.jumpTo(move.options, eventData);
  else if (move.method === 'flyTo') map.flyTo(move.options, eventData);
  else map.fitBounds(move.bounds, move.options, eventData);
}

/**
 * `map`: the map from the moment it is created, not from its load event. The default view is
 * placed before the first tiles are asked for; placed at load, the map had already cut and drawn
 * every tile of the opening fit one zoom level out, and cut them all again (npm run bench).
 * `fitPadding`: pixels kept clear around a feature or the city when the camera fits it (limited
 * on a small map). `frame`: the datum of the basemap shown (see map-frame.ts). `home`: what the
 * default view is — the whole city, or where the sites are (the dashboard; see default-view.ts).
 */
export function useCamera(
  map: MapLibreMap | null,
  data: MapData,
  fitPadding: number | PaddingOptions,
  frame: MapFrame,
  home: 'city' | 'sites' = 'city',
): void {
  const city = useMemo<Bounds>(() => (data.districts ? cityBounds(data.districts) : SHANGHAI_BOUNDS), [data.districts]);
  // The city box this map last fitted by itself; a new box (the outlines arriving) is fitted again.
  // With a home view, the sites arriving change it too: the key holds both.
  const autoFitted = useRef<string | null>(null);
  const fitKey = `${city.join(',')}|${home === 'sites' && data.sites ? 'home' : 'city'}`;
  // Cancels the end mark of a directed move still under way when another move replaces it.
  const stopMark = useRef<(() => void) | null>(null);

  const paddingOn = useCallback(
    (m: MapLibreMap) => fitPaddingFor({ width: m.getContainer().clientWidth, height: m.getContainer().clientHeight }, fitPadding),
    [fitPadding],
  );
  // The home view on this map's size: one zoom level above the city's fit, where the sites are.
  const homeOn = useCallback(
    (m: MapLibreMap): DefaultView | null => {
      if (home !== 'sites' || !data.sites) return null;
      const padding = paddingOn(m);
      const mapFrame = frameOf(m);
      // Fitted in the basemap's coordinates, the centre read back in WGS84 like every planned move.
      const fitOf = (b: Bounds) => {
        const sw = mapFrame.toMap({ lng: b[0], lat: b[1] });
        const ne = mapFrame.toMap({ lng: b[2], lat: b[3] });
        const c = m.cameraForBounds([sw.lng, sw.lat, ne.lng, ne.lat], { padding });
        if (!c?.center || c.zoom === undefined) return null;
        const { lng, lat } = mapFrame.fromMap(maplibreCenter(c.center));
        return { center: [lng, lat] as [number, number], zoom: c.zoom };
      };
      const cityFit = fitOf(city);
      return cityFit ? defaultView(data.sites, cityFit.zoom, fitOf) : null;
    },
    [home, data.sites, city, paddingOn],
  );
  const fitCity = useCallback(
    (m: MapLibreMap) => {
      autoFitted.current = fitKey;
      perform(m, automaticCityFit(city, paddingOn(m), homeOn(m)), true);
    },
    [city, paddingOn, homeOn, fitKey],
  );

  // --- the datum of the basemap: first, so every move below is made in the right coordinates -----
  useEffect(() => {
    if (!map) return;
    const before = frameOf(map);
    if (before === frame) return;
    const center = before.fromMap(map.getCenter());
    setMapFrame(map, frame);
    // The same place on the new basemap: the map's centre moves with the datum, the app's view
    // stays where it was (and a view no one chose stays unchosen).
    map.jumpTo({ center: frame.toMap(center) }, useAppStore.getState().camera === null ? AUTOMATIC : undefined);
  }, [map, frame]);

  // --- the settled camera: written here, when a move ends, and nowhere else ---------------------
  useEffect(() => {
    if (!map) return;
    const onMoveEnd = (e: MapEventType['moveend'] & { automatic?: boolean }) => {
      recordViewBounds(map);
      // A fit no one chose leaves the camera empty, so the URL gets no view and a link keeps
      // fitting whatever screen opens it.
      const next = e.automatic === true ? null : appCamera(map);
      const store = useAppStore.getState();
      if (settledChanged(store.camera, next)) store.settleCamera(next);
    };
    map.on('moveend', onMoveEnd);
    return () => {
      map.off('moveend', onMoveEnd);
      stopMark.current?.();
      stopMark.current = null;
    };
  }, [map]);

  // --- the whole city stays fitted to a resized map while no one has chosen a view ---------------
  useEffect(() => {
    if (!map) return;
    // Not during a move: a flight to a selection ends by settling a camera of its own.
    const onResize = () => {
      if (useAppStore.getState().camera === null && !map.isMoving()) fitCity(map);
    };
    map.on('resize', onResize);
    return () => {
      map.off('resize', onResize);
    };
  }, [map, fitCity]);

  // --- requests: each served once, by whichever map is there to take it ---------------------
  useEffect(() => {
    if (!map) return;
    const serve = () => {
      const state = useAppStore.getState();
      const request = state.cameraRequest;
      if (!request) return;
      const plan = planCameraRequest(request, {
        camera: appCamera(map),
        selection: state.selection,
        data,
        cityBounds: city,
        fitPadding: paddingOn(map),
        home: homeOn(map),
        reducedMotion: prefersReducedMotion(),
      });
      if (!plan.consume) return; // its target has not loaded: this runs again when data arrives
      // Taken out of the store first: a map built later (after a lost context, or on leaving the
      // tour) opens where this one settled instead of replaying a move already made.
      state.consumeCameraRequest(request.id);
      stopMark.current?.();
      stopMark.current = null;
      if (plan.move) {
        if (plan.automatic) autoFitted.current = fitKey;
        perform(map, plan.move, plan.automatic);
      }
      if (plan.directed) stopMark.current = markDirectedMoveEnd(map);
    };
    serve();
    // Requests made while this map lives are served as they come, without re-rendering the map. A
    // selection's flight waits for the map's next frame: that frame draws the new selection at the
    // camera the reader clicked at, as cheap as a click on the map, and the flight starts one frame
    // later instead of making the selection's first frame the first (heavier) frame of a move.
    let waiting = false;
    const serveAfterFrame = () => {
      waiting = false;
      serve();
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (!s.cameraRequest || s.cameraRequest === prev.cameraRequest) return;
      if (s.cameraRequest.kind !== 'selection') return serve();
      // serve() takes whatever request is newest by then.
      if (waiting) return;
      waiting = true;
      map.once('render', serveAfterFrame);
      map.triggerRepaint();
    });
    // No view chosen (a link without one, a selection still loading): fit the city, and again once
    // its outline is known. A request served just now has moved the map or settled a camera.
    if (autoFitted.current !== fitKey && useAppStore.getState().camera === null && !map.isMoving()) fitCity(map);
    return () => {
      unsubscribe();
      map.off('render', serveAfterFrame);
    };
  }, [map, data, city, paddingOn, fitCity, homeOn, fitKey]);
}
