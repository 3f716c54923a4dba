// The benchmark's baseline: the app's own map style and data handed straight to MapLibre, with no
// React, no store, no charts and no panels. The app's time to first idle divided by this one is the
// cost of everything the app adds around the map, independent of how fast this machine draws.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { assembleStyle } from '../../../src/features/map/style';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../../../src/features/map/basemap';
import { DEFAULT_LAYERS } from '../../../src/lib/url-state';
import type { AreasFile, DistrictsFile, Site } from '../../../src/data/schemas';

setWorkerUrl(workerUrl);

async function load<T>(file: string): Promise<T> {
  const res = await fetch(`${import.meta.env.BASE_URL}data/${file}`);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const [districts, areas, sitesFile] = await Promise.all([
  load<DistrictsFile>('districts.geojson'),
  load<AreasFile>('areas.geojson'),
  load<{ sites: Site[] }>('sites.json'),
]);

const map = new MaplibreMap({
  container: 'map',
  style: assembleStyle('en', DEFAULT_LAYERS, { districts, areas, sites: sitesFile.sites }),
  bounds: [120.85, 30.67, 122.2, 31.88],
  fitBoundsOptions: { padding: 20 },
  localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
  attributionControl: false,
});
(window as Window & { __talentMap?: MaplibreMap }).__talentMap = map;
map.once('idle', () => performance.mark('map-first-idle'));
