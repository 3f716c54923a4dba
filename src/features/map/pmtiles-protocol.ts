// `pmtiles://` for every MapLibre source in the app: a PMTiles archive (one file of tiles, read by
// HTTP range requests, so a CDN or any static host can serve a whole city's map) can be named
// wherever a tile URL goes, e.g. `"url": "pmtiles://https://maps.example.org/shanghai.pmtiles"` in a
// custom basemap style or an imported layer's source. Registered once per page; the protocol object
// keeps each archive's directory, so sources naming the same file share it.
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

export const PMTILES_SCHEME = 'pmtiles';

let registered = false;

export function registerPmtilesProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(PMTILES_SCHEME, new Protocol().tile);
}
