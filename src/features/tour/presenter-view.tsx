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
import type { TourChapter, TourFile } from '../../data/schemas';
import { useLang, useT } from '../../i18n/i18n';
import { tourProblemText } from '../../i18n/tour-problem-text';
import { applyUrlState, useAppStore } from '../../store/app-store';
import { urlStateOf } from '../../lib/url-state';
import { clampChapter, commandForKey, targetPosition, zoomForMapSize, type TourCommand } from '../../lib/tour-nav';
import { LAST_STEP } from '../../lib/tour-steps';
import type { Camera, Selection } from '../../lib/vocabulary';
import { CaptionCard } from './caption-card';
import { toggleFullscreen } from './fullscreen';
import { useAutoplay } from './use-autoplay';
import { useMapPadding } from './use-map-padding';
import { currentStep, goToPosition, useStepStore } from './tour-position';
import { usePresentedTour } from './use-presented-tour';
import { useTourSync } from './use-tour-sync';
import { TourLinks } from './tour-links';
import './presenter.css';

const MapView = lazy(() => import('../map/map-view'));

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
  const lang = useLang();
  const presented = usePresentedTour();
  if (presented.state === 'ready') return <PresenterTour tour={presented.tour} />;
  const failed = presented.state !== 'loading';
  return (
    <div className="presenter presenter--message" role={failed ? 'alert' : 'status'}>
      <p>
        {presented.state === 'loading'
          ? t('tour.loading')
          : presented.state === 'missing'
            ? t('tour.savedMissing')
            : presented.state === 'invalid'
              ? t('tour.savedInvalid')
              : t('tour.unavailable')}
      </p>
      {presented.state === 'invalid' && (
        <ul className="presenter__problems">
          {presented.problems.map((p, i) => (
            <li key={i}>{tourProblemText(p, lang)}</li>
          ))}
        </ul>
      )}
      {failed && (
        <p className="presenter__message-actions">
          {presented.state === 'error' && (
            <button type="button" onClick={presented.retry}>
              {t('tour.retry')}
            </button>
          )}
          {(presented.state === 'invalid' || presented.state === 'missing') && (
            <button type="button" onClick={() => useAppStore.setState({ mode: 'build' })}>
              {t('tour.edit')}
            </button>
          )}
          <button type="button" onClick={() => useAppStore.getState().setMode('explore')}>
            {t('tour.backToDashboard')}
          </button>
        </p>
      )}
    </div>
  );
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
  const [card, setCard] = useState<HTMLElement | null>(null);
  const { padding, visible } = useMapPadding(card);
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

  // Each chapter shows its own layers (and metric, where it names one); leaving keeps them.
  useEffect(() => {
    useAppStore.setState(chapter.metric ? { layers: chapter.layers, metric: chapter.metric } : { layers: chapter.layers });
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
        // Opened as a link to that view is opened: through the same path, so the chapter's camera
        // becomes a request the dashboard's map serves (and replaces any request still waiting).
        applyUrlState({ ...urlStateOf(store), mode: 'explore', autoplay: null, camera, selection: first, layers: chapter.layers });
        return;
      }
      if (command.kind === 'fullscreen') {
        toggleFullscreen();
        return;
      }
      const { steps } = useStepStore.getState();
      const step = currentStep();
      const next = targetPosition(command, { chapter: n, step: Math.min(step, steps) }, count, steps, false, LAST_STEP);
      if (next !== null) goToPosition(next);
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

  useAutoplay(autoplay, n, count);
  // The speaker's presenter view, if one is open, follows this window and can move it.
  useTourSync('audience', count);

  return (
    <div className="presenter" data-chapter={n}>
      <div className="presenter__map">
        {ready && (
          <Suspense fallback={<p className="presenter__map-loading">{t('common.loadingMap')}</p>}>
            <MapView className="talent-map--projector" highlights={highlights} />
          </Suspense>
        )}
      </div>
      <CaptionCard tour={tour} chapter={chapter} n={n} run={run} cardRef={setCard} extra={<TourLinks />} />
    </div>
  );
}
