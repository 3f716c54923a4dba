/**
 * The presenter view (`?mode=present`): the map fills the screen, a caption card tells the
 * chapter's story with its figures and sources, and a clicker or keyboard moves through the tour.
 * Default-exported so Root can lazy-load it: the dashboard never pays for it.
 *
 * State: the chapter and the autoplay interval live in the store (and so in the URL); the layers
 * and the camera are the store's own, set from the chapter, so leaving with Esc opens the
 * dashboard on the very view the audience was looking at.
 */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, factsQuery, sitesQuery, tourQuery } from '../../data/queries';
import type { Fact, Site, TourChapter, TourFile } from '../../data/schemas';
import { FactFigure } from '../../components/figure';
import { SourceRef } from '../../components/source-ref';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { languageOf, nextLanguage } from '../../i18n/languages';
import { inLanguage } from '../../i18n/localized';
import { LocalizedSpan } from '../../components/localized-span';
import { metricLabel } from '../../i18n/messages/metrics';
import { useAppStore, type CameraPadding } from '../../store/app-store';
import { formatNumber } from '../../lib/format';
import { roundDistanceKm, straightLine } from '../../lib/straight-line';
import { clampChapter, commandForKey, targetChapter, zoomForMapSize, type TourCommand } from '../../lib/tour-nav';
import type { Camera, Selection } from '../../lib/vocabulary';
import './presenter.css';

const MapView = lazy(() => import('../map/map-view'));

/** Seconds per chapter when autoplay is switched on from the button (a link can ask for any other). */
export const DEFAULT_AUTOPLAY_SECONDS = 15;
/** Same breakpoint as the caption card's CSS: side panel above, bottom sheet below. */
const NARROW_QUERY = '(max-width: 820px)';

export function chapterCamera(c: TourChapter): Camera {
  return { lng: c.camera.center[0], lat: c.camera.center[1], zoom: c.camera.zoom, bearing: c.camera.bearing, pitch: c.camera.pitch };
}

export function chapterHighlights(c: TourChapter): Selection[] {
  return c.highlight.map((ref) => {
    const at = ref.indexOf(':');
    return { kind: ref.slice(0, at) as Selection['kind'], id: ref.slice(at + 1) };
  });
}

export default function PresenterView() {
  const t = useT();
  const tour = useQuery(tourQuery);
  if (tour.data) return <PresenterTour tour={tour.data} />;
  return (
    <div className="presenter presenter--message" role={tour.isError ? 'alert' : 'status'}>
      <p>{tour.isError ? t('tour.unavailable') : t('tour.loading')}</p>
      {tour.isError && (
        <p className="presenter__message-actions">
          <button type="button" onClick={() => void tour.refetch()}>
            {t('tour.retry')}
          </button>
          <button type="button" onClick={() => useAppStore.getState().setMode('explore')}>
            {t('tour.backToDashboard')}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * Room the caption card takes over the map, so the chapter's camera centres on what is visible,
 * and the size of the map left visible.
 */
function useMapPadding(): { padding: CameraPadding; visible: { width: number; height: number } } {
  const [size, setSize] = useState(() => ({ w: window.innerWidth, h: window.innerHeight }));
  useEffect(() => {
    const on = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return useMemo(() => {
    const narrow = window.matchMedia?.(NARROW_QUERY).matches ?? size.w <= 820;
    // Mirrors presenter.css: the card is clamp(360px, 36vw, 760px) wide, or 55vh tall when narrow.
    if (narrow) {
      const bottom = Math.round(size.h * 0.55);
      return { padding: { top: 0, left: 0, right: 0, bottom }, visible: { width: size.w, height: size.h - bottom } };
    }
    const left = Math.round(Math.min(760, Math.max(360, size.w * 0.36)));
    return { padding: { top: 0, bottom: 0, right: 0, left }, visible: { width: size.w - left, height: size.h } };
  }, [size]);
}

function PresenterTour({ tour }: { tour: TourFile }) {
  const t = useT();
  const count = tour.chapters.length;
  const rawChapter = useAppStore((s) => s.chapter);
  const autoplay = useAppStore((s) => s.autoplay);
  const n = clampChapter(rawChapter, count);
  const chapter = tour.chapters[n - 1]!;
  const camera = useMemo(() => chapterCamera(chapter), [chapter]);
  const highlights = useMemo(() => chapterHighlights(chapter), [chapter]);
  const { padding, visible } = useMapPadding();
  // The chapter's view, fitted to this screen (the tour is written for a projector).
  const view = useMemo(() => ({ ...camera, zoom: zoomForMapSize(camera.zoom, visible.width, visible.height) }), [camera, visible]);
  const [ready, setReady] = useState(false);

  // Each chapter (and a resized screen) asks the map to fly there, clear of the caption card. A
  // layout effect, so that on entering the tour the request is in the store before the map exists:
  // the map then opens on it.
  useLayoutEffect(() => {
    useAppStore.getState().requestCamera({ kind: 'directed', camera: view, padding });
  }, [view, padding]);

  // Before the map mounts: nothing selected, the chapter's layers.
  useLayoutEffect(() => {
    useAppStore.setState({ selection: null, hover: null, layers: chapter.layers });
    // The map must mount after the store holds the chapter's request (it reads it once, at creation).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
    // Only once: later chapters' layers follow in the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A link to chapter 40 of 10 shows (and then links to) the last chapter.
  useEffect(() => {
    if (rawChapter !== n) useAppStore.getState().setChapter(n);
  }, [rawChapter, n]);

  // Each chapter shows its own layers; leaving keeps them.
  useEffect(() => {
    useAppStore.setState({ layers: chapter.layers });
  }, [chapter]);

  const run = useCallback(
    (command: TourCommand) => {
      const store = useAppStore.getState();
      if (command.kind === 'exit') {
        // Back to the dashboard on the same view: this chapter's camera, layers and first feature.
        const first = chapterHighlights(chapter)[0] ?? null;
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        // The chapter stays in the store (the dashboard's URL does not carry it), so nothing here
        // re-renders on another chapter's layers on the way out.
        useAppStore.setState({ mode: 'explore', autoplay: null, camera, selection: first, layers: chapter.layers });
        return;
      }
      if (command.kind === 'fullscreen') {
        toggleFullscreen();
        return;
      }
      const next = targetChapter(command, n, count);
      if (next !== null && next !== store.chapter) store.setChapter(next);
    },
    [chapter, camera, n, count],
  );

  // --- keyboard and clicker -------------------------------------------------------------------
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Any input stops a kiosk loop: the presenter has taken over.
      if (useAppStore.getState().autoplay !== null) useAppStore.getState().setAutoplay(null);
      if (e.target instanceof Element && e.target.closest('input, select, textarea, [contenteditable="true"]')) return;
      const command = commandForKey(e);
      if (!command) return;
      // An open citation closes on Esc by itself; the tour stays.
      if (command.kind === 'exit' && document.querySelector('.source-ref__button[aria-expanded="true"]')) return;
      e.preventDefault();
      // Captured before the map's own keyboard handler, which would pan on the arrows.
      e.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [run]);

  // --- autoplay -------------------------------------------------------------------------------
  useEffect(() => {
    if (autoplay === null) return;
    const timer = setTimeout(() => {
      const next = targetChapter({ kind: 'next' }, n, count, true);
      if (next !== null) useAppStore.getState().setChapter(next);
    }, autoplay * 1000);
    return () => clearTimeout(timer);
  }, [autoplay, n, count]);

  useEffect(() => {
    if (autoplay === null) return;
    const stop = (e: Event) => {
      // The autoplay button toggles by itself; everything else stops the loop.
      if (e.target instanceof Element && e.target.closest('[data-autoplay-toggle]')) return;
      useAppStore.getState().setAutoplay(null);
    };
    const events = ['pointerdown', 'wheel', 'touchstart'] as const;
    for (const ev of events) window.addEventListener(ev, stop, { capture: true, passive: true });
    return () => {
      for (const ev of events) window.removeEventListener(ev, stop, { capture: true });
    };
  }, [autoplay]);

  return (
    <div className="presenter" data-chapter={n}>
      <div className="presenter__map">
        {ready && (
          <Suspense fallback={<p className="presenter__map-loading">{t('common.loadingMap')}</p>}>
            <MapView className="talent-map--projector" highlights={highlights} />
          </Suspense>
        )}
      </div>
      <Caption tour={tour} chapter={chapter} n={n} run={run} />
    </div>
  );
}

function toggleFullscreen(): void {
  // A browser that refuses (an iframe without allowfullscreen, a kiosk policy) leaves the tour as it is.
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function useIsFullscreen(): boolean {
  const [on, setOn] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return on;
}

function Caption({ tour, chapter, n, run }: { tour: TourFile; chapter: TourChapter; n: number; run: (c: TourCommand) => void }) {
  const t = useT();
  const lang = useLang();
  const count = tour.chapters.length;
  const autoplay = useAppStore((s) => s.autoplay);
  const setAutoplay = useAppStore((s) => s.setAutoplay);
  const setLang = useAppStore((s) => s.setLang);
  const fullscreen = useIsFullscreen();
  const facts = useQuery(factsQuery);
  const sites = useQuery(sitesQuery);
  const titleId = `tour-chapter-${chapter.id}`;

  return (
    <section className="presenter__card" aria-labelledby={titleId} lang={languageOf(lang).htmlLang}>
      <p className="presenter__progress" aria-live="polite">
        {t('tour.progress', { n, count })}
      </p>
      <div className="presenter__bar" role="progressbar" aria-valuemin={1} aria-valuemax={count} aria-valuenow={n} aria-label={t('tour.progress', { n, count })}>
        <div className="presenter__bar-fill" style={{ width: `${(n / count) * 100}%` }} />
      </div>
      <h1 id={titleId} className="presenter__title">
        <LocalizedSpan value={inLanguage(chapter.title, lang)} />
      </h1>
      <p className="presenter__text" data-testid="tour-caption">
        <LocalizedSpan value={inLanguage(chapter.text, lang)} />
      </p>

      {chapter.facts.length > 0 && (
        <ul className="presenter__figures" aria-label={t('tour.figures')}>
          {chapter.facts.map((id) => (
            <li key={id}>
              <ChapterFigure id={id} facts={facts.data} />
            </li>
          ))}
        </ul>
      )}

      {chapter.distances.length > 0 && sites.data && <Distances chapter={chapter} sites={sites.data} />}
      {chapter.list_unmapped && sites.data && <Unmapped sites={sites.data} />}

      <p className="presenter__sources">
        <span>{t('tour.sources')}:</span>
        {chapter.sources.map((id) => (
          <SourceRef key={id} id={id} bare />
        ))}
      </p>

      <div className="presenter__controls" role="group" aria-label={t('tour.controls')}>
        <button type="button" className="presenter__button" onClick={() => run({ kind: 'previous' })} disabled={n === 1} aria-label={t('tour.previous')}>
          <span aria-hidden="true">←</span>
        </button>
        <button type="button" className="presenter__button presenter__button--next" onClick={() => run({ kind: 'next' })} disabled={n === count} aria-label={t('tour.next')}>
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="presenter__button"
          data-autoplay-toggle=""
          aria-pressed={autoplay !== null}
          aria-label={autoplay !== null ? t('tour.autoplay.stop') : t('tour.autoplay.start')}
          title={autoplay !== null ? t('tour.autoplay.stop') : t('tour.autoplay.start')}
          onClick={() => setAutoplay(autoplay !== null ? null : DEFAULT_AUTOPLAY_SECONDS)}
        >
          <span aria-hidden="true">{autoplay !== null ? '❚❚' : '▶'}</span>
        </button>
        <button
          type="button"
          className="presenter__button"
          aria-pressed={fullscreen}
          aria-label={fullscreen ? t('tour.exitFullscreen') : t('tour.fullscreen')}
          title={fullscreen ? t('tour.exitFullscreen') : t('tour.fullscreen')}
          onClick={toggleFullscreen}
        >
          <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
            <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </button>
        <button type="button" className="presenter__button presenter__button--text" lang={languageOf(nextLanguage(lang)).htmlLang} aria-label={t('tour.language')} onClick={() => setLang(nextLanguage(lang))}>
          {languageOf(nextLanguage(lang)).shortName}
        </button>
        <button type="button" className="presenter__button presenter__button--text" onClick={() => run({ kind: 'exit' })}>
          {t('tour.exit')}
        </button>
      </div>
      {autoplay !== null && (
        <p className="presenter__autoplay" role="status">
          {t('tour.autoplay.status', { seconds: autoplay })}
        </p>
      )}
      <p className="presenter__keys">{t('tour.keys')}</p>
    </section>
  );
}

/** What a fact is about, by name: "Changning", "Shanghai Light Source"; null for city-wide facts. */
function useSubjectName(fact: Fact | undefined): string | null {
  const lang = useLang();
  const sites = useQuery(sitesQuery).data;
  const areas = useQuery(areasQuery).data;
  const districts = useQuery(districtsQuery).data;
  if (!fact) return null;
  const named = (rec: { name_en: string; name_zh: string } | undefined) => (rec ? nameOf(rec, lang) : fact.subject);
  switch (fact.scope) {
    case 'site':
      return named(sites?.find((s) => s.id === fact.subject));
    case 'area':
      return named(areas?.features.find((a) => a.properties.id === fact.subject)?.properties);
    case 'district':
      return named(districts?.features.find((d) => d.properties.code === fact.subject)?.properties);
    default:
      return null;
  }
}

/** A figure of the chapter, from facts.json: the tour names the fact, the data says the number. */
function ChapterFigure({ id, facts }: { id: string; facts: readonly Fact[] | undefined }) {
  const t = useT();
  const lang = useLang();
  const fact = facts?.find((f) => f.id === id);
  const subject = useSubjectName(fact);
  if (!facts) return <p className="presenter__figure-pending">{t('common.loading')}</p>;
  // The build refuses unknown fact ids; a stale facts file in the cache is the only way here.
  if (!fact) return <p className="presenter__figure-missing">{t('tour.figureMissing', { id })}</p>;
  const metric = metricLabel(fact.metric, lang);
  return <FactFigure fact={fact} label={subject ? `${subject} · ${metric}` : metric} large compact />;
}

function Distances({ chapter, sites }: { chapter: TourChapter; sites: readonly Site[] }) {
  const t = useT();
  const lang = useLang();
  const rows = chapter.distances.flatMap((d) => {
    const from = sites.find((s) => s.id === d.from);
    const to = sites.find((s) => s.id === d.to);
    const line = from && to ? straightLine(from, to) : null;
    if (!from || !to || !line) return [];
    const { km, plusMinusKm } = roundDistanceKm(line);
    return [{ key: `${d.from}-${d.to}`, text: t('tour.distance', { from: nameOf(from, lang), to: nameOf(to, lang), km: formatNumber(km, lang, 1), plusMinus: formatNumber(plusMinusKm, lang, 1) }) }];
  });
  if (rows.length === 0) return null;
  return (
    <div className="presenter__list">
      <h2>{t('tour.distances')}</h2>
      <ul>
        {rows.map((r) => (
          <li key={r.key}>{r.text}</li>
        ))}
      </ul>
    </div>
  );
}

function Unmapped({ sites }: { sites: readonly Site[] }) {
  const t = useT();
  const lang = useLang();
  const unmapped = sites.filter((s) => s.lon === null || s.lat === null);
  return (
    <div className="presenter__list">
      <h2>{t('tour.unmapped')}</h2>
      {unmapped.length === 0 ? (
        <p>{t('tour.unmappedNone')}</p>
      ) : (
        <ul className="presenter__unmapped">
          {unmapped.map((s) => (
            <li key={s.id}>{nameOf(s, lang)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
