// Keeps imported data alive while the page runs: reads the stored datasets once, registers their
// metrics and layers (and again whenever the list changes), hands the district names and outlines
// to the parsing worker, restores a link's imported metric, and opens `?data=`.
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery } from '../../data/queries';
import { hasMetric } from '../../lib/metric-registry';
import { useAppStore } from '../../store/app-store';
import { loadStoredDatasets, useImportStore } from './store';
import { setDistrictShapes, syncRegistries } from './registries';
import { setWorkerDistricts } from './worker-client';
import { launchParam } from './launch';
import { openDataParam } from './saved-map';

let started = false;

export function ImportRoot() {
  const datasets = useImportStore((s) => s.datasets);
  const districts = useQuery(districtsQuery).data;

  useEffect(() => {
    if (started) return;
    started = true;
    void loadStoredDatasets().then(() => {
      syncRegistries(useImportStore.getState().datasets);
      // A link to an imported metric: it exists only now.
      const metric = launchParam('metric');
      if (metric && hasMetric(metric) && useAppStore.getState().metric !== metric) useAppStore.getState().setMetric(metric);
      const data = launchParam('data');
      if (data) void openDataParam(data);
    });
  }, []);

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

  return null;
}
