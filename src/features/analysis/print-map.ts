// The map for a printed page, drawn afresh at the page's resolution: a hidden MapLibre map with the
// live map's style (its layers, data, choropleth paint and filters, as MapLibre serialises them),
// the size of the page's map box in CSS pixels and a pixel ratio of dpi / 96, fitted to the live
// map's view. Labels and lines come out at their printed size (a 12 px label is 12/96 of an inch)
// and sharp, which scaling up a screen capture cannot give. The live map is left alone.
import * as maplibregl from 'maplibre-gl';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { metresPerPixel } from '../../lib/scale-bar';
import { CSS_DPI } from '../../lib/print-layout';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../map/basemap';
import { NO_DATA_PATTERN, hatchImage } from '../map/district-layers';
import { MARKER_BOX_IMAGE, markerBoxImage } from '../map/label-layers';

export interface PrintedMap {
  /** Exactly the map box's size in page pixels. */
  canvas: HTMLCanvasElement;
  /** Ground metres per page pixel at the map's centre, for the scale bar. */
  metresPerPx: number;
}

/** How long the hidden map may take to load its tiles and fonts before the export gives up. */
const TIMEOUT_MS = 60_000;

/** The states a reader sees on the page: the selection and the compared or highlighted features (not the hover). */
const PRINTED_STATES = ['selected', 'highlight'] as const;

/**
 * Feature-state is not part of a style, so the selection and the highlights are copied over, feature
 * by feature, for the GeoJSON sources given inline (districts, areas, sites: a few hundred features).
 */
function copyFeatureStates(live: MapLibreMap, printed: MapLibreMap, style: StyleSpecification): void {
  for (const [source, spec] of Object.entries(style.sources)) {
    if (spec.type !== 'geojson' || typeof spec.promoteId !== 'string' || typeof spec.data !== 'object' || !('features' in spec.data)) continue;
    const key = spec.promoteId;
    for (const f of spec.data.features) {
      const id = f.properties?.[key] as string | number | undefined;
      if (id === undefined || !live.getSource(source)) continue;
      const state = live.getFeatureState({ source, id });
      const kept = Object.fromEntries(PRINTED_STATES.filter((k) => state[k]).map((k) => [k, true]));
      if (Object.keys(kept).length > 0) printed.setFeatureState({ source, id }, kept);
    }
  }
}

export async function renderPrintedMap(live: MapLibreMap, size: { w: number; h: number }, dpi: number): Promise<PrintedMap> {
  const ratio = dpi / CSS_DPI;
  const cssW = size.w / ratio;
  const cssH = size.h / ratio;
  const container = document.createElement('div');
  // Off the screen but laid out: MapLibre sizes its canvas from the container's box.
  Object.assign(container.style, { position: 'fixed', left: `${-cssW - 100}px`, top: '0', width: `${cssW}px`, height: `${cssH}px`, pointerEvents: 'none' });
  container.setAttribute('aria-hidden', 'true');
  document.body.appendChild(container);
  let map: MapLibreMap | null = null;
  try {
    const style = live.getStyle();
    map = new maplibregl.Map({
      container,
      style,
      bounds: live.getBounds(),
      bearing: live.getBearing(),
      interactive: false,
      attributionControl: false,
      pixelRatio: ratio,
      maxCanvasSize: [8192, 8192],
      // Kept so the frame can be copied after MapLibre has finished drawing it (only this map).
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      fadeDuration: 0,
      renderWorldCopies: false,
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
    });
    const m = map;
    m.setMissingStyleImageResolver((id) => {
      if (m.hasImage(id)) return;
      if (id === NO_DATA_PATTERN) m.addImage(id, hatchImage());
      if (id === MARKER_BOX_IMAGE) m.addImage(id, markerBoxImage());
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the map took too long to draw')), TIMEOUT_MS);
      m.once('load', () => copyFeatureStates(live, m, style));
      m.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const canvas = document.createElement('canvas');
    canvas.width = size.w;
    canvas.height = size.h;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingQuality = 'high';
    // The canvas may be smaller than asked where the GPU limits its size; it is drawn to the box.
    ctx.drawImage(m.getCanvas(), 0, 0, size.w, size.h);
    return { canvas, metresPerPx: metresPerPixel(m.getCenter().lat, m.getZoom()) / ratio };
  } finally {
    map?.remove();
    container.remove();
  }
}
