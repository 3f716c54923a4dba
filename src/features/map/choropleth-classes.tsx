// The choropleth's classes as a reader sees them: the metric with its unit and date, one row per
// class saying which end is included, and "no data". Read from the one classification the map
// paint uses (useClassification), so the legend on the map, the Analyse panel and the export
// cannot disagree with the colours.
import { useLang, useT, type T } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { formatAmount, formatList, formatPartialDate, unitText } from '../../lib/format';
import { metricDef } from '../../lib/metric-registry';
import { metricDigits } from '../../lib/metrics';
import { classRanges, NO_DATA_COLOUR, type Classification } from '../../lib/classify';
import type { Lang, Metric } from '../../lib/vocabulary';
import { metricName } from '../../i18n/metric-names';
import { useClassification, useDistrictRows } from '../../derived/analysis';
import type { MetricRow } from '../../lib/metrics';

export interface ChoroplethLegendText {
  title: string;
  /** "as of 2020-11", or null when the figures carry no date (counts of this map's sites). */
  date: string | null;
  rows: { colour: string; label: string; count: number; noData: boolean }[];
}

/** The dates the classified figures are as of, oldest first. */
function datesOf(rows: readonly MetricRow[] | null, lang: Lang): string | null {
  const dates = [...new Set((rows ?? []).flatMap((r) => r.basis.map((f) => f.as_of)).filter((d): d is string => Boolean(d)))].sort();
  if (dates.length === 0) return null;
  return formatList(
    dates.map((d) => formatPartialDate(d, lang) ?? d),
    lang,
  );
}

/** The legend's words for a classification: pure given its inputs, so the PNG/PDF export draws the same text. */
export function choroplethLegendText(c: Classification, metric: Metric, rows: readonly MetricRow[] | null, lang: Lang, t: T): ChoroplethLegendText {
  const unit = metricDef(metric)?.unit ?? '';
  const digits = metricDigits(metric);
  const fmt = (v: number) => formatAmount(v, unit, lang, c.method === 'custom' ? Math.max(digits, 2) : digits);
  const ranges = classRanges(c.bins);
  const date = datesOf(rows, lang);
  return {
    title: unit ? t('legend.choropleth', { metric: metricName(metric, lang), unit: unitText(unit, 2, lang) }) : metricName(metric, lang),
    date: date ? t('legend.asOf', { date }) : null,
    rows: [
      ...c.bins.map((b, i) => ({
        colour: b.colour,
        label: t(`legend.class.${ranges[i]!.kind}`, { from: fmt(b.from), to: fmt(b.to) }),
        count: b.count,
        noData: false,
      })),
      ...(c.noData.length > 0 ? [{ colour: NO_DATA_COLOUR, label: t('legend.noData'), count: c.noData.length, noData: true }] : []),
    ],
  };
}

export function useChoroplethLegendText(): ChoroplethLegendText | null {
  const t = useT();
  const lang = useLang();
  const metric = useAppStore((s) => s.metric);
  const c = useClassification();
  const { rows } = useDistrictRows(metric);
  if (!c) return null;
  return choroplethLegendText(c, metric, rows, lang, t);
}

/** The class rows; `compact` drops the counts (the legend on the map). */
export function ChoroplethClasses({ legend, compact = false }: { legend: ChoroplethLegendText; compact?: boolean }) {
  const t = useT();
  return (
    <ul className="choro-classes">
      {legend.rows.map((r) => (
        <li key={r.label} data-colour={r.colour}>
          <span
            className={r.noData ? 'choro-classes__swatch choro-classes__swatch--nodata' : 'choro-classes__swatch'}
            style={{ background: r.colour }}
            aria-hidden="true"
          />
          <span className="choro-classes__label">{r.label}</span>
          {!compact && <span className="choro-classes__count">{t('legend.count', { count: r.count })}</span>}
        </li>
      ))}
    </ul>
  );
}
