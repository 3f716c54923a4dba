// The benchmark's baseline: the app's own map style and data handed straight to MapLibre, with no
// React, no store, no charts and no panels. The app's time to first idle divided by this one is the
// cost of everything the app adds around the map, independent of how fast this machine draws.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { assembleStyle } from '../../../src/features/map/style';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../../../src/features/map/basemap';
import { DEFAULT_LAYERS } from '../../../src/lib/url-state';
import type { AreasFile, DistrictsFile, Site } from '../../../src/data/schemas';
import { importedPointsEntry } from '../../../src/features/map/imported-layers';
import { importedColour, paletteOf } from '../../../src/features/map/palette';
import { slotMarkerId, slotOf } from '../../../src/features/map/slots';
import type { MetroFile, SeaFile, WaterFile } from '../../../src/data/basemap-schemas';

setWorkerUrl(workerUrl);

async function load<T>(file: string): Promise<T> {
  const res = await fetch(`${import.meta.env.BASE_URL}data/${file}`);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

// The same files the app draws, the basemap's geography included, so the ratio stays fair.
const [districts, areas, sitesFile, sea, water, metro] = await Promise.all([
  load<DistrictsFile>('districts.geojson'),
  load<AreasFile>('areas.geojson'),
  load<{ sites: Site[] }>('sites.json'),
  load<SeaFile>('sea.geojson'),
  load<WaterFile>('water-lines.geojson'),
  load<MetroFile>('metro-lines.geojson'),
]);

const map = new MaplibreMap({
  container: 'map',
  // The app opens in the system's flavour; the bench's headless browser prefers light.
  style: assembleStyle('en', DEFAULT_LAYERS, { districts, areas, sites: sitesFile.sites, sea, water, metro }, { flavour: 'light' }),
  bounds: [120.85, 30.67, 122.2, 31.88],
  fitBoundsOptions: { padding: 20 },
  localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
  attributionControl: false,
});
(window as Window & { __talentMap?: MaplibreMap }).__talentMap = map;

// `?points=<file>`: a GeoJSON of points handed to MapLibre the plain way (a GeoJSON source by URL),
// drawn with the layers of the registry entry the app builds for an imported point set (the app
// reads them from tiles its import worker cuts), so the import bench compares like with like
// (test/bench/import.ts).
const pointsFile = new URLSearchParams(location.search).get('points');
if (pointsFile) {
  const entry = importedPointsEntry({ id: 'bench', name: 'bench', colour: importedColour(0), tileKey: 'bench', tiles: async () => new ArrayBuffer(0), tooltip: undefined });
  map.once('load', () => {
    for (const id of Object.keys(entry.sources)) map.addSource(id, { type: 'geojson', data: `${import.meta.env.BASE_URL}data/${pointsFile}` });
    // Each layer just before the marker of its slot, as the app's `beforeId` puts it.
    for (const layer of entry.mapLayers('en', paletteOf('light'))) {
      const { 'source-layer': _, ...plain } = layer as LayerSpecification & { 'source-layer'?: string };
      map.addLayer(plain as LayerSpecification, slotMarkerId(slotOf(layer)));
    }
  });
}
map.once('idle', () => performance.mark('map-first-idle'));
