// The loaded data as the tour cross-checks read it (src/lib/tour-check.ts): the same checks the
// data build runs on geo/tour.json, run here on a tour a user imports or builds. null until every
// file it needs has loaded.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import bbox from '@turf/bbox';
import { areasQuery, districtsQuery, factsQuery, sitesQuery, sourcesQuery } from '../data/queries';
import { hasMetric } from '../lib/metric-registry';
import type { TourData } from '../lib/tour-check';

export function useTourData(): TourData | null {
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const sites = useQuery(sitesQuery).data;
  const facts = useQuery(factsQuery).data;
  const sources = useQuery(sourcesQuery).data;
  return useMemo(() => {
    if (!districts || !areas || !sites || !facts || !sources) return null;
    const [minLng, minLat, maxLng, maxLat] = bbox(districts);
    return {
      districtCodes: new Set(districts.features.map((f) => f.properties.code)),
      areaIds: new Set(areas.features.map((f) => f.properties.id)),
      sites: new Map(sites.map((s) => [s.id, { mapped: s.lon !== null && s.lat !== null }])),
      factIds: new Set(facts.map((f) => f.id)),
      sourceIds: new Set(sources.keys()),
      metrics: hasMetric,
      box: { minLng, minLat, maxLng, maxLat },
    };
  }, [districts, areas, sites, facts, sources]);
}
