// The built-in basemap's geography (geo/basemap/): the neighbouring land, the metro lines with
// their numbers, and the water — the sea and the estuary over the district land (the district
// outlines include shoals; the sea polygon draws the real coast), the lakes and the rivers.
//
// Draw order (slots.ts): surroundings and land at the bottom; the metro just above the land and
// under every layer of the app's own (fills, areas, sites) so the data stays on top; the water
// above the district fills, so a choropleth or a featured tint stops at the real coast and the
// Huangpu stays visible through it; district borders and names above the water.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerContext } from '../../derived/layer-context';
import { FONTS, fontStack } from './basemap';
import { propertyEquals } from './expressions';
import { SOURCE_IDS } from './map-data';
import { paletteOf } from './palette';
import { inSlot } from './slots';

export const BACKGROUND_LAYER_ID = 'water-background';

/** GSHHG levels 1–3 are the major rivers (the Huangpu, Suzhou Creek): drawn wider than the rest. */
const isMajorRiver: ExpressionSpecification = ['<=', ['coalesce', ['get', 'level'], 99], 3];

/** Rivers are centrelines: a width that grows with the zoom, roughly as a real river's would. */
const RIVER_WIDTH: ExpressionSpecification = [
  'interpolate',
  ['exponential', 1.8],
  ['zoom'],
  8,
  ['case', isMajorRiver, 1.2, 0.6],
  12,
  ['case', isMajorRiver, 5, 2],
  14,
  ['case', isMajorRiver, 12, 5],
  16,
  ['case', isMajorRiver, 30, 12],
];

const METRO_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 9, 0.9, 12, 2.2, 15, 4];
const METRO_CASING_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 9, 1.9, 12, 3.8, 15, 6.5];

/** Line numbers appear along the lines from this zoom on (the central districts fill the screen). */
export const METRO_LABEL_MINZOOM = 10.5;

/** Badge text in px: a desk's, and a hall's (presenter mode: no map label under 16 px). */
const METRO_LABEL_SIZE = { desk: 10.5, hall: 16 } as const;

export function geographyLayers(ctx: LayerContext): LayerSpecification[] {
  const p = paletteOf(ctx.flavour);
  // Under online tiles the built-in geography would only show through where it should not.
  const shown = ctx.onlineBasemap ? 'none' : 'visible';
  return [
    { id: BACKGROUND_LAYER_ID, type: 'background', ...inSlot('surroundings'), paint: { 'background-color': p.basemap.water } },
    {
      id: 'basemap-extent-land',
      type: 'fill',
      source: SOURCE_IDS.extent,
      ...inSlot('surroundings'),
      paint: { 'fill-color': p.basemap.surroundings },
    },
    {
      id: 'metro-lines-casing',
      type: 'line',
      source: SOURCE_IDS.metro,
      ...inSlot('metro'),
      layout: { visibility: shown, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.metro.casing, 'line-opacity': p.metro.casingOpacity, 'line-width': METRO_CASING_WIDTH },
    },
    {
      id: 'metro-lines',
      type: 'line',
      source: SOURCE_IDS.metro,
      ...inSlot('metro'),
      layout: { visibility: shown, 'line-join': 'round', 'line-cap': 'round' },
      // The line's official colour, as the data gives it: the same in both flavours.
      paint: { 'line-color': ['get', 'colour'], 'line-width': METRO_WIDTH },
    },
    {
      // The line number as a small badge: the number in the ink that reads best on the line's
      // colour, haloed in that colour, upright wherever the line turns.
      id: 'metro-labels',
      type: 'symbol',
      source: SOURCE_IDS.metro,
      ...inSlot('metro'),
      minzoom: METRO_LABEL_MINZOOM,
      layout: {
        visibility: shown,
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-field': ['get', 'ref'],
        'text-font': fontStack(FONTS.semiBold),
        'text-size': METRO_LABEL_SIZE[ctx.labelType ?? 'desk'],
        'text-rotation-alignment': 'viewport',
        'text-padding': 6,
      },
      paint: {
        'text-color': ['get', 'ink'],
        'text-halo-color': ['get', 'colour'],
        // As wide as MapLibre draws a halo (a quarter of the text size): a badge of the line's colour.
        'text-halo-width': METRO_LABEL_SIZE[ctx.labelType ?? 'desk'] / 4,
      },
    },
    {
      id: 'sea-fill',
      type: 'fill',
      source: SOURCE_IDS.sea,
      ...inSlot('water'),
      layout: { visibility: shown },
      paint: { 'fill-color': p.basemap.water, 'fill-antialias': true },
    },
    {
      id: 'water-lakes-fill',
      type: 'fill',
      source: SOURCE_IDS.water,
      filter: propertyEquals('kind', 'lake'),
      ...inSlot('water'),
      layout: { visibility: shown },
      paint: { 'fill-color': p.basemap.water },
    },
    {
      id: 'water-rivers-line',
      type: 'line',
      source: SOURCE_IDS.water,
      filter: ['in', ['get', 'kind'], ['literal', ['river', 'lake_shore']]],
      ...inSlot('water'),
      layout: { visibility: shown, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.basemap.water, 'line-width': RIVER_WIDTH },
    },
  ];
}
