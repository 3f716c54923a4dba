// Colour the districts by the chart's metric: method, number of classes, editable breaks, and the
// legend drawn from the same classification as the map paint and the chart bars.
import { useId, useState } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { formatNumber } from '../../lib/format';
import { metricDigits } from '../../lib/metrics';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, parseBreaks, type ClassMethod } from '../../lib/classify';
import { ChoroplethClasses, useChoroplethLegendText } from '../map/choropleth-classes';
import { useClassification } from '../../derived/analysis';

export function ChoroplethSection() {
  const t = useT();
  const lang = useLang();
  const metric = useAppStore((s) => s.metric);
  const choro = useAppStore((s) => s.analysis.choropleth);
  const breaks = useAppStore((s) => s.analysis.breaks);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const c = useClassification();
  const digits = metricDigits(metric);
  const fmt = (v: number) => formatNumber(v, lang, digits);
  // The box shows the breaks in force until the user types; a new classification resets it.
  const [draft, setDraft] = useState<{ base: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const helpId = useId();
  const errorId = useId();

  // The breaks in force, as the legend writes them (rounded by the classification itself).
  const shown = c ? c.breaks.join(', ') : '';
  const text = draft && draft.base === shown ? draft.text : shown;
  const setText = (value: string) => setDraft({ base: shown, text: value });

  const apply = () => {
    if (!c) return;
    const check = parseBreaks(text, c.min, c.max);
    if (!check.ok) {
      setError(`${t(`analysis.breaks.${check.reason}`, { min: fmt(c.min), max: fmt(c.max) })} ${t('analysis.breaks.kept')}`);
      return;
    }
    setError(null);
    setAnalysis({ breaks: check.breaks });
  };

  return (
    <section className="analysis__section" aria-labelledby={`${helpId}-h`}>
      <h3 id={`${helpId}-h`}>{t('analysis.choro.title')}</h3>
      <label className="analysis__check">
        <input
          type="checkbox"
          checked={choro !== null}
          onChange={(e) => {
            setAnalysis({ choropleth: e.target.checked ? (choro ?? { method: 'jenks', classes: 5 }) : null, breaks: null });
            if (e.target.checked) setLayerVisible('districts', true);
          }}
        />
        <span>{t('analysis.choro.toggle')}</span>
      </label>
      {choro && (
        <div className="analysis__grid">
          <label>
            <span>{t('analysis.choro.method')}</span>
            <select
              value={choro.method}
              onChange={(e) => setAnalysis({ choropleth: { ...choro, method: e.target.value as ClassMethod }, breaks: null })}
            >
              {CLASS_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`analysis.method.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('analysis.choro.classes')}</span>
            <select value={choro.classes} onChange={(e) => setAnalysis({ choropleth: { ...choro, classes: Number(e.target.value) }, breaks: null })}>
              {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i).map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          {c && c.bins.length > 0 && (
            <form
              className="analysis__breaks"
              onSubmit={(e) => {
                e.preventDefault();
                apply();
              }}
            >
              <label>
                <span>{t('analysis.choro.breaks')}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  aria-describedby={error ? `${helpId} ${errorId}` : helpId}
                  aria-invalid={error ? true : undefined}
                />
              </label>
              <p id={helpId} className="analysis__help">
                {t('analysis.choro.breaksHelp', { min: fmt(c.min), max: fmt(c.max) })}
              </p>
              {error && (
                <p id={errorId} className="analysis__error" role="alert">
                  {error}
                </p>
              )}
              <div className="analysis__buttons">
                <button type="submit">{t('analysis.choro.apply')}</button>
                {breaks && (
                  <button
                    type="button"
                    onClick={() => {
                      setError(null);
                      setAnalysis({ breaks: null });
                    }}
                  >
                    {t('analysis.choro.reset')}
                  </button>
                )}
              </div>
            </form>
          )}
        </div>
      )}
      {choro && c && <ChoroplethLegend />}
    </section>
  );
}

/** The legend: the metric with unit and date, one row per class with its range and count, then "no data". */
export function ChoroplethLegend() {
  const t = useT();
  const choro = useAppStore((s) => s.analysis.choropleth);
  const c = useClassification();
  const legend = useChoroplethLegendText();
  if (!c || !choro || !legend) return null;
  return (
    <figure className="choro-legend" data-testid="choropleth-legend">
      <figcaption>
        {t('analysis.legend.title', { metric: legend.title })}
        {legend.date && <span className="choro-legend__date"> · {legend.date}</span>}
      </figcaption>
      {c.bins.length === 0 && <p>{t('analysis.legend.empty')}</p>}
      <ChoroplethClasses legend={legend} />
      <p className="analysis__help">
        {c.method === 'custom' ? t('analysis.method.custom') : t(`analysis.method.${c.method}`)}
        {c.bins.length > 0 && c.bins.length < choro.classes && c.method !== 'custom' ? ` · ${t('analysis.legend.fewer', { count: c.bins.length })}` : ''}
      </p>
    </figure>
  );
}
