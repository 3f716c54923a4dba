// The benchmark's baseline: the same data drawn by MapLibre alone (no React, no charts, no app
// state), so the app's time to first idle can be read as a ratio to what the map itself costs.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';

setWorkerUrl(workerUrl);

interface Site {
  fid: number;
  id: string;
  category: string;
  lon: number | null;
  lat: number | null;
}

async function load<T>(file: string): Promise<T> {
  const res = await fetch(`${import.meta.env.BASE_URL}data/${file}`);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const [districts, sitesFile] = await Promise.all([
  load<FeatureCollection>('districts.geojson'),
  load<{ sites: Site[] }>('sites.json'),
]);

const sites: FeatureCollection<Point> = {
  type: 'FeatureCollection',
  features: sitesFile.sites.flatMap((s) =>
    s.lon === null || s.lat === null
      ? []
      : [{ type: 'Feature', id: s.fid, properties: { id: s.id, category: s.category }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } }],
  ),
};

const style: StyleSpecification = {
  version: 8,
  sources: {
    districts: { type: 'geojson', data: districts, promoteId: 'fid' },
    sites: { type: 'geojson', data: sites },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#eef2f5' } },
    {
      id: 'districts-fill',
      type: 'fill',
      source: 'districts',
      paint: {
        'fill-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#f59e0b', '#93c5fd'],
        'fill-opacity': 0.6,
      },
    },
    { id: 'districts-outline', type: 'line', source: 'districts', paint: { 'line-color': '#1e3a8a', 'line-width': 1 } },
    {
      id: 'sites-circle',
      type: 'circle',
      source: 'sites',
      paint: { 'circle-radius': 4, 'circle-color': '#b91c1c', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
  ],
};

const map = new MaplibreMap({
  container: 'map',
  style,
  bounds: [120.85, 30.67, 122.2, 31.88],
  fitBoundsOptions: { padding: 20 },
  attributionControl: false,
});
(window as Window & { __talentMap?: MaplibreMap }).__talentMap = map;
map.once('idle', () => performance.mark('map-first-idle'));
