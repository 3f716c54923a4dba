// The map's GeoJSON sources, from the data queries: which exist, in what order, and what each holds.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, metroQuery, seaQuery, sitesQuery, waterQuery } from '../../data/queries';
import { useOverlayFeatures } from '../../derived/analysis';
import type { MapFrame } from '../../lib/datum';
import { SOURCE_IDS, areaLabelPoints, districtLabelPoints, siteHalos, sitePoints, type MapData, type SourceId } from './map-data';
import { extentPolygon, metroFeatures } from './geography-data';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const EXTENT = extentPolygon();

/**
 * Every GeoJSON source the map declares. The draw order is the slots'; within one slot, layers are
 * drawn in the order they are added, which follows this list (the sea before the rivers).
 */
export const SOURCE_ORDER: readonly SourceId[] = [
  SOURCE_IDS.extent,
  SOURCE_IDS.metro,
  SOURCE_IDS.sea,
  SOURCE_IDS.water,
  SOURCE_IDS.districts,
  SOURCE_IDS.districtLabels,
  SOURCE_IDS.areas,
  SOURCE_IDS.areaLabels,
  SOURCE_IDS.siteHalos,
  SOURCE_IDS.sites,
  SOURCE_IDS.proximity,
];

/** The data files the map draws; `settled` once none is still loading (loaded or failed). */
export function useMapData(): { data: MapData; settled: boolean } {
  const districts = useQuery(districtsQuery);
  const areas = useQuery(areasQuery);
  const sites = useQuery(sitesQuery);
  const sea = useQuery(seaQuery);
  const water = useQuery(waterQuery);
  const metro = useQuery(metroQuery);
  const data: MapData = useMemo(
    () => ({ districts: districts.data, areas: areas.data, sites: sites.data, sea: sea.data, water: water.data, metro: metro.data }),
    [districts.data, areas.data, sites.data, sea.data, water.data, metro.data],
  );
  const settled = [districts, areas, sites, sea, water, metro].every((q) => q.status !== 'pending');
  return { data, settled };
}

/** One memo per source, so a file arriving re-sends only its own sources to the worker. */
export function useSourceData(data: MapData): Record<SourceId, GeoJSON.FeatureCollection> {
  const { districts, areas, sites, sea, water, metro } = data;
  const districtLabels = useMemo(() => (districts ? districtLabelPoints(districts) : EMPTY), [districts]);
  const areaLabels = useMemo(() => (areas ? areaLabelPoints(areas) : EMPTY), [areas]);
  const points = useMemo(() => (sites ? sitePoints(sites) : EMPTY), [sites]);
  const halos = useMemo(() => (sites ? siteHalos(sites) : EMPTY), [sites]);
  const metroLines = useMemo(() => (metro ? metroFeatures(metro) : EMPTY), [metro]);
  const proximity = useOverlayFeatures();
  return useMemo(
    () => ({
      [SOURCE_IDS.extent]: EXTENT,
      [SOURCE_IDS.sea]: sea ?? EMPTY,
      [SOURCE_IDS.water]: water ?? EMPTY,
      [SOURCE_IDS.metro]: metroLines,
      [SOURCE_IDS.districts]: districts ?? EMPTY,
      [SOURCE_IDS.districtLabels]: districtLabels,
      [SOURCE_IDS.areas]: areas ?? EMPTY,
      [SOURCE_IDS.areaLabels]: areaLabels,
      [SOURCE_IDS.sites]: points,
      [SOURCE_IDS.siteHalos]: halos,
      [SOURCE_IDS.proximity]: proximity,
    }),
    [sea, water, metroLines, districts, districtLabels, areas, areaLabels, points, halos, proximity],
  );
}

/** Each collection converted once per frame, so a source the conversion did not touch keeps its object. */
const converted = new WeakMap<MapFrame, WeakMap<GeoJSON.FeatureCollection, GeoJSON.FeatureCollection>>();

export function inFrame(frame: MapFrame, fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  let cache = converted.get(frame);
  if (!cache) converted.set(frame, (cache = new WeakMap()));
  let out = cache.get(fc);
  if (!out) cache.set(fc, (out = frame.toMapData(fc)));
  return out;
}

/**
 * Every GeoJSON source the map draws, in the coordinates of the basemap shown (see map-frame.ts):
 * the one place the app's drawing is shifted onto a GCJ-02 basemap. A new source goes through here
 * with the others and is shifted with them.
 */
export function useFramedSources<K extends string>(sources: Record<K, GeoJSON.FeatureCollection>, frame: MapFrame): Record<K, GeoJSON.FeatureCollection> {
  return useMemo(() => Object.fromEntries(Object.entries<GeoJSON.FeatureCollection>(sources).map(([id, fc]) => [id, inFrame(frame, fc)])) as Record<K, GeoJSON.FeatureCollection>, [sources, frame]);
}
