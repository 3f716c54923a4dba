// The metric select and the bar chart. The chart library is the largest piece after the map, so
// the chart itself loads lazily; the select and the "no data" list render at once.
import { lazy, Suspense, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery, factsQuery, sitesQuery } from '../../data/queries';
import { useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { districtMetricRows, METRICS, sortRows } from '../../lib/metrics';
import { METRIC_IDS, type Metric } from '../../lib/url-state';

const MetricChart = lazy(() => import('./metric-chart'));

export function ChartPanel() {
  const t = useT();
  const metric = useAppStore((s) => s.metric);
  const setMetric = useAppStore((s) => s.setMetric);
  const districts = useQuery(districtsQuery);
  const facts = useQuery(factsQuery);
  const sites = useQuery(sitesQuery);
  const def = METRICS[metric];
  const needsSites = def.kind === 'count';
  const needsFacts = !needsSites;

  const rows = useMemo(() => {
    if (!districts.data) return null;
    if (needsFacts && !facts.data) return null;
    if (needsSites && !sites.data) return null;
    return sortRows(
      districtMetricRows(metric, districts.data.features.map((f) => f.properties), facts.data ?? [], sites.data ?? []),
    );
  }, [districts.data, facts.data, sites.data, metric, needsFacts, needsSites]);

  const failed = districts.isError || (needsFacts && facts.isError) || (needsSites && sites.isError);

  return (
    <section className="chart-panel" aria-label={t('chart.label')}>
      <div className="chart-panel__head">
        <label className="chart-panel__label">
          <span>{t('chart.metric')}</span>
          <select aria-label={t('chart.metric')} value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
            {METRIC_IDS.map((m) => (
              <option key={m} value={m}>
                {t(`metric.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="chart-panel__note">{t(`metricNote.${def.kind}`)}</p>
      {failed ? (
        <p className="chart-panel__placeholder">{t('chart.unavailable')}</p>
      ) : rows ? (
        <Suspense fallback={<div className="chart-panel__placeholder chart-panel__placeholder--sized">{t('common.loading')}</div>}>
          <MetricChart rows={rows} metric={metric} />
        </Suspense>
      ) : (
        <div className="chart-panel__placeholder chart-panel__placeholder--sized">{t('common.loading')}</div>
      )}
    </section>
  );
}
