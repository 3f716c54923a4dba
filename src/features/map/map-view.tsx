/**
 * MapView: the interactive map of the city. Default-exported so the views can lazy-load it (the
 * map library is the largest module of the app).
 *
 *   const MapView = lazy(() => import('../features/map/map-view'));
 *   <MapView />                                  // fills its parent; give the parent a height
 *   <MapView fitPadding={{ top: 24, bottom: 24, left: 24, right: 24 }} className="…" />
 *
 * Props (all optional): `fitPadding` (pixels kept clear around a feature or the city when the
 * camera fits it; default 48, reduced on small maps), `className` (added to the outer element), and
 * for the presenter `highlights` (features drawn highlighted through the `highlight` feature-state).
 *
 * Everything else comes from the app store (lang, layers, selection, hover, camera requests) and
 * the data queries. The map is uncontrolled: it moves when the store holds a camera request
 * (use-camera.ts serves each once) and reports where it settled. Without WebGL it renders a notice
 * and never loads MapLibre's renderer.
 *
 * This file composes the map; its parts live beside it: the camera (use-camera.ts, camera.ts), the
 * sources (use-map-sources.ts), the tooltip, the buttons and credits (map-controls.tsx), the
 * notices, MapLibre's UI strings (locale.ts) and what tests read (diagnostics.ts).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import { setWorkerUrl, type Map as MapLibreMap, type PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Map, Layer, Source, type MapRef } from 'react-map-gl/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { useAppStore } from '../../store/app-store';
import { useLang, useT } from '../../i18n/i18n';
import { languageOf } from '../../i18n/languages';
import { SHANGHAI_BOUNDS, SHANGHAI_REGION } from '../../lib/shanghai';
import type { Selection } from '../../lib/vocabulary';
import { LOCAL_IDEOGRAPH_FONT_FAMILY, baseStyle } from './basemap';
import { NO_DATA_PATTERN, hatchImage } from './district-layers';
import { INTERACTIVE_LAYER_IDS } from './layers';
import { MARKER_BOX_IMAGE, markerBoxImage } from './label-layers';
import { useLabelContext } from './use-label-context';
import { mapLayers } from './style';
import { slotMarkerId, slotOf } from './slots';
import { basemapDef } from '../../lib/basemaps';
import { openingCamera } from './camera';
import { useCamera } from './use-camera';
import { SOURCE_ORDER, useFramedSources, useMapData, useSourceData } from './use-map-sources';
import { useFeatureStates } from './use-feature-state';
import { HoverSync, SelectionSync } from './feature-state-sync';
import { isGpuInitializationError, prefersReducedMotion } from './webgl';
import { isOnlineBasemapSource, useBasemapView } from './online-basemap';
import { OnlineBasemapLayers } from './online-basemap-layers';
import { BasemapNotice } from './map-notice';
import { registerPmtilesProtocol } from './pmtiles-protocol';
import { ContextLostNotice, useContextLoss } from './context-loss';
import { OnlineConsent } from './online-consent';
import { getMapHandle, recordViewBounds, setMapHandle } from './map-handle';
import { MapErrorBoundary, MapNotice } from './map-notice';
import { MapTooltip, useTooltipHiddenOnMove, type TooltipHandle } from './map-tooltip';
import { usePointerHandlers } from './map-pointer';
import { MapAttribution, MapControls } from './map-controls';
import { RuntimeLayers } from './runtime-layers';
import { registerRuntimeTileProtocol } from './runtime-tiles';
import { MapScale } from './map-scale';
import { MapLegend } from './map-legend';
import { useMapLocale } from './locale';
import { useMapDiagnostics } from './diagnostics';
import { useLayerContext } from '../../derived/analysis';

// MapLibre 6 ships its worker as a separate module; under Vite it has to be pointed at explicitly.
setWorkerUrl(workerUrl);
// Start MapLibre's workers now, while React renders the shell: they would otherwise start with the
// first map, and fetching and parsing the worker script sits on the way to its first frame.
// (Not where there are no workers: jsdom in the component tests.)
if (typeof Worker !== 'undefined') maplibregl.prewarm();
// pmtiles:// sources (a custom basemap style, imported layers) work wherever the map is drawn.
registerPmtilesProtocol();
// runtime:// sources: tiles a run-time layer cuts itself (imported points).
registerRuntimeTileProtocol();

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
  /** The default view: the whole city, or where the sites are (the dashboard). See default-view.ts. */
  home?: 'city' | 'sites';
  /** The dashboard's legend and scale bar over the map (the embed and the tour have their own chrome). */
  workspace?: boolean;
}

const NO_HIGHLIGHTS: readonly Selection[] = [];
/** The built-in basemap's sources (OpenStreetMap, GSHHG), credited whenever it is what shows. */
const BUILTIN_CREDITS = basemapDef('builtin').attribution;
const BASE_STYLE = baseStyle();

function MapView(props: MapViewProps) {
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

/** Read once, when the map is created: where it opens (see openingCamera). */
function initialView() {
  const { cameraRequest, camera } = useAppStore.getState();
  const c = openingCamera(cameraRequest, camera);
  if (c) return { longitude: c.lng, latitude: c.lat, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch };
  return { bounds: SHANGHAI_BOUNDS, fitBoundsOptions: { padding: 24 } };
}

// Memoized: a view that re-renders on the selection (the embed's) re-renders the map only when
// its own props change; the map follows the selection through feature-state.
export default memo(MapView);

function MapCanvas({
  remount,
  fitPadding = 48,
  className,
  cooperativeGestures = false,
  interactive = true,
  locale,
  highlights = NO_HIGHLIGHTS,
  home = 'city',
  workspace = false,
}: MapViewProps & { remount: () => void }) {
  const t = useT();
  const lang = useLang();
  const visible = useAppStore((s) => s.layers);

  const { data, settled } = useMapData();
  const appSources = useSourceData(data);
  const analysisContext = useLayerContext();
  const layerContext = useLabelContext(analysisContext, highlights);

  const [map, setMap] = useState<MapLibreMap | null>(null);
  // The map from the moment it exists, before its style and tiles have loaded: the camera is
  // placed on it at once, so the first tiles cut are those of the view shown (see useCamera).
  const [created, setCreated] = useState<MapLibreMap | null>(null);
  const [reducedMotion] = useState(prefersReducedMotion);
  const [failed, setFailed] = useState<'webgl' | 'other' | null>(null);
  const [initialViewState] = useState(initialView);
  const basemapView = useBasemapView(map);
  // The app's drawing in the basemap's datum (shifted onto GCJ-02 tiles; see map-frame.ts).
  const sourceData = useFramedSources(appSources, basemapView.frame);
  const onlineBasemap = basemapView.state === 'on';
  const layers = useMemo(
    () => mapLayers(lang, visible, { ...layerContext, onlineBasemap }),
    [lang, visible, layerContext, onlineBasemap],
  );
  const contextLost = useContextLoss(map, remount);
  // The tooltip follows the pointer on its own, so a mouse move re-renders it and not the map.
  const tooltip = useRef<TooltipHandle>(null);

  useCamera(created, data, fitPadding, basemapView.frame, home);
  useTooltipHiddenOnMove(map, tooltip);
  useFeatureStates(map, 'highlight', highlights, data);
  useMapLocale(map, locale);
  useMapDiagnostics(map, settled, SOURCE_ORDER);

  // Accessibility: the canvas' name in the reader's language.
  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', t('map.canvasLabel'));
  }, [map, t]);

  useEffect(
    () => () => {
      if (map && getMapHandle() === map) setMapHandle(null);
    },
    [map],
  );

  // --- map events -----------------------------------------------------------------------------
  // As soon as the map exists (before its load event): the camera takes it, and the choropleth's
  // "no data" hatching and the labels' marker boxes — images the style names by id — are resolved
  // on demand, since a layer can ask for one before the map has loaded.
  const registerMap = useCallback((ref: MapRef | null) => {
    if (!ref) return;
    setCreated(ref.getMap());
    ref.getMap().setMissingStyleImageResolver((id) => {
      const m = ref.getMap();
      if (m.hasImage(id)) return;
      if (id === NO_DATA_PATTERN) m.addImage(id, hatchImage());
      if (id === MARKER_BOX_IMAGE) m.addImage(id, markerBoxImage());
    });
  }, []);

  const onLoad = useCallback((e: { target: MapLibreMap }) => {
    setMapHandle(e.target);
    recordViewBounds(e.target);
    setMap(e.target);
  }, []);

  const { onMouseMove, onMouseOut, onClick } = usePointerHandlers(tooltip);

  const onError = useCallback((e: { error?: Error; target: MapLibreMap | null; sourceId?: string }) => {
    // Online tiles failing is expected offline; useOnlineBasemap falls back and says so.
    if (isOnlineBasemapSource(e.sourceId)) return;
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

  if (failed === 'webgl') return <MapNotice title={t('map.noWebGL.title')} body={t('map.noWebGL.body')} />;
  if (failed) return <MapNotice title={t('map.error.title')} body={t('map.error.body')} />;

  return (
    <div className={['talent-map', workspace && 'talent-map--workspace', className].filter(Boolean).join(' ')} lang={languageOf(lang).htmlLang}>
      <Map
        ref={registerMap}
        mapLib={maplibregl}
        mapStyle={BASE_STYLE}
        initialViewState={initialViewState}
        localIdeographFontFamily={LOCAL_IDEOGRAPH_FONT_FAMILY}
        interactiveLayerIds={INTERACTIVE_LAYER_IDS as string[]}
        attributionControl={false}
        // Keep the camera on Shanghai and its waters: there is nothing else on this basemap.
        maxBounds={SHANGHAI_REGION}
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
        onMouseMove={onMouseMove}
        onMouseOut={onMouseOut}
        onClick={onClick}
        onError={onError}
      >
        <OnlineBasemapLayers map={map} view={basemapView} />
        {/* Layers with no source (the background) first: they are the bottom of their slot. */}
        {layers
          .filter((l) => !('source' in l))
          .map((l) => (
            <Layer key={l.id} {...l} beforeId={slotMarkerId(slotOf(l))} />
          ))}
        {/* Once every data file has arrived (or failed): a source added empty and filled a moment
            later had all its tiles cut twice, on the way to the first frame (npm run bench). */}
        {settled &&
          SOURCE_ORDER.map((id) => (
            <Source key={id} id={id} type="geojson" data={sourceData[id]} promoteId="fid">
              {layers
                .filter((l) => 'source' in l && l.source === id)
                .map((l) => (
                  <Layer key={l.id} {...l} beforeId={slotMarkerId(slotOf(l))} />
                ))}
            </Source>
          ))}
        <RuntimeLayers frame={basemapView.frame} />
      </Map>
      <MapControls map={map} hidden={!interactive} />
      {workspace && <MapLegend />}
      {workspace && <MapScale map={map} />}
      <SelectionSync map={map} data={data} />
      <HoverSync map={map} data={data} />
      <MapTooltip ref={tooltip} data={data} />
      {contextLost && <ContextLostNotice onRetry={remount} />}
      {basemapView.state === 'ask' && <OnlineConsent basemap={basemapView.chosen} />}
      <BasemapNotice state={basemapView.state} basemap={basemapView.chosen} />
      {/* The credits of what is drawn: the online basemap's, or the built-in basemap's sources. */}
      <MapAttribution credits={onlineBasemap ? basemapView.credits : BUILTIN_CREDITS} />
    </div>
  );
}
