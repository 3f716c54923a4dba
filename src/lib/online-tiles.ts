// The OpenStreetMap entry's tiles in the shape the map's <Source> takes; the basemaps registry
// (basemaps.ts) is where they are declared.
import { BASEMAP_REGISTRY } from './basemaps';

const osm = BASEMAP_REGISTRY[1];

export const OSM_TILES = {
  tiles: osm.tiles.tiles,
  tileSize: osm.tiles.tileSize,
  maxzoom: osm.tiles.maxzoom,
  copyrightUrl: osm.attribution[0].url,
} as const;
