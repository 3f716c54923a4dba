// The metric select and the bar chart. The chart library is the largest piece after the map, so
// the chart itself loads lazily; the select and the "no data" list render at once.
import { lazy, Suspense, useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { sortRows } from '../../lib/metrics';
import { metricName, metricNote } from '../../i18n/metric-names';
import { useMetricIds } from '../../derived/metrics';
import { useClassification, useDistrictRows, useInView } from '../../derived/analysis';
import type { Metric } from '../../lib/vocabulary';
import { useAfterMapFirstFrame } from '../../derived/after-map';

const MetricChart = lazy(() => import('./metric-chart'));

export function ChartPanel() {
  const t = useT();
  const lang = useLang();
  const metricIds = useMetricIds();
  const metric = useAppStore((s) => s.metric);
  const setMetric = useAppStore((s) => s.setMetric);
  // The same rows (and, with the choropleth on, the same colours) the map draws.
  const { rows: raw, failed } = useDistrictRows(metric);
  // "Filter to map view" (Analyse panel) keeps the districts on screen; classes stay city-wide.
  const inView = useInView();
  const rows = useMemo(() => (raw ? sortRows(inView ? raw.filter((r) => inView.district(r.code)) : raw) : null), [raw, inView]);
  const classification = useClassification();
  // The chart waits for the map's first frame (or a moment): the map is what the page is for.
  const mapDrawn = useAfterMapFirstFrame();

  return (
    <section className="chart-panel" aria-label={t('chart.label')}>
      <div className="chart-panel__head">
        <label className="chart-panel__label">
          <span>{t('chart.metric')}</span>
          <select aria-label={t('chart.metric')} value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
            {metricIds.map((m) => (
              <option key={m} value={m}>
                {metricName(m, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="chart-panel__note">{metricNote(metric, lang)}</p>
      {failed ? (
        <p className="chart-panel__placeholder">{t('chart.unavailable')}</p>
      ) : rows && mapDrawn ? (
        <Suspense fallback={<div className="chart-panel__placeholder chart-panel__placeholder--sized">{t('common.loading')}</div>}>
          <MetricChart rows={rows} metric={metric} colours={classification?.colourOf} />
        </Suspense>
      ) : (
        <div className="chart-panel__placeholder chart-panel__placeholder--sized">{t('common.loading')}</div>
      )}
    </section>
  );
}
