// Every name the map draws — districts, schematic areas, sites — and the invisible marker boxes
// that keep names off the markers (issue 11, "labels that work").
//
// How names and markers share the map: markers are circle layers, and circles take no part in
// MapLibre's label collision, so a name could be placed right over a dot. Each site layer therefore
// also has a symbol layer of transparent icons the size of its markers ("marker boxes"), which
// claims the markers' room in the collision index. MapLibre places labels layer by layer from the
// top of the style down, each claiming its boxes, so the slots (slots.ts) are also the priority:
// marker boxes first (always placed: markers are data and never give way), then the names of the
// selected and highlighted sites, then area names, district names, and the other site names. A
// name that cannot find room at any of its anchors waits for the next zoom; only the named sites
// may, as a last resort, overlap something rather than disappear.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { SiteCategory } from '../../data/schemas';
import type { Lang } from '../../lib/vocabulary';
import type { LabelType, LayerContext } from '../../derived/layer-context';
import { languageOf, type Script } from '../../i18n/languages';
import { FONTS, fontStack } from './basemap';
import { isSelected } from './expressions';
import { SOURCE_IDS, labelProperty } from './map-data';
import { POINT, paletteOf, type SiteLayer } from './palette';
import { inSlot } from './slots';

/** CJK labels read better with their characters spaced out; Latin ones only slightly opened. */
const LETTER_SPACING: Record<Script, number> = { latin: 0.02, cjk: 0.1 };

type Size = DataDrivenPropertyValueSpecification<number>;
const byZoom = (...stops: number[]): Size => ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

/**
 * Label sizes in px by type. Desk: what a screen at arm's length needs. Hall: presenter mode on a
 * projector, read from the back of a room — never under 16 px (issue 13).
 */
export const LABEL_SIZES: Record<LabelType, { district: Size; area: Size; site: number }> = {
  desk: { district: byZoom(8, 11, 10, 13, 13, 16), area: byZoom(10, 11, 14, 14), site: 11.5 },
  hall: { district: byZoom(8, 17, 10, 19, 13, 22), area: byZoom(10, 16, 14, 18), site: 16 },
};

export const MIN_HALL_LABEL_PX = 16;

function sizes(ctx: LayerContext) {
  return LABEL_SIZES[ctx.labelType ?? 'desk'];
}

// --- districts -------------------------------------------------------------------------------

/**
 * The district names. Each sits at its outline's pole of inaccessibility (the build writes it) and
 * may step to one of eight places around it when a marker or a more important name is there.
 */
export function districtLabelLayers(lang: Lang, ctx: LayerContext): LayerSpecification[] {
  const { basemap } = paletteOf(ctx.flavour);
  return [
    {
      id: 'district-labels-text',
      type: 'symbol',
      source: SOURCE_IDS.districtLabels,
      ...inSlot('district-labels'),
      layout: {
        'text-field': ['get', labelProperty(lang)],
        'text-font': fontStack(FONTS.semiBold),
        'text-size': sizes(ctx).district,
        'text-letter-spacing': LETTER_SPACING[languageOf(lang).script],
        'text-max-width': 8,
        'text-padding': 3,
        // Featured districts keep their names when the small central ones collide.
        'symbol-sort-key': ['case', ['get', 'featured'], 0, 1],
        'text-variable-anchor-offset': [
          'center', [0, 0],
          'top', [0, 0.6],
          'bottom', [0, -0.6],
          'left', [0.6, 0],
          'right', [-0.6, 0],
          'top-left', [0.5, 0.5],
          'top-right', [-0.5, 0.5],
          'bottom-left', [0.5, -0.5],
          'bottom-right', [-0.5, -0.5],
        ],
        'text-justify': 'auto',
      },
      paint: {
        'text-color': ['case', isSelected, basemap.selectedText, basemap.labelText],
        'text-halo-color': basemap.labelHalo,
        'text-halo-width': 1.6,
        'text-halo-blur': 0.4,
      },
    },
  ];
}

// --- areas -----------------------------------------------------------------------------------

/** A schematic area's name, above its label point, in the area's colour. */
export function areaLabelLayer(id: string, colour: string, filter: ExpressionSpecification, lang: Lang, ctx: LayerContext): LayerSpecification {
  return {
    id: `area-labels-${id}-text`,
    type: 'symbol',
    source: SOURCE_IDS.areaLabels,
    filter,
    ...inSlot('area-labels'),
    minzoom: 9.5,
    layout: {
      'text-field': ['get', labelProperty(lang)],
      'text-font': fontStack(FONTS.medium),
      'text-size': sizes(ctx).area,
      'text-letter-spacing': LETTER_SPACING[languageOf(lang).script],
      'text-max-width': 7,
      // The label point sits among the area's own sites, so the name may move well away from it
      // (the areas are large enough for it to stay inside).
      'text-variable-anchor-offset': [
        'bottom', [0, -0.8],
        'top', [0, 0.8],
        'center', [0, 0],
        'bottom-left', [1, -1.6],
        'top-left', [1, 1.6],
        'bottom-right', [-1, -1.6],
        'top-right', [-1, 1.6],
        'left', [2, 0],
        'right', [-2, 0],
      ],
      'text-padding': 2,
    },
    paint: {
      'text-color': colour,
      'text-halo-color': paletteOf(ctx.flavour).basemap.labelHalo,
      'text-halo-width': 1.6,
    },
  };
}

// --- sites -----------------------------------------------------------------------------------

/** From which zoom each layer's sites are named: the service centres, the map's subject, first. */
export const SITE_LABEL_MINZOOM: Record<SiteLayer, number> = {
  'service-centres': 11,
  universities: 11.5,
  'talent-apartments': 12,
  'hongqiao-cbd': 12,
  zhangjiang: 12,
};

/**
 * Which names win when site names collide (lower first): the offices a newcomer goes to, then
 * where people study, live and research, then the context around them.
 */
export const SITE_LABEL_RANK: Record<SiteCategory, number> = {
  'service-centre': 0,
  'exit-entry': 1,
  'hr-park': 2,
  university: 3,
  'talent-apartment': 4,
  'research-institute': 5,
  lab: 6,
  'science-facility': 7,
  library: 8,
  'international-school': 9,
};

const rankOf: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  ...Object.entries(SITE_LABEL_RANK).flatMap(([category, rank]) => [category, rank]),
  99,
] as unknown as ExpressionSpecification;

/**
 * Where a site name may go around its marker, in order of preference, in ems of its own size: far
 * enough out that the name clears the marker box at the largest marker size (see below).
 */
type SymbolLayout = NonNullable<SymbolLayerSpecification['layout']>;

const SITE_ANCHORS: SymbolLayout['text-variable-anchor-offset'] = [
  'left', [1.15, 0],
  'right', [-1.15, 0],
  'top', [0, 1.05],
  'bottom', [0, -1.05],
  'top-left', [0.95, 0.85],
  'bottom-left', [0.95, -0.85],
  'top-right', [-0.95, 0.85],
  'bottom-right', [-0.95, -0.85],
];

/**
 * A named site (highlighted in a chapter, selected) must show its name, so beyond the places next
 * to its marker it may also go one step further out: where two or three named sites share a block
 * (the Hongqiao CBD), the near places are taken by each other's markers, and overlapping names
 * (the last resort) are unreadable.
 */
const NAMED_SITE_ANCHORS: SymbolLayout['text-variable-anchor-offset'] = [
  ...(SITE_ANCHORS as unknown[]),
  'left', [2.6, 0],
  'right', [-2.6, 0],
  'top', [0, 2.4],
  'bottom', [0, -2.4],
  'top-left', [2.2, 1.9],
  'bottom-left', [2.2, -1.9],
  'top-right', [-2.2, 1.9],
  'bottom-right', [-2.2, -1.9],
] as SymbolLayout['text-variable-anchor-offset'];

function hasId(ids: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

function siteLabelLayout(lang: Lang, ctx: LayerContext, font: (typeof FONTS)[keyof typeof FONTS]): SymbolLayout {
  return {
    'text-field': ['get', labelProperty(lang)],
    'text-font': fontStack(font),
    'text-size': sizes(ctx).site,
    'text-letter-spacing': LETTER_SPACING[languageOf(lang).script],
    'text-max-width': 10,
    'text-variable-anchor-offset': SITE_ANCHORS,
    'text-justify': 'auto',
    'text-padding': 2,
  };
}

/**
 * A site layer's names: every site from its layer's zoom on, and the named sites (selected or
 * highlighted, see LayerContext.namedSites) at every zoom, in a layer of their own that is placed
 * before the others and may, when no place around the marker is free, overlap rather than vanish.
 */
export function siteLabelLayers(layer: SiteLayer, inLayer: ExpressionSpecification, lang: Lang, ctx: LayerContext): LayerSpecification[] {
  const { basemap } = paletteOf(ctx.flavour);
  const named = ctx.namedSites ?? [];
  return [
    {
      id: `sites-${layer}-labels`,
      type: 'symbol',
      source: SOURCE_IDS.sites,
      filter: named.length > 0 ? ['all', inLayer, ['!', hasId(named)]] : inLayer,
      ...inSlot('site-labels'),
      minzoom: SITE_LABEL_MINZOOM[layer],
      layout: { ...siteLabelLayout(lang, ctx, FONTS.medium), 'symbol-sort-key': rankOf },
      paint: {
        'text-color': basemap.labelText,
        'text-halo-color': basemap.labelHalo,
        'text-halo-width': 1.5,
      },
    },
    {
      id: `sites-${layer}-named-labels`,
      type: 'symbol',
      source: SOURCE_IDS.sites,
      filter: ['all', inLayer, hasId(named)],
      ...inSlot('named-site-labels'),
      layout: { ...siteLabelLayout(lang, ctx, FONTS.semiBold), 'text-variable-anchor-offset': NAMED_SITE_ANCHORS, 'text-overlap': 'always' },
      paint: {
        'text-color': basemap.selectedText,
        'text-halo-color': basemap.labelHalo,
        'text-halo-width': 1.8,
      },
    },
  ];
}

// --- marker boxes ----------------------------------------------------------------------------

export const MARKER_BOX_IMAGE = 'marker-box';
/** The box image's side in px; `icon-size` scales it to the marker's size at each zoom. */
const MARKER_BOX_PX = 32;

/** A fully transparent square: only its size matters, for the collision index. */
export function markerBoxImage(): { width: number; height: number; data: Uint8Array } {
  return { width: MARKER_BOX_PX, height: MARKER_BOX_PX, data: new Uint8Array(MARKER_BOX_PX * MARKER_BOX_PX * 4) };
}

/**
 * The marker's outer diameter in px at zoom 9 and 14 (its radius as site-layers.ts draws it, plus
 * the widest edge, a ring's); a hovered or selected marker grows by a few px more, which the
 * icon padding covers.
 */
export function markerBoxDiameter(radius: { z9: number; z14: number }): { z9: number; z14: number } {
  return { z9: 2 * (radius.z9 + POINT.ringStroke), z14: 2 * (radius.z14 + POINT.ringStroke) };
}

/** Invisible icons over a site layer's markers that keep every name off them (see the top). */
export function markerBoxLayer(layer: SiteLayer, inLayer: ExpressionSpecification, radius: { z9: number; z14: number }): LayerSpecification {
  const d = markerBoxDiameter(radius);
  return {
    id: `sites-${layer}-marker-boxes`,
    type: 'symbol',
    source: SOURCE_IDS.sites,
    filter: inLayer,
    ...inSlot('marker-boxes'),
    layout: {
      'icon-image': MARKER_BOX_IMAGE,
      'icon-size': byZoom(9, d.z9 / MARKER_BOX_PX, 14, d.z14 / MARKER_BOX_PX),
      'icon-padding': 1.5,
      // Always drawn (they are transparent) and always in the collision index: names give way.
      'icon-overlap': 'always',
      'icon-ignore-placement': false,
    },
    paint: { 'icon-opacity': 0 },
  };
}
