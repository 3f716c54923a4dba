// One queryOptions per data file. Static files never go stale within a visit.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchValidated } from './fetch-json';
import { metroFileSchema, seaFileSchema, waterFileSchema } from './basemap-schemas';
import { areasFileSchema, districtsFileSchema, factsFileSchema, sitesFileSchema, sourcesFileSchema, tourFileSchema } from './schemas';

// A file that failed stays failed until the reader presses Retry (data-status.tsx): a view that
// mounts later must not refetch it behind the alert's back (the alert would flicker and its button
// change under the pointer). The files are fetched as the app starts (prefetchMapFiles).
const staticFile = { staleTime: Infinity, gcTime: Infinity, retryOnMount: false } as const;

export const DATA_FILES = [
  'districts.geojson',
  'areas.geojson',
  'sites.json',
  'facts.json',
  'sources.json',
  'tour.json',
  'sea.geojson',
  'water-lines.geojson',
  'metro-lines.geojson',
] as const;
export type DataFile = (typeof DATA_FILES)[number];

export const districtsQuery = queryOptions({
  queryKey: ['data', 'districts.geojson'],
  queryFn: () => fetchValidated('districts.geojson', districtsFileSchema),
  ...staticFile,
});

export const areasQuery = queryOptions({
  queryKey: ['data', 'areas.geojson'],
  queryFn: () => fetchValidated('areas.geojson', areasFileSchema),
  ...staticFile,
});

export const sitesQuery = queryOptions({
  queryKey: ['data', 'sites.json'],
  queryFn: () => fetchValidated('sites.json', sitesFileSchema).then((f) => f.sites),
  ...staticFile,
});

export const factsQuery = queryOptions({
  queryKey: ['data', 'facts.json'],
  queryFn: () => fetchValidated('facts.json', factsFileSchema).then((f) => f.facts),
  ...staticFile,
});

export const sourcesQuery = queryOptions({
  queryKey: ['data', 'sources.json'],
  queryFn: () =>
    fetchValidated('sources.json', sourcesFileSchema).then((f) => new Map(f.sources.map((s) => [s.id, s]))),
  ...staticFile,
});

// The built-in basemap's geography. The map draws without them (a plain land and sea), so a failure
// is named but nothing else waits for them.
export const seaQuery = queryOptions({
  queryKey: ['data', 'sea.geojson'],
  queryFn: () => fetchValidated('sea.geojson', seaFileSchema),
  ...staticFile,
});

export const waterQuery = queryOptions({
  queryKey: ['data', 'water-lines.geojson'],
  queryFn: () => fetchValidated('water-lines.geojson', waterFileSchema),
  ...staticFile,
});

export const metroQuery = queryOptions({
  queryKey: ['data', 'metro-lines.geojson'],
  queryFn: () => fetchValidated('metro-lines.geojson', metroFileSchema),
  ...staticFile,
});

/** The presenter's tour; only the presenter view loads it. */
export const tourQuery = queryOptions({
  queryKey: ['data', 'tour.json'],
  queryFn: () => fetchValidated('tour.json', tourFileSchema),
  ...staticFile,
});

/**
 * What the map draws, fetched as the app starts (main.tsx) rather than when the lazy map view first
 * renders: the geography files otherwise wait for the map's chunks, on the way to the first frame.
 */
export function prefetchMapFiles(client: QueryClient): void {
  void client.prefetchQuery(districtsQuery);
  void client.prefetchQuery(areasQuery);
  void client.prefetchQuery(sitesQuery);
  void client.prefetchQuery(seaQuery);
  void client.prefetchQuery(waterQuery);
  void client.prefetchQuery(metroQuery);
}
