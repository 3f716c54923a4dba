// The analysis tools' drawing: the reach area (land within the radius of a service centre) and the
// proximity rings and lines to the nearest service sites. Not a registry entry, because the Layers
// panel does not toggle it: the store's analysis state fills its one source, which stays empty
// until a tool is used. The legend on the map draws its swatches from these same constants.
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../lib/vocabulary';
import type { LayerContext } from '../../derived/layer-context';
import { fieldName } from '../../i18n/localized';
import { paletteOf } from './palette';
import { FONTS, fontStack } from './basemap';
import { propertyEquals } from './expressions';
import { SOURCE_IDS } from './map-data';
import { inSlot } from './slots';

/** The reach area: a dark violet, apart from the featured districts' hues and the choropleth's blues. */
export const REACH_STYLE = { fill: '#5e3c99', fillOpacity: 0.35 } as const;

export const PROXIMITY_OVERLAY = {
  id: 'proximity',
  mapLayers: (lang: Lang, ctx: LayerContext): LayerSpecification[] => {
    const { proximity: colours, basemap } = paletteOf(ctx.flavour);
    return [
    {
      id: 'reach-area-fill',
      type: 'fill',
      source: SOURCE_IDS.proximity,
      filter: propertyEquals('role', 'reach'),
      ...inSlot('area-fills'),
      paint: { 'fill-color': REACH_STYLE.fill, 'fill-opacity': REACH_STYLE.fillOpacity, 'fill-antialias': false },
    },
    {
      id: 'proximity-rings-line',
      type: 'line',
      source: SOURCE_IDS.proximity,
      filter: propertyEquals('role', 'ring'),
      ...inSlot('halos'),
      paint: { 'line-color': colours.ring, 'line-width': 1.6, 'line-dasharray': [4, 2] },
    },
    {
      id: 'proximity-links-line',
      type: 'line',
      source: SOURCE_IDS.proximity,
      filter: propertyEquals('role', 'link'),
      ...inSlot('halos'),
      paint: { 'line-color': colours.link, 'line-width': 1.8, 'line-opacity': 0.85 },
    },
    {
      id: 'proximity-origin-point',
      type: 'circle',
      source: SOURCE_IDS.proximity,
      filter: propertyEquals('role', 'origin'),
      ...inSlot('points'),
      paint: {
        'circle-color': colours.origin,
        'circle-radius': 6,
        'circle-stroke-color': colours.originEdge,
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
      paint: { 'text-color': colours.ring, 'text-halo-color': basemap.labelHalo, 'text-halo-width': 1.5 },
    },
    ];
  },
} as const;
