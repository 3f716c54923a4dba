// The deployment's basemap configuration (map-config.json beside index.html), read once per page the
// way the embed allowlist is: past any cache, and never failing. No file means nothing configured;
// a broken file is the operator's mistake, reported in the console, and the built-in basemap and
// OpenStreetMap stay available.
import { queryOptions } from '@tanstack/react-query';
import { EMPTY_MAP_CONFIG, parseMapConfig, type MapConfig } from '../lib/map-config';

const FILE = 'map-config.json';

async function loadMapConfig(): Promise<MapConfig> {
  let json: unknown = null;
  try {
    // The query string lets the request past workers that precached the bare URL (see
    // src/features/embed/allowlist.ts); the current worker serves this file network-first.
    const res = await fetch(`${import.meta.env.BASE_URL}${FILE}?v=1`, { cache: 'no-cache' });
    if (res.status === 404) return EMPTY_MAP_CONFIG;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    json = await res.json();
  } catch (e) {
    console.error(`${FILE} could not be read; only the built-in basemap and OpenStreetMap are offered.`, e);
    return EMPTY_MAP_CONFIG;
  }
  const { config, error } = parseMapConfig(json);
  if (error) console.error(`${FILE} is ignored: ${error}`);
  return config;
}

export const mapConfigQuery = queryOptions({
  queryKey: ['config', FILE],
  queryFn: loadMapConfig,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});
