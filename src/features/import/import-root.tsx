// Keeps imported data alive while the dashboard runs: reads the stored datasets once, registers
// their metrics and layers (and again whenever the list changes, use-registries.ts), restores a
// link's imported metric, and opens `?data=` once the stored datasets are in (use-saved-map-link.ts,
// the embed's way too: the saved view waits for the district outlines).
import { useEffect, useState } from 'react';
import { hasMetric } from '../../lib/metric-registry';
import { useAppStore } from '../../store/app-store';
import { loadStoredDatasets, useImportStore } from './store';
import { syncRegistries } from './registries';
import { launchParam, launchSearch } from './launch';
import { openedDataLink } from './saved-map';
import { useSavedMapLink } from './use-saved-map-link';

let started = false;

const openLink = (result: Parameters<typeof openedDataLink>[0]) => openedDataLink(result, launchSearch());

export function ImportRoot() {
  // Set once, by the first ImportRoot, after the stored datasets are loaded.
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useSavedMapLink(dataUrl, openLink);

  useEffect(() => {
    if (started) return;
    started = true;
    void loadStoredDatasets().then(() => {
      syncRegistries(useImportStore.getState().datasets);
      // A link to an imported metric: it exists only now.
      const metric = launchParam('metric');
      if (metric && hasMetric(metric) && useAppStore.getState().metric !== metric) useAppStore.getState().setMetric(metric);
      setDataUrl(launchParam('data'));
    });
  }, []);

  return null;
}
