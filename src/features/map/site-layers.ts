// Site markers: the map layers and legend of every entry that draws sites (their names and the
// boxes that keep other names off them are built in label-layers.ts), on its own (talent
// apartments, service centres, universities) or inside a schematic area (see area-layers.ts).
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { SiteCategory } from '../../data/schemas';
import type { Lang } from '../../lib/vocabulary';
import type { LayerContext } from '../../derived/layer-context';
import { HALO, POINT, SITE_SHAPES, paletteOf, type Palette, type SiteLayer, type SiteShape } from './palette';
import { byState, isHovered, isSelected, propertyEquals, propertyIn } from './expressions';
import type { LayerEntry, LayerGroup, LegendSwatch } from './layer-entry';
import { SOURCE_IDS } from './map-data';
import { inSlot } from './slots';
import { markerBoxLayer, siteLabelLayers } from './label-layers';

/** Timeline filter: sites with an opening year at or before `year`. */
export function openedBy(year: number): ExpressionSpecification {
  return ['all', ['has', 'opened_year'], ['<=', ['get', 'opened_year'], year]];
}

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

/** A marker's radius in px at zoom 9 and 14, before hover and selection enlarge it. */
export const MARKER_RADIUS = { z9: POINT.radius - 1, z14: POINT.radius + 1.5 } as const;

export function siteLayers(layer: SiteLayer, lang: Lang, ctx: LayerContext): LayerSpecification[] {
  const p = paletteOf(ctx.flavour);
  const colour = p.sites[layer];
  const year = ctx.year ?? null;
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
        'circle-color': ['case', isRing, p.point.inner, colour],
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          9,
          ['case', isSelected, MARKER_RADIUS.z9 + 3.5, isHovered, MARKER_RADIUS.z9 + 2.5, MARKER_RADIUS.z9],
          14,
          ['case', isSelected, MARKER_RADIUS.z14 + 3, isHovered, MARKER_RADIUS.z14 + 1.5, MARKER_RADIUS.z14],
        ],
        'circle-stroke-color': ['case', isRing, colour, isSelected, p.point.selectedStroke, p.dotEdges[layer]],
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
    ...siteLabelLayers(layer, inLayer, lang, ctx),
    markerBoxLayer(layer, inLayer, MARKER_RADIUS),
  ];
}

export function pointSwatch(layer: SiteLayer, category: SiteCategory, p: Palette): LegendSwatch {
  return {
    kind: 'point',
    colour: p.sites[layer],
    edge: p.dotEdges[layer],
    inner: p.point.inner,
    shape: SITE_SHAPES[category],
    category,
    labelKey: `category.${category}`,
  };
}

export function siteLegend(layer: SiteLayer, p: Palette): LegendSwatch[] {
  return [
    ...SITE_CATEGORIES_BY_LAYER[layer].map((category) => pointSwatch(layer, category, p)),
    { kind: 'halo', colour: p.sites[layer], labelKey: 'map.legend.approximate' },
  ];
}

export function siteEntry(id: 'talent-apartments' | 'service-centres' | 'universities', group: LayerGroup): LayerEntry {
  return {
    id,
    nameKey: `layer.${id}`,
    group,
    siteLayer: id,
    legend: (p) => siteLegend(id, p),
    interactiveLayerIds: [`sites-${id}-points`],
    mapLayers: (lang, ctx) => siteLayers(id, lang, ctx),
  };
}
