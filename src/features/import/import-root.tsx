// Keeps imported data alive while the dashboard runs: reads the stored datasets once, registers
// their metrics and layers (and again whenever the list changes, use-registries.ts), restores a
// link's imported metric, and opens `?data=`.
import { useEffect } from 'react';
import { hasMetric } from '../../lib/metric-registry';
import { useAppStore } from '../../store/app-store';
import { loadStoredDatasets, useImportStore } from './store';
import { syncRegistries } from './registries';
import { launchParam, launchSearch } from './launch';
import { openDataParam } from './saved-map';
import { useImportedRegistries } from './use-registries';

let started = false;

export function ImportRoot() {
  useImportedRegistries();

  useEffect(() => {
    if (started) return;
    started = true;
    void loadStoredDatasets().then(() => {
      syncRegistries(useImportStore.getState().datasets);
      // A link to an imported metric: it exists only now.
      const metric = launchParam('metric');
      if (metric && hasMetric(metric) && useAppStore.getState().metric !== metric) useAppStore.getState().setMetric(metric);
      const data = launchParam('data');
      if (data) void openDataParam(data, launchSearch());
    });
  }, []);

  return null;
}
