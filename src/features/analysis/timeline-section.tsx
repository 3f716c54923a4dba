// The timeline: a year slider with play/pause that filters the sites on the map (through the layer
// registry's filter), a chart of openings per year linked to the slider, and the undated sites
// listed by name so nothing disappears silently.
import { useEffect, useId, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, sitesQuery } from '../../data/queries';
import { SourceRef } from '../../components/source-ref';
import { formatPartialDate } from '../../lib/format';
import { useLang, useT } from '../../i18n/i18n';
import { LocalizedName } from '../../components/localized-span';
import { useAppStore } from '../../store/app-store';
import { openingsPerYear } from '../../lib/timeline';
import { openedYear } from '../../lib/geo';
import { create } from 'zustand';
import { useInView } from '../../derived/analysis';

const STEP_MS = 900;
const usePlaying = create<{ playing: boolean; set: (p: boolean) => void }>()((set) => ({ playing: false, set: (playing) => set({ playing }) }));

export function TimelineSection() {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const sites = useQuery(sitesQuery).data;
  const areas = useQuery(areasQuery).data;
  const year = useAppStore((s) => s.analysis.year);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  const playing = usePlaying((s) => s.playing);
  const setPlaying = usePlaying((s) => s.set);

  const inView = useInView();
  const here = useMemo(() => (sites ?? []).filter((s) => !inView || inView.site(s)), [sites, inView]);
  const dated = useMemo(() => here.filter((s) => s.opened).map((s) => ({ site: s, year: openedYear(s.opened)! })), [here]);
  const undated = useMemo(() => here.filter((s) => !s.opened), [here]);
  const years = dated.map((d) => d.year);
  const min = years.length ? Math.min(...years) : 2000;
  const max = years.length ? Math.max(...years) : 2025;
  const bins = useMemo(() => openingsPerYear(dated.map((d) => d.year)), [dated]);
  const firstBinYear = bins.find((b) => b.year !== null)?.year ?? min;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = useAppStore.getState().analysis.year;
      if (current === null || current >= max) {
        setPlaying(false);
        return;
      }
      useAppStore.getState().setAnalysis({ year: current + 1 });
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, max, setPlaying]);
  // Turning the timeline off stops playback.
  useEffect(() => {
    if (year === null && playing) setPlaying(false);
  }, [year, playing, setPlaying]);

  const shown = year === null ? dated.length : dated.filter((d) => d.year <= year).length;
  const peak = Math.max(1, ...bins.map((b) => b.count));

  return (
    <section className="analysis__section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('analysis.time.title')}</h3>
      <label className="analysis__check">
        <input type="checkbox" checked={year !== null} onChange={(e) => setAnalysis({ year: e.target.checked ? max : null })} />
        <span>{t('analysis.time.toggle')}</span>
      </label>
      {year !== null && (
        <>
          <div className="analysis__timeline">
            <button
              type="button"
              onClick={() => {
                if (!playing && year >= max) setAnalysis({ year: firstBinYear });
                setPlaying(!playing);
              }}
            >
              {playing ? t('analysis.time.pause') : t('analysis.time.play')}
            </button>
            <label>
              <span className="visually-hidden">{t('analysis.time.year')}</span>
              <input
                type="range"
                min={min}
                max={max}
                step={1}
                value={year}
                aria-label={t('analysis.time.year')}
                aria-valuetext={String(year)}
                onChange={(e) => setAnalysis({ year: Number(e.target.value) })}
              />
            </label>
            <output className="analysis__year">{year}</output>
          </div>
          <p role="status">{t('analysis.time.shown', { year, count: shown, total: dated.length })}</p>
        </>
      )}
      <figure className="timeline-chart">
        <figcaption>{t('analysis.time.chart')}</figcaption>
        <div className="timeline-chart__bars" data-testid="timeline-chart">
          {bins.map((b) => {
            const label = b.year === null ? `<${b.before}` : String(b.year);
            const active = year === null || (b.year === null ? true : b.year <= year);
            return (
              <button
                key={label}
                type="button"
                className={active ? 'timeline-chart__bar timeline-chart__bar--on' : 'timeline-chart__bar'}
                aria-pressed={b.year !== null && b.year === year}
                onClick={() => setAnalysis({ year: b.year ?? (b.before ?? min) - 1 })}
              >
                {/* The name comes from this text, not aria-label, so what is seen ("’10") is part of
                    what is announced (WCAG 2.5.3, checked by axe in the browser tests). */}
                <span className="visually-hidden">{`${label}: ${b.count}`}</span>
                <span className="timeline-chart__fill" style={{ height: `${(b.count / peak) * 100}%` }} />
                <span className="timeline-chart__label" aria-hidden="true">
                  {b.year === null ? label : `’${String(b.year).slice(2)}`}
                </span>
              </button>
            );
          })}
        </div>
      </figure>
      {undated.length > 0 && (
        <>
          <p className="analysis__help">{t('analysis.time.undated', { count: undated.length })}</p>
          <ul className="analysis__list" data-testid="undated-list">
            {undated.map((s) => (
              <li key={s.id}>
                <LocalizedName of={s} />
              </li>
            ))}
          </ul>
        </>
      )}
      {areas && areas.features.length > 0 && (
        <>
          <p className="analysis__help">{t('analysis.time.areas')}</p>
          <ul className="analysis__list" data-testid="area-dates">
            {areas.features.map(({ properties: a }) => (
              <li key={a.id}>
                <LocalizedName of={a} />:{' '}
                {a.established ? (
                  <>
                    {t('analysis.time.areaFrom', { date: formatPartialDate(a.established, lang) ?? a.established })}{' '}
                    {a.established_source_id && <SourceRef id={a.established_source_id} />}
                  </>
                ) : (
                  t('analysis.time.areaUndated')
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
