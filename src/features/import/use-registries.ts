// Keeps the registries in step with the imported datasets while a view that shows them is
// mounted (the dashboard's ImportRoot, the embed's DataLink): the district outlines go to the
// registries (a point set's reach metric needs them) and to the parsing worker, and every change
// to the list of datasets is registered.
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery } from '../../data/queries';
import { useImportStore } from './store';
import { setDistrictShapes, syncRegistries } from './registries';
import { setWorkerDistricts } from './worker-client';

export function useImportedRegistries(): void {
  const datasets = useImportStore((s) => s.datasets);
  const districts = useQuery(districtsQuery).data;

  useEffect(() => {
    if (!districts) return;
    const features = districts.features;
    setDistrictShapes(features.map((f) => ({ code: f.properties.code, geometry: f.geometry })));
    setWorkerDistricts({
      type: 'init',
      districts: features.map(({ properties: p }) => ({ code: p.code, name_en: p.name_en, name_zh: p.name_zh })),
      outlines: features.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
    });
  }, [districts]);

  useEffect(() => {
    syncRegistries(datasets);
  }, [datasets, districts]);
}
