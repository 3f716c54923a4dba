// The district entries of the layer registry: one per featured district, and the context layer of
// all sixteen, which also carries the choropleth and its "no data" hatching.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeaturedLayerId } from '../../data/schemas';
import { FILL_OPACITY, paletteOf } from './palette';
import { byState, propertyEquals, propertyIn } from './expressions';
import type { LayerEntry } from './layer-entry';
import { SOURCE_IDS } from './map-data';
import { inSlot } from './slots';

export function featuredDistrict(id: FeaturedLayerId): LayerEntry {
  // The data names the layer of each featured district (geo/districts.csv), so featuring another
  // district is an edit there, not here.
  const filter = propertyEquals('featured_layer', id);
  const fillId = `districts-${id}-fill`;
  return {
    id,
    nameKey: `layer.${id}`,
    group: 'featured',
    legend: (p) => [{ kind: 'area', colour: p.featured[id], fillOpacity: FILL_OPACITY.featured, dashed: false }],
    interactiveLayerIds: [fillId],
    mapLayers: (_lang, ctx) => {
      const colour = paletteOf(ctx.flavour).featured[id];
      return [
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
      ];
    },
  };
}

export const districtsContext: LayerEntry = {
  id: 'districts',
  nameKey: 'layer.districts',
  group: 'context',
  legend: (p) => [{ kind: 'area', colour: p.districtContext.outline, fillOpacity: FILL_OPACITY.context, dashed: false }],
  interactiveLayerIds: ['districts-fill'],
  mapLayers: (_lang, ctx) => {
    const context = paletteOf(ctx.flavour).districtContext;
    return [
    {
      id: 'districts-fill',
      type: 'fill',
      source: SOURCE_IDS.districts,
      ...inSlot('district-fills'),
      paint: ctx.choropleth
        ? {
            // The choropleth: one colour per district code, generated from the same classification
            // the legend and the chart bars read.
            'fill-color': choroplethColour(ctx.choropleth.colourOf, ctx.choropleth.noData),
            'fill-opacity': byState(CHOROPLETH_OPACITY.normal, CHOROPLETH_OPACITY.hover, CHOROPLETH_OPACITY.selected),
          }
        : {
            'fill-color': context.fill,
            'fill-opacity': byState(FILL_OPACITY.context, FILL_OPACITY.contextHover, FILL_OPACITY.contextSelected),
          },
    },
    {
      // Hatching over the grey of districts without data, so "no data" never reads as a low class.
      // The layer always exists (ids never change); without a choropleth it matches nothing.
      id: 'districts-nodata-hatch',
      type: 'fill',
      source: SOURCE_IDS.districts,
      filter: ctx.choropleth?.noDataCodes?.length ? propertyIn('code', ctx.choropleth.noDataCodes) : propertyEquals('code', ''),
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
        'line-color': byState(context.outline, context.highlight, context.highlight),
        'line-width': byState(0.9, 1.8, 2.8),
      },
    },
    ];
  },
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
