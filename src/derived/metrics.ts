// The registered metric ids as React state: a select or a comparison lists a metric added at run
// time as soon as it is registered.
import { useSyncExternalStore } from 'react';
import { metricIds, subscribeToMetrics } from '../lib/metric-registry';

export function useMetricIds(): readonly string[] {
  return useSyncExternalStore(subscribeToMetrics, metricIds, metricIds);
}
