// Two districts side by side: every metric of the chart, with its qualifier, unit, sources, and
// "no data" where a value is missing; exportable as CSV.
import { useId, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery, factsQuery, sitesQuery } from '../../data/queries';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { formatFigure } from '../../lib/format';
import { districtMetricRows, metricDigits, type MetricRow } from '../../lib/metrics';
import { metricName } from '../../i18n/metric-names';
import { useMetricIds } from '../../derived/metrics';
import type { Metric } from '../../lib/vocabulary';
import { toCsv } from '../../lib/csv';
import { SourceRefs } from '../../components/source-ref';
import { downloadText, today } from '../../lib/download';
import { useReach } from '../../derived/analysis';

export const COMPARE_CSV_HEADER = ['metric', 'label_en', 'label_zh', 'district_code', 'district_en', 'district_zh', 'value', 'unit', 'qualifier', 'as_of', 'source_ids'] as const;

export function CompareSection() {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const compare = useAppStore((s) => s.analysis.compare);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  const districts = useQuery(districtsQuery).data;
  const facts = useQuery(factsQuery).data;
  const sites = useQuery(sitesQuery).data;
  const reach = useReach(compare !== null);
  const metricIds = useMetricIds();
  const props = useMemo(() => (districts ? districts.features.map((f) => f.properties) : []), [districts]);
  const [a, b] = compare ?? ['', ''];
  const pair = useMemo(
    () => (a && b ? [a, b].map((code) => props.find((p) => p.code === code)).filter((p) => p !== undefined) : []),
    [a, b, props],
  );

  const table = useMemo(() => {
    if (!compare || !facts || !sites || pair.length !== 2) return null;
    return metricIds.map((m) => ({ metric: m, rows: districtMetricRows(m, pair, facts, sites, { reach }) }));
  }, [compare, facts, sites, pair, reach, metricIds]);

  const set = (which: 0 | 1, code: string) => {
    // Half a pair is kept while the user picks the other; the URL carries only complete pairs.
    const next: [string, string] = which === 0 ? [code, b] : [a, code];
    setAnalysis({ compare: next[0] || next[1] ? next : null });
  };

  const cell = (m: Metric, r: MetricRow) => {
    if (r.value === null) return <td className="analysis__nodata">{t('common.noData')}</td>;
    const ids = [...new Set(r.basis.map((f) => f.source_id))];
    return (
      <td>
        {formatFigure({ value: r.value, unit: r.unit, qualifier: r.qualifier }, lang, metricDigits(m))}
        {ids.length > 0 && (
          <span className="analysis__kind">
            <SourceRefs ids={ids} />
          </span>
        )}
      </td>
    );
  };

  const exportCsv = () => {
    if (!table) return;
    const body = table.flatMap(({ metric, rows }) =>
      rows.map((r) => {
        const d = pair.find((p) => p.code === r.code)!;
        return [
          metric,
          metricName(metric, 'en'),
          metricName(metric, 'zh'),
          r.code,
          d.name_en,
          d.name_zh,
          r.value,
          r.unit,
          r.qualifier ?? '',
          [...new Set(r.basis.map((f) => f.as_of ?? 'not stated'))].join('; '),
          [...new Set(r.basis.map((f) => f.source_id))].join('; '),
        ];
      }),
    );
    downloadText(toCsv(COMPARE_CSV_HEADER, body), `compare-${a}-${b}-${today()}.csv`, 'text/csv;charset=utf-8');
  };

  const picker = (which: 0 | 1, value: string, label: string) => (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => set(which, e.target.value)}>
        <option value="">{t('analysis.cmp.choose')}</option>
        {props.map((p) => (
          <option key={p.code} value={p.code}>
            {nameOf(p, lang)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="analysis__section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('analysis.cmp.title')}</h3>
      <div className="analysis__grid">
        {picker(0, a, t('analysis.cmp.first'))}
        {picker(1, b, t('analysis.cmp.second'))}
      </div>
      {table && (
        <>
          <table className="analysis__table" data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('analysis.cmp.metric')}</th>
                {pair.map((p) => (
                  <th scope="col" key={p.code}>
                    {nameOf(p, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.map(({ metric, rows }) => (
                <tr key={metric}>
                  <th scope="row">{metricName(metric, lang)}</th>
                  {rows.map((r) => (
                    <CellFragment key={r.code}>{cell(metric, r)}</CellFragment>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="analysis__help">{t('analysis.cmp.note')}</p>
          <button type="button" onClick={exportCsv}>
            {t('analysis.cmp.csv')}
          </button>
        </>
      )}
    </section>
  );
}

function CellFragment({ children }: { children: React.ReactNode }) {
  return <>{children}</>;
}
