// Horizontal bars, one per district, largest first. A district with no value gets no bar and the
// words "no data" in its row, so a gap is never read as a zero. Bars and the map share the store's
// selection and hover, which is all "linked" needs.
//
// Speed: the chart itself never reads the selection or the hover. Each bar (BarRect) asks the store
// whether it is the selected or hovered district, so a click or a hover re-renders the one or two
// bars whose answer changed, not recharts' whole tree (about 500 components, which cost a frame's
// worth of main thread on every selection).
import { useMemo } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery } from '../../data/queries';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { languageOf, type Script } from '../../i18n/languages';
import { useAppStore } from '../../store/app-store';
import { formatAmount, formatFigure } from '../../lib/format';
import { metricDigits, type MetricRow } from '../../lib/metrics';
import { metricDef } from '../../lib/metric-registry';
import { metricName } from '../../i18n/metric-names';
import type { Metric } from '../../lib/vocabulary';

/** From the page's chart colours (app.css), so a theme restyles the bars with the text. */
const COLOURS = {
  bar: 'var(--chart-bar)',
  featured: 'var(--chart-featured)',
  selected: 'var(--chart-selected)',
  hover: 'var(--chart-hover)',
} as const;
const ROW_HEIGHT = 22;
/** Room for district names beside the bars: a CJK name is a few wide characters, a Latin one many narrow ones. */
const NAME_AXIS_WIDTH: Record<Script, number> = { latin: 110, cjk: 70 };

// Module constants: react compares props shallowly, so new objects each render would redraw the tooltip.
const TOOLTIP_STYLE = { background: 'var(--paper)', borderColor: 'var(--line)', color: 'var(--ink)' } as const;
const TOOLTIP_ITEM_STYLE = { color: 'var(--ink)' } as const;

interface Datum {
  code: string;
  name: string;
  featured: boolean;
  value: number | null;
  row: MetricRow;
}

interface TickProps {
  x: number | string;
  y: number | string;
  payload: { value: unknown; index: number };
}

/**
 * A district's name on the axis, and "no data" where its bar would start when it has no value:
 * recharts leaves a null value out of the bars and their labels, and an empty row must not read as zero.
 */
function NameTick({ x, y, payload, datum, noData }: TickProps & { datum: Datum | undefined; noData: string }) {
  return (
    <g>
      <text x={x} y={y} dy="0.355em" textAnchor="end" fontSize={12} className="metric-chart__name">
        {String(payload.value)}
      </text>
      {datum?.value === null && (
        <text x={Number(x) + 10} y={y} dy="0.355em" textAnchor="start" fontSize={11} className="metric-chart__no-data" data-no-data="">
          {noData}
        </text>
      )}
    </g>
  );
}

/** Which of the two highlights, if any, a district's bar shows: the selection wins over the hover. */
function useBarState(code: string): 'selected' | 'hover' | null {
  // A string or null, so the bar re-renders only when its own answer changes.
  return useAppStore((s) =>
    s.selection?.kind === 'district' && s.selection.id === code ? 'selected' : s.hover?.kind === 'district' && s.hover.id === code ? 'hover' : null,
  );
}

/** One bar: its fill from the classes (or featured/plain), with the selection or the hover over it. */
function BarRect({
  x,
  y,
  width,
  height,
  code,
  baseFill,
  compared,
  classed,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  code: string;
  baseFill: string;
  compared: boolean;
  /** Coloured by the choropleth's classes: a thin outline keeps light classes visible. */
  classed: boolean;
}) {
  const state = useBarState(code);
  const fill = state === 'selected' ? COLOURS.selected : state === 'hover' ? COLOURS.hover : baseFill;
  return (
    <rect
      x={x}
      y={y}
      width={Math.max(0, width)}
      height={height}
      // A style, not the attribute: the colours are CSS variables, which attributes do not read.
      style={{ fill, cursor: 'pointer' }}
      rx={2}
      data-code={code}
      data-fill={fill}
      stroke={compared ? 'var(--ink, #1d2733)' : classed ? '#6b6b6b' : undefined}
      strokeWidth={compared ? 2.5 : classed ? 0.75 : undefined}
      data-selected={state === 'selected' ? 'true' : undefined}
      data-compared={compared ? 'true' : undefined}
    />
  );
}

export default function MetricChart({ rows, metric, colours }: { rows: MetricRow[]; metric: Metric; colours?: Record<string, string> | undefined }) {
  const t = useT();
  const lang = useLang();
  const { data: districts } = useQuery(districtsQuery);
  const select = useAppStore((s) => s.select);
  const setHover = useAppStore((s) => s.setHover);
  const digits = metricDigits(metric);
  // The labels abbreviate as the metric's figures do ("568.15万").
  const unit = metricDef(metric)?.unit ?? '';

  const data: Datum[] = useMemo(() => {
    const byCode = new Map(districts?.features.map((f) => [f.properties.code, f.properties]));
    return rows.map((row) => {
      const d = byCode.get(row.code);
      return { code: row.code, name: d ? nameOf(d, lang) : row.code, featured: d?.featured ?? false, value: row.value, row };
    });
  }, [rows, districts, lang]);

  // The two districts compared in the Analyse panel are outlined, whatever their fill.
  const compare = useAppStore((s) => s.analysis.compare);
  const compared = (code: string) => compare !== null && compare.includes(code);

  const valueText = (d: Datum) =>
    d.value === null ? t('common.noData') : formatFigure({ value: d.value, unit: d.row.unit, qualifier: d.row.qualifier }, lang, digits);

  return (
    <div data-testid="metric-chart" className="metric-chart" style={{ height: data.length * ROW_HEIGHT + 40 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 84, bottom: 4, left: 4 }} barCategoryGap={3}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis
            type="category"
            dataKey="name"
            width={NAME_AXIS_WIDTH[languageOf(lang).script]}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={(props: TickProps) => <NameTick {...props} datum={data[props.payload.index]} noData={t('common.noData')} />}
          />
          <Tooltip
            cursor={{ fill: 'var(--chart-cursor)' }}
            contentStyle={TOOLTIP_STYLE}
            itemStyle={TOOLTIP_ITEM_STYLE}
            formatter={(_v, _n, item) => [valueText(item.payload as Datum), metricName(metric, lang)]}
          />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            onClick={(d) => {
              const code = (d as unknown as { payload?: Datum }).payload?.code;
              if (code) select({ kind: 'district', id: code });
            }}
            onMouseEnter={(d) => {
              const code = (d as unknown as { payload?: Datum }).payload?.code;
              if (code) setHover({ kind: 'district', id: code });
            }}
            onMouseLeave={() => setHover(null)}
            shape={(props: unknown) => {
              const p = props as { x: number; y: number; width: number; height: number; fill: string; payload: Datum };
              return (
                <BarRect
                  x={p.x}
                  y={p.y}
                  width={p.width}
                  height={p.height}
                  code={p.payload.code}
                  baseFill={p.fill}
                  compared={compared(p.payload.code)}
                  classed={Boolean(colours)}
                />
              );
            }}
          >
            {data.map((d) => (
              <Cell
                key={d.code}
                // The fill without selection or hover; BarRect puts those on top.
                fill={colours?.[d.code] ? colours[d.code] : d.featured ? COLOURS.featured : COLOURS.bar}
              />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              fontSize={11}
              // No-break spaces: recharts wraps a label at its spaces ("1.78 / trillion") to fit the bar.
              formatter={(v: unknown) => (typeof v === 'number' ? formatAmount(v, unit, lang, digits).replaceAll(' ', '\u00a0') : t('common.noData'))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {/* The same figures as a table for screen readers and for copying. */}
      <table className="visually-hidden">
        <caption>{metricName(metric, lang)}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.code}>
              <th scope="row">{d.name}</th>
              <td>{valueText(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
