/**
 * The presenter view (`?mode=presenter-view`): the speaker's own window on the laptop while the
 * audience's window is on the projector. It shows the current chapter, what comes next, the
 * speaker notes, the time elapsed and the clock. The clicker and keyboard work here as in the
 * audience's window; the two stay in step through a BroadcastChannel (use-tour-sync.ts), and each
 * keeps working if the other is closed. Default-exported for Root's lazy import.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TourFile } from '../../data/schemas';
import { LocalizedSpan } from '../../components/localized-span';
import { useLang, useT } from '../../i18n/i18n';
import { inLanguage } from '../../i18n/localized';
import { formatClock, formatElapsed } from '../../lib/format';
import { clampChapter, commandForKey, targetPosition, type TourCommand } from '../../lib/tour-nav';
import { LAST_STEP } from '../../lib/tour-steps';
import { useAppStore } from '../../store/app-store';
import { currentStep, goToPosition, useStep } from './tour-position';
import { usePresentedTour } from './use-presented-tour';
import { useTourSync } from './use-tour-sync';
import './speaker-window.css';

export default function SpeakerWindow() {
  const t = useT();
  const presented = usePresentedTour();
  if (presented.state === 'ready') return <Speaker tour={presented.tour} />;
  return (
    <div className="speaker speaker--message" role={presented.state === 'loading' ? 'status' : 'alert'}>
      {presented.state === 'loading' ? t('tour.loading') : t('tour.unavailable')}
    </div>
  );
}

function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

function Speaker({ tour }: { tour: TourFile }) {
  const t = useT();
  const lang = useLang();
  const count = tour.chapters.length;
  const n = clampChapter(useAppStore((s) => s.chapter), count);
  const step = useStep();
  const sync = useTourSync('speaker', count);
  const steps = sync.remoteSteps ?? 1;
  const shownStep = Math.min(step, steps);
  const chapter = tour.chapters[n - 1]!;
  const next = tour.chapters[n] ?? null;
  const [started, setStarted] = useState(() => Date.now());
  const now = useNow(1000);
  const notes = chapter.notes ? inLanguage({ en: chapter.notes.en || undefined, zh: chapter.notes.zh || undefined }, lang) : null;

  useEffect(() => {
    document.title = `${t('speaker.title')} · ${inLanguage(chapter.title, lang)?.text ?? ''}`;
  }, [t, chapter, lang]);

  const run = useCallback(
    (command: TourCommand) => {
      if (command.kind === 'exit' || command.kind === 'fullscreen') return;
      const at = { chapter: n, step: Math.min(currentStep(), steps) };
      const to = targetPosition(command, at, count, steps, false, LAST_STEP);
      if (to) goToPosition(to);
    },
    [n, count, steps],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof Element && e.target.closest('input, select, textarea, [contenteditable="true"]')) return;
      const command = commandForKey(e);
      if (!command || command.kind === 'exit' || command.kind === 'fullscreen') return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return (
    <div className="speaker" data-chapter={n} data-step={shownStep}>
      <header className="speaker__bar">
        <span className="speaker__progress">
          {t('tour.progress', { n, count })}
          {steps > 1 && ` · ${t('tour.step', { step: shownStep, steps })}`}
        </span>
        <span className="speaker__link" role="status">
          {sync.peer ? t('speaker.linked') : t('speaker.alone')}
        </span>
        <span className="speaker__time">
          {t('speaker.elapsed')} <strong data-testid="speaker-elapsed">{formatElapsed(now - started, lang)}</strong>
          <button type="button" onClick={() => setStarted(Date.now())}>
            {t('speaker.resetTimer')}
          </button>
        </span>
        <span className="speaker__time">
          {t('speaker.clock')} <strong>{formatClock(new Date(now), lang)}</strong>
        </span>
      </header>
      <main className="speaker__main">
        <section className="speaker__now" aria-labelledby="speaker-now">
          <h2>{t('speaker.now')}</h2>
          <h1 id="speaker-now">
            <LocalizedSpan value={inLanguage(chapter.title, lang)} />
          </h1>
          <p className="speaker__text">
            <LocalizedSpan value={inLanguage(chapter.text, lang)} />
          </p>
        </section>
        <section className="speaker__notes" aria-labelledby="speaker-notes">
          <h2 id="speaker-notes">{t('speaker.notes')}</h2>
          <p>{notes ? <LocalizedSpan value={notes} /> : t('speaker.noNotes')}</p>
        </section>
        <section className="speaker__next" aria-labelledby="speaker-next">
          <h2 id="speaker-next">{t('speaker.next')}</h2>
          {shownStep < steps && <p className="speaker__part">{t('tour.step', { step: shownStep + 1, steps })}</p>}
          <p>{next ? <LocalizedSpan value={inLanguage(next.title, lang)} /> : t('speaker.end')}</p>
        </section>
      </main>
      <footer className="speaker__controls">
        <button type="button" onClick={() => run({ kind: 'previous' })} aria-label={t('tour.previous')}>
          ←
        </button>
        <button type="button" onClick={() => run({ kind: 'next' })} aria-label={t('tour.next')}>
          →
        </button>
        <span>{t('speaker.keys')}</span>
      </footer>
    </div>
  );
}
