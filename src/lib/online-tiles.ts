// Hosts outside this site that the app may ask for anything, in one place: the online basemap
// reads its tiles from here, and the Content-Security-Policy (vite.config.ts) allows exactly these.
// Adding a tile provider without listing it here gets its requests refused by the policy.

/** OpenStreetMap's standard tiles; the licence (ODbL) asks for the attribution shown with them. */
export const OSM_TILES = {
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  copyrightUrl: 'https://www.openstreetmap.org/copyright',
} as const;

/** The origins of every online tile source, as a CSP source list wants them. */
export const ONLINE_TILE_ORIGINS: readonly string[] = [...new Set(OSM_TILES.tiles.map((t) => new URL(t.replace(/\{[^}]+\}/g, '0')).origin))];
