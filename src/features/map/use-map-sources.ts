// The map's GeoJSON sources, from the data queries: which exist, in what order, and what each holds.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import { useProximityFeatures } from '../../derived/analysis';
import { SOURCE_IDS, areaLabelPoints, districtLabelPoints, siteHalos, sitePoints, type MapData, type SourceId } from './map-data';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Every GeoJSON source the map declares (the layers' draw order is the slots', not this). */
export const SOURCE_ORDER: readonly SourceId[] = [
  SOURCE_IDS.districts,
  SOURCE_IDS.districtLabels,
  SOURCE_IDS.areas,
  SOURCE_IDS.areaLabels,
  SOURCE_IDS.siteHalos,
  SOURCE_IDS.sites,
  SOURCE_IDS.proximity,
];

/** The three data files the map draws; `settled` once none is still loading (loaded or failed). */
export function useMapData(): { data: MapData; settled: boolean } {
  const districts = useQuery(districtsQuery);
  const areas = useQuery(areasQuery);
  const sites = useQuery(sitesQuery);
  const data: MapData = useMemo(
    () => ({ districts: districts.data, areas: areas.data, sites: sites.data }),
    [districts.data, areas.data, sites.data],
  );
  const settled = districts.status !== 'pending' && areas.status !== 'pending' && sites.status !== 'pending';
  return { data, settled };
}

/** One memo per source, so a file arriving re-sends only its own sources to the worker. */
export function useSourceData(data: MapData): Record<SourceId, GeoJSON.FeatureCollection> {
  const { districts, areas, sites } = data;
  const districtLabels = useMemo(() => (districts ? districtLabelPoints(districts) : EMPTY), [districts]);
  const areaLabels = useMemo(() => (areas ? areaLabelPoints(areas) : EMPTY), [areas]);
  const points = useMemo(() => (sites ? sitePoints(sites) : EMPTY), [sites]);
  const halos = useMemo(() => (sites ? siteHalos(sites) : EMPTY), [sites]);
  const proximity = useProximityFeatures();
  return useMemo(
    () => ({
      [SOURCE_IDS.districts]: districts ?? EMPTY,
      [SOURCE_IDS.districtLabels]: districtLabels,
      [SOURCE_IDS.areas]: areas ?? EMPTY,
      [SOURCE_IDS.areaLabels]: areaLabels,
      [SOURCE_IDS.sites]: points,
      [SOURCE_IDS.siteHalos]: halos,
      [SOURCE_IDS.proximity]: proximity,
    }),
    [districts, districtLabels, areas, areaLabels, points, halos, proximity],
  );
}
