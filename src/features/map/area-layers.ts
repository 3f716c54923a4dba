// Schematic areas (Hongqiao CBD, Zhangjiang): a dashed outline, a light fill and a name, with the
// area's own sites drawn by the same entry so one checkbox shows or hides both.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { LayerContext } from '../../derived/layer-context';
import { AREA_COLOURS, AREA_DASH, BASEMAP, FILL_OPACITY, type AreaLayer } from './palette';
import { FONTS, fontStack, nameProperty } from './basemap';
import { byState, propertyEquals } from './expressions';
import type { LayerEntry } from './layer-entry';
import { SOURCE_IDS } from './map-data';
import { siteLayers, siteLegend } from './site-layers';
import { inSlot } from './slots';

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

export function areaEntry(id: AreaLayer): LayerEntry {
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
