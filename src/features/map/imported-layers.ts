// Run-time registry entries (see registerLayer in layers.ts) for what a user brings: a point set
// from their own file, and a vector layer from a PMTiles URL. Paint and legend come from the same
// colour, as for the built-in entries.
import type { LayerSpecification } from 'maplibre-gl';
import { IMPORTED_EDGE, POINT, type Palette } from './palette';
import { FONTS, fontStack } from './basemap';
import { inSlot } from './slots';
import type { RuntimeLayerEntry, RuntimeTileFn } from './layer-entry';
import { runtimeTileUrl } from './runtime-tile-url';
import { POINT_NAMES_FROM_ZOOM, POINT_TILE_LAYER } from '../../lib/point-tiles';

/** Labels of imported points appear from street level, as site names do; only tiles from there carry names. */
const LABEL_MINZOOM = POINT_NAMES_FROM_ZOOM;
/** Deeper zooms reuse the zoom-14 tiles (MapLibre overzooms them). */
const TILE_MAXZOOM = 14;

export interface ImportedPointsInput {
  id: string;
  name: string;
  colour: string;
  /**
   * The points as vector tiles (one point feature per row, its id the row index, a `name` property
   * from LABEL_MINZOOM), under a key unique to this version of the set: a new key redraws them.
   */
  tileKey: string;
  tiles: RuntimeTileFn;
  tooltip: RuntimeLayerEntry['tooltip'];
  visible?: boolean;
}

export function importedPointsEntry({ id, name, colour, tileKey, tiles, tooltip, visible = true }: ImportedPointsInput): RuntimeLayerEntry {
  const source = `imported-${id}`;
  const from = { source, 'source-layer': POINT_TILE_LAYER };
  const points = `imported-${id}-points`;
  const layers = (p: Palette): LayerSpecification[] => [
    {
      id: points,
      type: 'circle',
      ...from,
      ...inSlot('points'),
      paint: {
        'circle-color': colour,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, POINT.radius - 2, 14, POINT.radius + 1],
        'circle-stroke-color': IMPORTED_EDGE,
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0.75, 14, 1.5],
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: `imported-${id}-labels`,
      type: 'symbol',
      ...from,
      ...inSlot('site-labels'),
      minzoom: LABEL_MINZOOM,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': fontStack(FONTS.medium),
        'text-size': 11,
        'text-max-width': 10,
        'text-variable-anchor-offset': ['left', [0.9, 0], 'right', [-0.9, 0]],
        'text-padding': 2,
      },
      paint: { 'text-color': p.basemap.labelText, 'text-halo-color': p.basemap.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
  return {
    id: `imported-${id}`,
    labels: { en: name, zh: name },
    legend: [{ kind: 'dot', colour, edge: IMPORTED_EDGE }],
    sources: { [source]: { type: 'vector', tiles: [runtimeTileUrl(tileKey)], minzoom: 0, maxzoom: TILE_MAXZOOM } },
    tiles: { [tileKey]: tiles },
    mapLayers: (_lang, p) => layers(p),
    interactiveLayerIds: [points],
    tooltip,
    visible,
  };
}

export interface PmtilesInput {
  id: string;
  name: string;
  colour: string;
  /** The tiles' URL with the pmtiles:// prefix the protocol answers. */
  url: string;
  sourceLayer: string;
  visible?: boolean;
}

/** A vector layer read from a PMTiles file: its polygons filled, lines stroked, points dotted. */
export function pmtilesEntry({ id, name, colour, url, sourceLayer, visible = true }: PmtilesInput): RuntimeLayerEntry {
  const source = `imported-${id}`;
  const common = { source, 'source-layer': sourceLayer } as const;
  const layers: LayerSpecification[] = [
    { id: `imported-${id}-fill`, type: 'fill', ...common, ...inSlot('area-fills'), filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': colour, 'fill-opacity': 0.2 } },
    { id: `imported-${id}-line`, type: 'line', ...common, ...inSlot('area-lines'), filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': colour, 'line-width': 1.2 } },
    {
      id: `imported-${id}-points`,
      type: 'circle',
      ...common,
      ...inSlot('points'),
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': colour, 'circle-radius': 3.5, 'circle-stroke-color': IMPORTED_EDGE, 'circle-stroke-width': 1 },
    },
  ];
  return {
    id: `imported-${id}`,
    labels: { en: name, zh: name },
    legend: [{ kind: 'area', colour, fillOpacity: 0.2, dashed: false }],
    sources: { [source]: { type: 'vector', url } },
    mapLayers: () => layers,
    interactiveLayerIds: [`imported-${id}-points`, `imported-${id}-fill`],
    tooltip: (p) => {
      const rows = Object.entries(p).slice(0, 8).map(([k, v]) => [k, String(v)] as [string, string]);
      return { title: name, rows, more: Math.max(0, Object.keys(p).length - 8) };
    },
    visible,
  };
}
