// Schematic areas (Hongqiao CBD, Zhangjiang): a dashed outline, a light fill and a name, with the
// area's own sites drawn by the same entry so one checkbox shows or hides both.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { LayerContext } from '../../derived/layer-context';
import { AREA_DASH, FILL_OPACITY, paletteOf, type AreaLayer } from './palette';
import { areaLabelLayer } from './label-layers';
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
  const fillId = `areas-${id}-fill`;
  const areaFilter = (ctx: LayerContext): ExpressionSpecification =>
    ctx.year != null ? ['all', propertyEquals('layer', id), establishedBy(ctx.year)] : propertyEquals('layer', id);
  return {
    id,
    nameKey: `layer.${id}`,
    group: 'theme',
    siteLayer: id,
    legend: (p) => [
      { kind: 'area', colour: p.areas[id], fillOpacity: FILL_OPACITY.area, dashed: true, labelKey: 'map.legend.schematic' },
      ...siteLegend(id, p),
    ],
    interactiveLayerIds: [fillId, `sites-${id}-points`],
    mapLayers: (lang, ctx) => {
      const p = paletteOf(ctx.flavour);
      const colour = p.areas[id];
      return [
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
      areaLabelLayer(id, p.areaText[id], areaFilter(ctx), lang, ctx),
      ...siteLayers(id, lang, ctx),
      ];
    },
  };
}
