// The basemaps registry: what can be drawn under the app's own layers. Each entry says whether it
// needs the network, its datum (the app's data is WGS84; a GCJ-02 basemap would need its tiles or
// our points shifted), its attribution, and how its part of the style is made. The basemap select,
// the map, the attribution line and the Content-Security-Policy's list of hosts all read it, so
// adding a basemap is an entry here and its messages (`map.basemap.<id>`).

export interface RasterTiles {
  kind: 'raster';
  tiles: readonly string[];
  tileSize: number;
  maxzoom: number;
}

export interface BasemapDef {
  id: string;
  /** Catalogue key of its name in the basemap select. */
  labelKey: `map.basemap.${string}`;
  /** Needs the network: asked for before the first request when a link turns it on. */
  online: boolean;
  datum: 'WGS84' | 'GCJ-02';
  /** Credits shown whenever it is drawn (licence terms), each a catalogue key and a link. */
  attribution: readonly { labelKey: `map.${string}`; url?: string }[];
  /** null: the built-in basemap alone (drawn from this project's data, no tiles). */
  tiles: RasterTiles | null;
}

export const BASEMAP_REGISTRY = [
  {
    id: 'builtin',
    labelKey: 'map.basemap.builtin',
    online: false,
    datum: 'WGS84',
    attribution: [],
    tiles: null,
  },
  {
    id: 'osm',
    labelKey: 'map.basemap.osm',
    online: true,
    datum: 'WGS84',
    // ODbL asks for this credit wherever the tiles are shown.
    attribution: [{ labelKey: 'map.basemap.osmAttribution', url: 'https://www.openstreetmap.org/copyright' }],
    tiles: { kind: 'raster', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 19 },
  },
] as const satisfies readonly BasemapDef[];

export type BasemapId = (typeof BASEMAP_REGISTRY)[number]['id'];

export const BASEMAP_IDS: readonly BasemapId[] = BASEMAP_REGISTRY.map((b) => b.id);

export function basemapDef(id: BasemapId): BasemapDef {
  return BASEMAP_REGISTRY.find((b) => b.id === id) ?? BASEMAP_REGISTRY[0];
}

/** The origins of every online basemap's tiles: exactly what the Content-Security-Policy allows. */
export const ONLINE_TILE_ORIGINS: readonly string[] = [
  ...new Set(BASEMAP_REGISTRY.flatMap((b) => (b.tiles ? b.tiles.tiles.map((t) => new URL(t.replace(/\{[^}]+\}/g, '0')).origin) : []))),
];
