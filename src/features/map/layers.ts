// The layer registry: one entry per LayerId. Each entry declares its map layers, its legend and
// which of its layers answer the pointer; the map view, the layers panel and the tests all read
// these entries, and paint colours and legend swatches are built from the same palette constants.
// Map layer ids are stable and read `<dataset>-<role>`; visibility is switched through
// `layout.visibility`, never by removing layers or data.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYER_IDS, type LayerId, type Site, type SiteCategory } from '../../data/schemas';
import type { Lang } from '../../lib/vocabulary';
import type { LayerContext } from '../../derived/layer-context';
export type { LayerContext };
import type { MessageKey } from '../../i18n/i18n';
import { fieldName } from '../../i18n/localized';
import {
  AREA_COLOURS,
  AREA_DASH,
  BASEMAP,
  DISTRICT_CONTEXT,
  FEATURED_DISTRICT_CODES,
  FEATURED_DISTRICT_COLOURS,
  FILL_OPACITY,
  HALO,
  POINT,
  SITE_LAYER_COLOURS,
  SITE_LAYER_DOT_EDGES,
  SITE_SHAPES,
  type AreaLayer,
  type FeaturedDistrictLayer,
  type SiteLayer,
  type SiteShape,
} from './palette';
import { FONTS, fontStack, nameProperty } from './basemap';
import { byState, isHovered, isSelected, propertyEquals, propertyIn } from './expressions';
import { SOURCE_IDS, isApproximate, isDrawable } from './map-data';
import { inSlot } from './slots';

export type LayerGroup = 'featured' | 'theme' | 'context';

export type LegendSwatch =
  /** A filled shape with an outline; `dashed` marks a schematic (drawn, not official) outline. */
  | { kind: 'area'; colour: string; fillOpacity: number; dashed: boolean; labelKey?: MessageKey }
  /** A site marker: colour of its layer, shape of its category. */
  | { kind: 'point'; colour: string; edge: string; shape: SiteShape; category: SiteCategory; labelKey: MessageKey }
  /** The uncertainty circle drawn around an approximate location. */
  | { kind: 'halo'; colour: string; labelKey: MessageKey };


export interface LayerEntry {
  id: LayerId;
  nameKey: MessageKey;
  group: LayerGroup;
  legend: LegendSwatch[];
  /** The map layers of this entry, bottom to top, labelled in `lang`. */
  mapLayers: (lang: Lang, ctx?: LayerContext) => LayerSpecification[];
  /** The map layers whose features can be hovered and clicked. */
  interactiveLayerIds: string[];
  /** For entries that draw sites: the `layer` value of those sites. */
  siteLayer?: SiteLayer;
}

export const GROUP_ORDER: readonly LayerGroup[] = ['featured', 'theme', 'context'];

// ---------------------------------------------------------------------------------------------
// Districts

function featuredDistrict(id: FeaturedDistrictLayer): LayerEntry {
  const colour = FEATURED_DISTRICT_COLOURS[id];
  const filter = propertyEquals('code', FEATURED_DISTRICT_CODES[id]);
  const fillId = `districts-${id}-fill`;
  return {
    id,
    nameKey: `layer.${id}`,
    group: 'featured',
    legend: [{ kind: 'area', colour, fillOpacity: FILL_OPACITY.featured, dashed: false }],
    interactiveLayerIds: [fillId],
    mapLayers: () => [
      {
        id: fillId,
        type: 'fill',
        source: SOURCE_IDS.districts,
        filter,
        ...inSlot('district-fills'),
        paint: {
          'fill-color': colour,
          'fill-opacity': byState(FILL_OPACITY.featured, FILL_OPACITY.featuredHover, FILL_OPACITY.featuredSelected),
        },
      },
      {
        id: `districts-${id}-outline`,
        type: 'line',
        source: SOURCE_IDS.districts,
        filter,
        ...inSlot('district-lines'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colour, 'line-width': byState(1.6, 2.4, 3.2) },
      },
    ],
  };
}

const districtsContext: LayerEntry = {
  id: 'districts',
  nameKey: 'layer.districts',
  group: 'context',
  legend: [{ kind: 'area', colour: DISTRICT_CONTEXT.outline, fillOpacity: FILL_OPACITY.context, dashed: false }],
  interactiveLayerIds: ['districts-fill'],
  mapLayers: (_lang, ctx) => [
    {
      id: 'districts-fill',
      type: 'fill',
      source: SOURCE_IDS.districts,
      ...inSlot('district-fills'),
      paint: ctx?.choropleth
        ? {
            // The choropleth: one colour per district code, generated from the same classification
            // the legend and the chart bars read.
            'fill-color': choroplethColour(ctx.choropleth.colourOf, ctx.choropleth.noData),
            'fill-opacity': byState(CHOROPLETH_OPACITY.normal, CHOROPLETH_OPACITY.hover, CHOROPLETH_OPACITY.selected),
          }
        : {
            'fill-color': DISTRICT_CONTEXT.fill,
            'fill-opacity': byState(FILL_OPACITY.context, FILL_OPACITY.contextHover, FILL_OPACITY.contextSelected),
          },
    },
    {
      // Hatching over the grey of districts without data, so "no data" never reads as a low class.
      // The layer always exists (ids never change); without a choropleth it matches nothing.
      id: 'districts-nodata-hatch',
      type: 'fill',
      source: SOURCE_IDS.districts,
      filter: ctx?.choropleth?.noDataCodes?.length ? propertyIn('code', ctx.choropleth.noDataCodes) : propertyEquals('code', ''),
      ...inSlot('district-fills'),
      paint: { 'fill-pattern': NO_DATA_PATTERN },
    },
    {
      id: 'districts-outline',
      type: 'line',
      source: SOURCE_IDS.districts,
      ...inSlot('district-lines'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': byState(DISTRICT_CONTEXT.outline, DISTRICT_CONTEXT.highlight, DISTRICT_CONTEXT.highlight),
        'line-width': byState(0.9, 1.8, 2.8),
      },
    },
  ],
};

/** The image id of the "no data" hatching; the map view registers the image (see hatchImage). */
export const NO_DATA_PATTERN = 'nodata-hatch';

/** 8×8 pixels: diagonal dark lines on transparent, tiled over the no-data grey. */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size === 0 || (x + y) % size === 1;
      const i = (y * size + x) * 4;
      data.set(on ? [90, 90, 90, 200] : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
}

/** Choropleth fills stay translucent enough to read the basemap labels through them. */
export const CHOROPLETH_OPACITY = { normal: 0.78, hover: 0.88, selected: 0.92 } as const;

/** A `match` on the district code: the map paint generated from a classification. */
export function choroplethColour(colourOf: Record<string, string>, noData: string): ExpressionSpecification {
  const pairs = Object.entries(colourOf).flat();
  if (pairs.length === 0) return ['literal', noData] as unknown as ExpressionSpecification;
  return ['match', ['get', 'code'], ...pairs, noData] as unknown as ExpressionSpecification;
}

/**
 * Timeline filter for the named areas: an area established after `year` is hidden; one with no
 * date in its sources stays (the timeline panel says so).
 */
export function establishedBy(year: number): ExpressionSpecification {
  return [
    'case',
    ['==', ['typeof', ['get', 'established']], 'string'],
    ['<=', ['to-number', ['slice', ['get', 'established'], 0, 4]], year],
    true,
  ];
}

/** Timeline filter: sites with an opening year at or before `year`. */
export function openedBy(year: number): ExpressionSpecification {
  return ['all', ['has', 'opened_year'], ['<=', ['get', 'opened_year'], year]];
}

// ---------------------------------------------------------------------------------------------
// Sites

/** Categories each site layer is expected to hold; the legend lists those present in the data. */
export const SITE_CATEGORIES_BY_LAYER: Record<SiteLayer, readonly SiteCategory[]> = {
  'hongqiao-cbd': ['service-centre', 'hr-park', 'international-school'],
  zhangjiang: ['lab', 'science-facility', 'research-institute'],
  'talent-apartments': ['talent-apartment'],
  'service-centres': ['service-centre', 'exit-entry', 'hr-park'],
  universities: ['university', 'research-institute', 'library', 'international-school'],
};

function categoriesWithShape(shapes: readonly SiteShape[]): SiteCategory[] {
  return (Object.keys(SITE_SHAPES) as SiteCategory[]).filter((c) => shapes.includes(SITE_SHAPES[c]));
}
/** Drawn as a ring: white inside, coloured edge. */
const RING_CATEGORIES = categoriesWithShape(['ring', 'dot-in-ring']);
/** Get a second, small dot inside the ring. */
const CORE_CATEGORIES = categoriesWithShape(['dot-in-ring']);

/** Site names are shown from this zoom on (street level). */
export const SITE_LABEL_MINZOOM = 12.5;

function siteLayers(layer: SiteLayer, lang: Lang, ctx?: LayerContext): LayerSpecification[] {
  const colour = SITE_LAYER_COLOURS[layer];
  const year = ctx?.year ?? null;
  const inLayer: ExpressionSpecification = year === null ? propertyEquals('layer', layer) : ['all', propertyEquals('layer', layer), openedBy(year)];
  const isRing = propertyIn('category', RING_CATEGORIES);
  return [
    {
      id: `site-halos-${layer}-fill`,
      type: 'fill',
      source: SOURCE_IDS.siteHalos,
      filter: inLayer,
      ...inSlot('halos'),
      paint: {
        'fill-color': colour,
        'fill-opacity': byState(HALO.fillOpacity, HALO.fillOpacity * 1.6, HALO.fillOpacity * 2),
      },
    },
    {
      id: `site-halos-${layer}-outline`,
      type: 'line',
      source: SOURCE_IDS.siteHalos,
      filter: inLayer,
      ...inSlot('halos'),
      paint: {
        'line-color': colour,
        'line-opacity': HALO.outlineOpacity,
        'line-width': byState(1, 1.5, 2),
        'line-dasharray': HALO.dash,
      },
    },
    {
      id: `sites-${layer}-points`,
      type: 'circle',
      source: SOURCE_IDS.sites,
      filter: inLayer,
      ...inSlot('points'),
      paint: {
        'circle-color': ['case', isRing, POINT.stroke, colour],
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          9,
          ['case', isSelected, POINT.radius + 2.5, isHovered, POINT.radius + 1.5, POINT.radius - 1],
          14,
          ['case', isSelected, POINT.radius + 4.5, isHovered, POINT.radius + 3, POINT.radius + 1.5],
        ],
        'circle-stroke-color': ['case', isRing, colour, isSelected, POINT.selectedStroke, SITE_LAYER_DOT_EDGES[layer]],
        'circle-stroke-width': ['case', isRing, ['case', isSelected, POINT.ringStroke + 1, POINT.ringStroke], isSelected, 2.5, 1.5],
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: `sites-${layer}-cores`,
      type: 'circle',
      source: SOURCE_IDS.sites,
      filter: ['all', inLayer, propertyIn('category', CORE_CATEGORIES)],
      ...inSlot('points'),
      paint: {
        'circle-color': colour,
        'circle-radius': byState(POINT.coreRadius, POINT.coreRadius + 0.5, POINT.coreRadius + 1),
        'circle-pitch-alignment': 'map',
      },
    },
    {
      // Names appear once the map is close enough for them not to bury the points.
      id: `sites-${layer}-labels`,
      type: 'symbol',
      source: SOURCE_IDS.sites,
      filter: inLayer,
      ...inSlot('site-labels'),
      minzoom: SITE_LABEL_MINZOOM,
      layout: {
        'text-field': ['get', nameProperty(lang)],
        'text-font': fontStack(FONTS.medium),
        'text-size': 11.5,
        'text-max-width': 10,
        'text-variable-anchor-offset': ['left', [0.9, 0], 'right', [-0.9, 0], 'top', [0, 0.8], 'bottom', [0, -0.8]],
        'text-justify': 'auto',
        'text-padding': 2,
      },
      paint: {
        'text-color': ['case', isSelected, POINT.selectedStroke, BASEMAP.labelText],
        'text-halo-color': BASEMAP.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

function pointSwatch(layer: SiteLayer, category: SiteCategory): LegendSwatch {
  return {
    kind: 'point',
    colour: SITE_LAYER_COLOURS[layer],
    edge: SITE_LAYER_DOT_EDGES[layer],
    shape: SITE_SHAPES[category],
    category,
    labelKey: `category.${category}`,
  };
}

function siteLegend(layer: SiteLayer): LegendSwatch[] {
  return [
    ...SITE_CATEGORIES_BY_LAYER[layer].map((category) => pointSwatch(layer, category)),
    { kind: 'halo', colour: SITE_LAYER_COLOURS[layer], labelKey: 'map.legend.approximate' },
  ];
}

function siteEntry(id: 'talent-apartments' | 'service-centres' | 'universities', group: LayerGroup): LayerEntry {
  return {
    id,
    nameKey: `layer.${id}`,
    group,
    siteLayer: id,
    legend: siteLegend(id),
    interactiveLayerIds: [`sites-${id}-points`],
    mapLayers: (lang, ctx) => siteLayers(id, lang, ctx),
  };
}

// ---------------------------------------------------------------------------------------------
// Schematic areas with their sites

function areaEntry(id: AreaLayer): LayerEntry {
  const colour = AREA_COLOURS[id];
  const fillId = `areas-${id}-fill`;
  const areaFilter = (ctx?: LayerContext): ExpressionSpecification =>
    ctx?.year != null ? ['all', propertyEquals('layer', id), establishedBy(ctx.year)] : propertyEquals('layer', id);
  return {
    id,
    nameKey: `layer.${id}`,
    group: 'theme',
    siteLayer: id,
    legend: [
      { kind: 'area', colour, fillOpacity: FILL_OPACITY.area, dashed: true, labelKey: 'map.legend.schematic' },
      ...siteLegend(id),
    ],
    interactiveLayerIds: [fillId, `sites-${id}-points`],
    mapLayers: (lang, ctx) => [
      {
        id: fillId,
        type: 'fill',
        source: SOURCE_IDS.areas,
        filter: areaFilter(ctx),
        ...inSlot('area-fills'),
        paint: {
          'fill-color': colour,
          'fill-opacity': byState(FILL_OPACITY.area, FILL_OPACITY.areaHover, FILL_OPACITY.areaHover),
        },
      },
      {
        id: `areas-${id}-outline`,
        type: 'line',
        source: SOURCE_IDS.areas,
        filter: areaFilter(ctx),
        ...inSlot('area-lines'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colour, 'line-width': byState(1.8, 2.4, 3), 'line-dasharray': AREA_DASH },
      },
      {
        id: `area-labels-${id}-text`,
        type: 'symbol',
        source: SOURCE_IDS.areaLabels,
        filter: areaFilter(ctx),
        ...inSlot('area-labels'),
        minzoom: 9.5,
        layout: {
          'text-field': ['get', nameProperty(lang)],
          'text-font': fontStack(FONTS.medium),
          'text-size': ['interpolate', ['linear'], ['zoom'], 10, 11, 14, 14],
          'text-max-width': 7,
          'text-offset': [0, -1.4],
          'text-padding': 2,
        },
        paint: {
          'text-color': colour,
          'text-halo-color': BASEMAP.labelHalo,
          'text-halo-width': 1.6,
        },
      },
      ...siteLayers(id, lang, ctx),
    ],
  };
}

// ---------------------------------------------------------------------------------------------

export const LAYER_REGISTRY: Record<LayerId, LayerEntry> = {
  pudong: featuredDistrict('pudong'),
  xuhui: featuredDistrict('xuhui'),
  changning: featuredDistrict('changning'),
  'hongqiao-cbd': areaEntry('hongqiao-cbd'),
  zhangjiang: areaEntry('zhangjiang'),
  'talent-apartments': siteEntry('talent-apartments', 'theme'),
  'service-centres': siteEntry('service-centres', 'theme'),
  districts: districtsContext,
  universities: siteEntry('universities', 'context'),
};

/** Registry entries in the one canonical order (LAYER_IDS). */
export const LAYER_ENTRIES: readonly LayerEntry[] = LAYER_IDS.map((id) => LAYER_REGISTRY[id]);

/** Every interactive map layer id, for `interactiveLayerIds`. */
export const INTERACTIVE_LAYER_IDS: readonly string[] = LAYER_ENTRIES.flatMap((e) => e.interactiveLayerIds);

/** An entry's map layers with `layout.visibility` set from the visible layer ids. */
export function entryLayers(entry: LayerEntry, lang: Lang, visible: readonly LayerId[], ctx?: LayerContext): LayerSpecification[] {
  const visibility = visible.includes(entry.id) ? 'visible' : 'none';
  return entry.mapLayers(lang, ctx).map((layer) => ({ ...layer, layout: { ...layer.layout, visibility } }) as LayerSpecification);
}

/**
 * The legend an entry shows once the sites are known: point swatches only for categories that
 * have a drawn site in that layer, the uncertainty swatch only if one of them is approximate.
 * Before the sites load the declared legend is shown as is.
 */
export function legendFor(entry: LayerEntry, sites: readonly Site[] | undefined): LegendSwatch[] {
  if (!sites || !entry.siteLayer) return entry.legend;
  const drawn = sites.filter((s) => s.layer === entry.siteLayer && isDrawable(s));
  const present = new Set(drawn.map((s) => s.category));
  const approximate = drawn.some(isApproximate);
  const extra = [...present]
    .filter((c) => !entry.legend.some((sw) => sw.kind === 'point' && sw.category === c))
    .map((category) => pointSwatch(entry.siteLayer!, category));
  const kept = entry.legend.filter((sw) => {
    if (sw.kind === 'point') return present.has(sw.category);
    if (sw.kind === 'halo') return approximate;
    return true;
  });
  // New categories go before the uncertainty swatch, which always comes last.
  const haloAt = kept.findIndex((sw) => sw.kind === 'halo');
  return haloAt < 0 ? [...kept, ...extra] : [...kept.slice(0, haloAt), ...extra, ...kept.slice(haloAt)];
}

// ---------------------------------------------------------------------------------------------
// Analysis overlays (issue #5): drawn from the store's analysis state, not toggled in the Layers
// panel. Their source is empty until a tool puts something in it.

/** Proximity rings and lines to the nearest service sites. */
export const PROXIMITY_COLOURS = { ring: '#4a4f57', link: '#b2182b', origin: '#b2182b' } as const;

export const PROXIMITY_OVERLAY = {
  id: 'proximity',
  mapLayers: (lang: Lang): LayerSpecification[] => [
    {
      id: 'proximity-rings-line',
      type: 'line',
      source: SOURCE_IDS.proximity,
      filter: propertyEquals('role', 'ring'),
      ...inSlot('halos'),
      paint: { 'line-color': PROXIMITY_COLOURS.ring, 'line-width': 1.6, 'line-dasharray': [4, 2] },
    },
    {
      id: 'proximity-links-line',
      type: 'line',
      source: SOURCE_IDS.proximity,
      filter: propertyEquals('role', 'link'),
      ...inSlot('halos'),
      paint: { 'line-color': PROXIMITY_COLOURS.link, 'line-width': 1.8, 'line-opacity': 0.85 },
    },
    {
      id: 'proximity-origin-point',
      type: 'circle',
      source: SOURCE_IDS.proximity,
      filter: propertyEquals('role', 'origin'),
      ...inSlot('points'),
      paint: {
        'circle-color': PROXIMITY_COLOURS.origin,
        'circle-radius': 6,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'proximity-rings-label',
      type: 'symbol',
      source: SOURCE_IDS.proximity,
      filter: propertyEquals('role', 'ring-label'),
      ...inSlot('site-labels'),
      layout: {
        'text-field': ['get', fieldName('label', lang)],
        'text-font': fontStack(FONTS.medium),
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': PROXIMITY_COLOURS.ring, 'text-halo-color': BASEMAP.labelHalo, 'text-halo-width': 1.5 },
    },
  ],
} as const;
