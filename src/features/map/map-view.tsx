/**
 * MapView: the interactive map of the city. Default-exported so the shell can lazy-load it (the
 * map library is the largest module of the app).
 *
 *   const MapView = lazy(() => import('../features/map/map-view'));
 *   <MapView />                                  // fills its parent; give the parent a height
 *   <MapView fitPadding={{ top: 24, bottom: 24, left: 24, right: 24 }} className="…" />
 *
 * Props (all optional): `fitPadding` (pixels kept clear around a feature or the city when the
 * camera fits it; default 48, reduced on small maps) and `className` (added to the outer element).
 * For the presenter: `highlights` (features drawn highlighted through the `highlight`
 * feature-state) and `flyTo` (a camera the map flies to whenever this object changes, or jumps to
 * under prefers-reduced-motion; the end of that move is marked `map-directed-move-end` once the
 * map is idle again).
 *
 * Everything else comes from the app store (lang, layers, selection, hover, camera) and the data
 * queries. The map is uncontrolled: it writes the camera to the store when a move ends, and moves
 * itself only when the store asks for something it is not already showing (a selection made in a
 * list or a chart, a camera from the URL on back/forward). Without WebGL it renders a notice and
 * never loads MapLibre's renderer.
 */
import { Component, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { useQuery } from '@tanstack/react-query';
import * as maplibregl from 'maplibre-gl';
import { setWorkerUrl, type Map as MapLibreMap, type PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Map, Layer, Source, type MapRef, type MapLayerMouseEvent, type ViewStateChangeEvent } from 'react-map-gl/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import { useAppStore } from '../../store/app-store';
import { useLang, useT } from '../../i18n/i18n';
import { languageOf } from '../../i18n/languages';
import type { Bounds, Camera, Selection } from '../../lib/vocabulary';
import { LOCAL_IDEOGRAPH_FONT_FAMILY, baseStyle } from './basemap';
import { INTERACTIVE_LAYER_IDS, NO_DATA_PATTERN, hatchImage } from './layers';
import {
  SOURCE_IDS,
  areaLabelPoints,
  cameraTargetOf,
  cityBounds,
  districtLabelPoints,
  siteHalos,
  sitePoints,
  type MapData,
  type SourceId,
} from './map-data';
import { mapLayers } from './style';
import { slotMarkerId, slotOf } from './slots';
import { pickFeature, sameSelection, tooltipRows } from './hit';
import { roundCamera, sameCamera } from './camera';
import { useFeatureState, useFeatureStates } from './use-feature-state';
import { isGpuInitializationError, prefersReducedMotion } from './webgl';
import { ONLINE_BASEMAP_LAYER, ONLINE_BASEMAP_SOURCE, useOnlineBasemap } from './online-basemap';
import { OSM_TILES } from '../../lib/online-tiles';
import { ContextLostNotice, useContextLoss } from './context-loss';
import { OnlineConsent } from './online-consent';
import { getMapHandle, recordViewBounds, setMapHandle } from './map-handle';
import { useLayerContext, useProximityFeatures } from '../../derived/analysis';
import { usePickStore } from '../../store/pick-store';

// MapLibre 6 ships its worker as a separate module; under Vite it has to be pointed at explicitly.
setWorkerUrl(workerUrl);

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

export interface MapViewProps {
  fitPadding?: number | PaddingOptions;
  className?: string;
  /**
   * Wheel and one-finger drag pass through to the page unless the user holds Ctrl/⌘ or uses two
   * fingers (MapLibre's cooperative gestures). For embeds, so the map never traps page scrolling.
   * Read when the map is created.
   */
  cooperativeGestures?: boolean;
  /** false: no gestures and no zoom buttons; the map is a picture. Read when the map is created. */
  interactive?: boolean;
  /** MapLibre UI strings (e.g. the cooperative-gesture hints), in the reader's language. */
  locale?: Record<string, string>;
  highlights?: readonly Selection[];
  flyTo?: Camera | null;
  /** Room an overlay takes over the map during a directed move, so `flyTo` centres in what is visible. */
  flyToPadding?: PaddingOptions;
}

const NO_HIGHLIGHTS: readonly Selection[] = [];
const DIRECTED_MOVE_END = 'map-directed-move-end';

/** The whole city before the district file has arrived (the bounding box of the 16 districts). */
const FALLBACK_CITY_BOUNDS: Bounds = [120.85, 30.67, 122.2, 31.88];
/** Keep the camera on Shanghai and its waters: there is nothing else on this basemap. */
const MAX_BOUNDS: [number, number, number, number] = [119.6, 29.9, 123.4, 32.7];
const BASE_STYLE = baseStyle();
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const SOURCE_ORDER: readonly SourceId[] = [
  SOURCE_IDS.districts,
  SOURCE_IDS.districtLabels,
  SOURCE_IDS.areas,
  SOURCE_IDS.areaLabels,
  SOURCE_IDS.siteHalos,
  SOURCE_IDS.sites,
  SOURCE_IDS.proximity,
];
const FIRST_IDLE_MARK = 'map-first-idle';

function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return roundCamera({ lng: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() });
}

/** Padding that still leaves room for the feature on a small map. */
function fitPaddingFor(map: MapLibreMap, wanted: number | PaddingOptions): number | PaddingOptions {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const limit = Math.max(0, Math.floor(Math.min(w, h) / 6));
  if (typeof wanted === 'number') return Math.min(wanted, limit);
  return {
    top: Math.min(wanted.top ?? 0, limit),
    bottom: Math.min(wanted.bottom ?? 0, limit),
    left: Math.min(wanted.left ?? 0, limit),
    right: Math.min(wanted.right ?? 0, limit),
  };
}

/** Patches MapLibre's UI strings and rebuilds the cooperative-gesture hint, which reads them once. */
function applyLocale(map: MapLibreMap, locale: Record<string, string>): void {
  map._locale = { ...map._locale, ...locale };
  if (map.cooperativeGestures.isEnabled()) {
    map.cooperativeGestures.disable();
    map.cooperativeGestures.enable();
  }
}

function MapNotice({ title, body }: { title: string; body: string }) {
  return (
    <div className="talent-map talent-map--notice" role="note">
      <div className="talent-map__notice">
        <p className="talent-map__notice-title">{title}</p>
        <p>{body}</p>
      </div>
    </div>
  );
}

/**
 * A failure inside the map must not take the lists and charts down with it. A browser without
 * WebGL2 shows up here too: MapLibre's constructor throws, and the notice says what is missing.
 */
class MapErrorBoundary extends Component<
  { noWebGL: ReactNode; fallback: ReactNode; children: ReactNode },
  { failed: 'webgl' | 'other' | null }
> {
  state: { failed: 'webgl' | 'other' | null } = { failed: null };
  static getDerivedStateFromError(error: unknown) {
    return { failed: isGpuInitializationError(error) ? 'webgl' : 'other' };
  }
  componentDidCatch(error: unknown) {
    if (!isGpuInitializationError(error)) console.error('map failed', error);
  }
  render() {
    if (this.state.failed === 'webgl') return this.props.noWebGL;
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export default function MapView(props: MapViewProps) {
  const t = useT();
  // A new generation is a new map built from the store (after a lost drawing context).
  const [generation, setGeneration] = useState(0);
  const remount = useCallback(() => setGeneration((g) => g + 1), []);
  // No up-front WebGL probe: creating a scratch context costs as much as a quarter of a second in
  // software renderers, and the map's own constructor reports the same failure for free.
  return (
    <MapErrorBoundary
      key={generation}
      noWebGL={<MapNotice title={t('map.noWebGL.title')} body={t('map.noWebGL.body')} />}
      fallback={<MapNotice title={t('map.error.title')} body={t('map.error.body')} />}
    >
      <MapCanvas {...props} remount={remount} />
    </MapErrorBoundary>
  );
}

function useMapData() {
  const districts = useQuery(districtsQuery);
  const areas = useQuery(areasQuery);
  const sites = useQuery(sitesQuery);
  const data: MapData = useMemo(
    () => ({ districts: districts.data, areas: areas.data, sites: sites.data }),
    [districts.data, areas.data, sites.data],
  );
  const settled = districts.status !== 'pending' && areas.status !== 'pending' && sites.status !== 'pending';
  return { data, settled };
}

/** One memo per source, so a file arriving re-sends only its own sources to the worker. */
function useSourceData(data: MapData): Record<SourceId, GeoJSON.FeatureCollection> {
  const { districts, areas, sites } = data;
  const districtLabels = useMemo(() => (districts ? districtLabelPoints(districts) : EMPTY), [districts]);
  const areaLabels = useMemo(() => (areas ? areaLabelPoints(areas) : EMPTY), [areas]);
  const points = useMemo(() => (sites ? sitePoints(sites) : EMPTY), [sites]);
  const halos = useMemo(() => (sites ? siteHalos(sites) : EMPTY), [sites]);
  const proximity = useProximityFeatures();
  return useMemo(
    () => ({
      [SOURCE_IDS.districts]: districts ?? EMPTY,
      [SOURCE_IDS.districtLabels]: districtLabels,
      [SOURCE_IDS.areas]: areas ?? EMPTY,
      [SOURCE_IDS.areaLabels]: areaLabels,
      [SOURCE_IDS.sites]: points,
      [SOURCE_IDS.siteHalos]: halos,
      [SOURCE_IDS.proximity]: proximity,
    }),
    [districts, districtLabels, areas, areaLabels, points, halos, proximity],
  );
}

function MapCanvas({
  remount,
  fitPadding = 48,
  className,
  cooperativeGestures = false,
  interactive = true,
  locale,
  highlights = NO_HIGHLIGHTS,
  flyTo = null,
  flyToPadding,
}: MapViewProps & { remount: () => void }) {
  const t = useT();
  const lang = useLang();
  const visible = useAppStore((s) => s.layers);
  const selection = useAppStore((s) => s.selection);
  const camera = useAppStore((s) => s.camera);
  const select = useAppStore((s) => s.select);
  const setHover = useAppStore((s) => s.setHover);
  const setCamera = useAppStore((s) => s.setCamera);
  const basemap = useAppStore((s) => s.basemap);
  const onlineConsent = useAppStore((s) => s.onlineConsent);
  const askOnline = basemap !== 'builtin' && !onlineConsent;

  const { data, settled } = useMapData();
  const sourceData = useSourceData(data);
  const layerContext = useLayerContext();
  const layers = useMemo(() => mapLayers(lang, visible, layerContext), [lang, visible, layerContext]);

  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [reducedMotion] = useState(prefersReducedMotion);
  const [failed, setFailed] = useState<'webgl' | 'other' | null>(null);
  const online = useOnlineBasemap(map, askOnline ? 'builtin' : basemap);
  const contextLost = useContextLoss(map, remount);
  // The tooltip follows the pointer on its own, so a mouse move re-renders it and not the map.
  const tooltip = useRef<TooltipHandle>(null);

  // Read once: the map is created with the camera the page opened with.
  const [initialViewState] = useState(() => {
    const c = useAppStore.getState().camera;
    if (c) return { longitude: c.lng, latitude: c.lat, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch };
    return { bounds: FALLBACK_CITY_BOUNDS, fitBoundsOptions: { padding: 24 } };
  });
  // The selection the camera has already answered: the one made by clicking the map (which must
  // not move the camera), or the one the camera last flew to.
  const answered = useRef<Selection | null>(camera ? selection : null);
  // Moves the map makes to show "the whole city" are not a view the user chose: the camera stays
  // null in the store, so a shared link keeps fitting any screen.
  const autoFitting = useRef(false);
  const firstIdleMarked = useRef(false);

  const padding = useCallback((m: MapLibreMap) => fitPaddingFor(m, fitPadding), [fitPadding]);

  const fitCity = useCallback(
    (m: MapLibreMap) => {
      const bounds = data.districts ? cityBounds(data.districts) : FALLBACK_CITY_BOUNDS;
      autoFitting.current = true;
      try {
        m.fitBounds(bounds, { padding: padding(m), duration: 0 });
      } finally {
        autoFitting.current = false;
      }
    },
    [data.districts, padding],
  );

  // --- camera follows the store ---------------------------------------------------------------
  const selectionHasTarget = useMemo(() => selection !== null && cameraTargetOf(selection, data) !== null, [selection, data]);
  useEffect(() => {
    // Never interrupt a move in progress: its end writes the camera, and this runs again then.
    if (!map || map.isMoving()) return;
    if (camera === null) {
      // No view chosen (or the link carried none): fit the city, again once its outline is known
      // (fitCity changes then). A selection to show takes precedence, see below.
      if (!selectionHasTarget) fitCity(map);
      return;
    }
    // Back/forward or a pasted link: move there. The map's own moves write exactly this camera back,
    // so they compare equal here and nothing happens.
    if (!sameCamera(cameraOf(map), camera)) {
      map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
    }
  }, [map, camera, fitCity, selectionHasTarget]);

  // --- camera follows a selection made elsewhere ----------------------------------------------
  useEffect(() => {
    if (!map || !selection) return;
    if (sameSelection(selection, answered.current)) return;
    const target = cameraTargetOf(selection, data);
    if (!target) return; // not loaded yet: runs again when the data arrives
    answered.current = selection;
    const reduced = prefersReducedMotion();
    if ('bounds' in target) {
      map.fitBounds(target.bounds, { padding: padding(map), maxZoom: 14, duration: reduced ? 0 : 1200, linear: false });
    } else if (reduced) {
      map.jumpTo({ center: target.center, zoom: Math.max(map.getZoom(), target.zoom) });
    } else {
      map.flyTo({ center: target.center, zoom: Math.max(map.getZoom(), target.zoom), duration: 1200 });
    }
  }, [map, selection, data, padding]);

  // --- camera directed by the presenter --------------------------------------------------------
  useEffect(() => {
    if (!map || !flyTo) return;
    const options = {
      center: [flyTo.lng, flyTo.lat] as [number, number],
      zoom: flyTo.zoom,
      bearing: flyTo.bearing,
      pitch: flyTo.pitch,
      ...(flyToPadding ? { padding: flyToPadding } : {}),
    };
    // flyTo and jumpTo stop a move in progress first, so a second key press mid-flight retargets it.
    if (prefersReducedMotion() || sameCamera(cameraOf(map), flyTo)) map.jumpTo(options);
    else map.flyTo({ ...options, duration: 1600, essential: false });
    let cancelled = false;
    // The end of a chapter transition: the move is over and the new view is drawn.
    const ended = () => {
      if (cancelled || map.isMoving()) return;
      map.once('idle', () => {
        if (cancelled) return;
        // One mark per chapter would grow the timeline buffer for as long as a kiosk runs; the
        // bench only asks whether the mark exists and times the event, so the latest one suffices.
        performance.clearMarks(DIRECTED_MOVE_END);
        performance.mark(DIRECTED_MOVE_END);
        window.dispatchEvent(new Event(DIRECTED_MOVE_END));
      });
    };
    if (map.isMoving()) map.once('moveend', ended);
    else ended();
    return () => {
      cancelled = true;
    };
  }, [map, flyTo, flyToPadding]);

  // --- highlight through feature-state --------------------------------------------------------
  useFeatureState(map, 'selected', selection, data);
  useFeatureStates(map, 'highlight', highlights, data);

  // --- accessibility: the canvas' name in the reader's language --------------------------------
  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', t('map.canvasLabel'));
  }, [map, t]);

  // MapLibre reads its UI strings once, when the hint is built; a language change rebuilds it.
  // `_locale` is declared in MapLibre's types but has no setter (maplibre-gl 6).
  useEffect(() => {
    if (map && locale) applyLocale(map, locale);
  }, [map, locale]);

  // The last data file settling (possibly as an error) may bring no new frame; ask for one so the
  // first-idle mark below still happens.
  useEffect(() => {
    if (map && settled) map.triggerRepaint();
  }, [map, settled]);

  useEffect(
    () => () => {
      if (window.__talentMap && window.__talentMap === map) delete window.__talentMap;
      if (map && getMapHandle() === map) setMapHandle(null);
    },
    [map],
  );

  // --- map events -----------------------------------------------------------------------------
  // The choropleth's "no data" hatching is an image the style names by id. It is resolved on
  // demand, as soon as the map exists: a layer can ask for it before the map's load event fires.
  const registerImages = useCallback((ref: MapRef | null) => {
    ref?.getMap().setMissingStyleImageResolver((id) => {
      const m = ref.getMap();
      if (id === NO_DATA_PATTERN && !m.hasImage(id)) m.addImage(id, hatchImage());
    });
  }, []);

  const onLoad = useCallback((e: { target: MapLibreMap }) => {
    window.__talentMap = e.target;
    setMapHandle(e.target);
    recordViewBounds(e.target);
    setMap(e.target);
  }, []);

  const onIdle = useCallback(
    (e: { target: MapLibreMap }) => {
      if (firstIdleMarked.current || !settled) return;
      const m = e.target;
      if (!SOURCE_ORDER.every((id) => !m.getSource(id) || m.isSourceLoaded(id))) return;
      firstIdleMarked.current = true;
      performance.mark(FIRST_IDLE_MARK);
      window.dispatchEvent(new Event(FIRST_IDLE_MARK));
    },
    [settled],
  );

  const onMoveEnd = useCallback(
    (e: ViewStateChangeEvent) => {
      recordViewBounds(e.target);
      if (autoFitting.current) return;
      const next = cameraOf(e.target);
      const current = useAppStore.getState().camera;
      if (!current || !sameCamera(current, next)) setCamera(next);
    },
    [setCamera],
  );

  const onResize = useCallback(
    (e: { target: MapLibreMap }) => {
      // A fit must not cut short a flight to a selection; that flight ends by writing a camera.
      if (useAppStore.getState().camera === null && !e.target.isMoving()) fitCity(e.target);
    },
    [fitCity],
  );

  const onMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      const picked = pickFeature(e.features);
      if (!sameSelection(picked, useAppStore.getState().hover)) setHover(picked);
      e.target.getCanvas().style.cursor = picked ? 'pointer' : '';
      const box = e.target.getContainer();
      tooltip.current?.move(picked ? { x: e.point.x, y: e.point.y, width: box.clientWidth, height: box.clientHeight } : null);
    },
    [setHover],
  );

  const onMouseOut = useCallback(() => {
    if (useAppStore.getState().hover !== null) setHover(null);
    tooltip.current?.move(null);
  }, [setHover]);

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      // Measure mode (Analyse panel): this click places the proximity origin instead of selecting.
      if (usePickStore.getState().picking) {
        usePickStore.getState().setPicking(false);
        useAppStore.getState().setAnalysis({ origin: { kind: 'point', lng: e.lngLat.lng, lat: e.lngLat.lat } });
        return;
      }
      const picked = pickFeature(e.features);
      // Chosen on the map: the camera stays where the user put it.
      answered.current = picked;
      select(picked);
    },
    [select],
  );

  const onError = useCallback((e: { error?: Error; target: MapLibreMap | null; sourceId?: string }) => {
    // Online tiles failing is expected offline; useOnlineBasemap falls back and says so.
    if (e.sourceId === ONLINE_BASEMAP_SOURCE) return;
    // A browser without WebGL2 lands here (react-map-gl catches MapLibre's constructor error): that
    // is a known condition with its own notice, not a fault to log.
    if (isGpuInitializationError(e.error)) {
      setFailed('webgl');
      return;
    }
    console.error('map error', e.error);
    // Errors from a live map (a source, a font file) leave it usable. An error with no map behind
    // it means the map could not be created at all.
    if (!e.target) setFailed('other');
  }, []);

  const zoomBy = (delta: number) => {
    if (!map) return;
    const options = { duration: prefersReducedMotion() ? 0 : 250 };
    if (delta > 0) map.zoomIn(options);
    else map.zoomOut(options);
  };

  if (failed === 'webgl') return <MapNotice title={t('map.noWebGL.title')} body={t('map.noWebGL.body')} />;
  if (failed) return <MapNotice title={t('map.error.title')} body={t('map.error.body')} />;

  return (
    <div className={className ? `talent-map ${className}` : 'talent-map'} lang={languageOf(lang).htmlLang}>
      <Map
        ref={registerImages}
        mapLib={maplibregl}
        mapStyle={BASE_STYLE}
        initialViewState={initialViewState}
        localIdeographFontFamily={LOCAL_IDEOGRAPH_FONT_FAMILY}
        interactiveLayerIds={INTERACTIVE_LAYER_IDS as string[]}
        attributionControl={false}
        maxBounds={MAX_BOUNDS}
        minZoom={7}
        maxZoom={17}
        maxPitch={0}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        renderWorldCopies={false}
        cooperativeGestures={cooperativeGestures}
        interactive={interactive}
        locale={locale}
        // Labels fade in over 300 ms by default; under reduced motion they simply appear.
        fadeDuration={reducedMotion ? 0 : 300}
        onLoad={onLoad}
        onIdle={onIdle}
        onMoveEnd={onMoveEnd}
        onResize={onResize}
        onMouseMove={onMouseMove}
        onMouseOut={onMouseOut}
        onClick={onClick}
        onError={onError}
      >
        {online === 'on' && (
          <Source id={ONLINE_BASEMAP_SOURCE} type="raster" tiles={[...OSM_TILES.tiles]} tileSize={OSM_TILES.tileSize} maxzoom={OSM_TILES.maxzoom}>
            <Layer id={ONLINE_BASEMAP_LAYER} type="raster" beforeId={slotMarkerId('basemap-tiles')} />
          </Source>
        )}
        {SOURCE_ORDER.map((id) => (
          <Source key={id} id={id} type="geojson" data={sourceData[id]} promoteId="fid">
            {layers
              .filter((l) => 'source' in l && l.source === id)
              .map((l) => (
                <Layer key={l.id} {...l} beforeId={slotMarkerId(slotOf(l))} />
              ))}
          </Source>
        ))}
      </Map>
      <div className="talent-map__controls" hidden={!interactive}>
        <button type="button" className="talent-map__button" aria-label={t('map.zoomIn')} title={t('map.zoomIn')} onClick={() => zoomBy(1)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="talent-map__button" aria-label={t('map.zoomOut')} title={t('map.zoomOut')} onClick={() => zoomBy(-1)}>
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className="talent-map__button talent-map__button--city"
          aria-label={t('map.fitCity')}
          title={t('map.fitCity')}
          onClick={() => {
            if (!map) return;
            const bounds = data.districts ? cityBounds(data.districts) : FALLBACK_CITY_BOUNDS;
            map.fitBounds(bounds, { padding: padding(map), duration: prefersReducedMotion() ? 0 : 800 });
          }}
        >
          <CityIcon />
        </button>
      </div>
      <HoverSync map={map} data={data} />
      <MapTooltip ref={tooltip} data={data} />
      {contextLost && <ContextLostNotice onRetry={remount} />}
      {askOnline && <OnlineConsent />}
      {online === 'failed' && (
        <p className="talent-map__basemap-notice" role="status">
          {t('map.basemap.failed')}
        </p>
      )}
      <p className="talent-map__attribution">
        {online === 'on' && (
          <>
            <span>
              © <a href={OSM_TILES.copyrightUrl} target="_blank" rel="noreferrer">{t('map.basemap.osmAttribution')}</a>
            </span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <span>{t('map.attribution.outlines')}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('map.attribution.data')}</span>
      </p>
    </div>
  );
}

function CityIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/** Hover highlight, in its own component so a hover change does not re-render the map. */
function HoverSync({ map, data }: { map: MapLibreMap | null; data: MapData }) {
  const hover = useAppStore((s) => s.hover);
  useFeatureState(map, 'hover', hover, data);
  return null;
}

type PointerAt = { x: number; y: number; width: number; height: number };
interface TooltipHandle {
  move: (at: PointerAt | null) => void;
}

const TOOLTIP_GAP = 14;

/** Beside the pointer, flipped to the other side near the right or bottom edge. */
function tooltipTransform({ x, y, width, height }: PointerAt): string {
  const left = x > width - 300 ? `calc(${Math.round(x) - TOOLTIP_GAP}px - 100%)` : `${Math.round(x) + TOOLTIP_GAP}px`;
  const top = y > height - 140 ? `calc(${Math.round(y) - TOOLTIP_GAP}px - 100%)` : `${Math.round(y) + TOOLTIP_GAP}px`;
  return `translate(${left}, ${top})`;
}

/** What is under the pointer (several rows when sites share an address), next to the pointer. */
function MapTooltip({ ref, data }: { ref: Ref<TooltipHandle>; data: MapData }) {
  const t = useT();
  const lang = useLang();
  const hover = useAppStore((s) => s.hover);
  const [at, setAt] = useState<PointerAt | null>(null);
  useImperativeHandle(ref, () => ({ move: setAt }), []);
  // Only hovers made on the map get a tooltip; a hover from a list or a chart highlights only.
  const rows = hover && at ? tooltipRows(hover, data, lang) : [];
  if (!at || rows.length === 0) return null;
  return (
    <div className="talent-map__tooltip" role="tooltip" style={{ transform: tooltipTransform(at) }}>
      {rows.length > 1 && <p className="talent-map__tooltip-count">{t('map.tooltip.sameLocation', { count: rows.length })}</p>}
      <ul>
        {rows.map((r, i) => (
          <li key={i}>
            <span className="talent-map__tooltip-name">{r.name}</span>
            <span className="talent-map__tooltip-kind">{r.kind}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
