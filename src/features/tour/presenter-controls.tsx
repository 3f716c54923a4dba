// The caption card's buttons. Each runs the same command its key runs (see tour-nav), so a
// clicker, the keyboard and a pointer all move the tour the same way.
import { useLang, useT } from '../../i18n/i18n';
import { languageOf, nextLanguage } from '../../i18n/languages';
import { useAppStore } from '../../store/app-store';
import type { TourCommand } from '../../lib/tour-nav';
import { toggleFullscreen, useIsFullscreen } from './fullscreen';

/** Seconds per chapter when autoplay is switched on from the button (a link can ask for any other). */
export const DEFAULT_AUTOPLAY_SECONDS = 15;

interface ControlsProps {
  n: number;
  count: number;
  step: number;
  steps: number;
  run: (c: TourCommand) => void;
  extra?: React.ReactNode;
}

export function PresenterControls({ n, count, step, steps, run, extra }: ControlsProps) {
  const t = useT();
  const lang = useLang();
  const autoplay = useAppStore((s) => s.autoplay);
  const setAutoplay = useAppStore((s) => s.setAutoplay);
  const setLang = useAppStore((s) => s.setLang);
  const fullscreen = useIsFullscreen();
  const other = languageOf(nextLanguage(lang));

  return (
    <div className="presenter__controls" role="group" aria-label={t('tour.controls')}>
      <button type="button" className="presenter__button" onClick={() => run({ kind: 'previous' })} disabled={n === 1 && step === 1} aria-label={step > 1 ? t('tour.previousStep') : t('tour.previous')}>
        <span aria-hidden="true">←</span>
      </button>
      <button type="button" className="presenter__button presenter__button--next" onClick={() => run({ kind: 'next' })} disabled={n === count && step >= steps} aria-label={step < steps ? t('tour.continue') : t('tour.next')}>
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
      <button type="button" className="presenter__button presenter__button--text" lang={other.htmlLang} aria-label={t('tour.language')} onClick={() => setLang(nextLanguage(lang))}>
        {other.shortName}
      </button>
      <button type="button" className="presenter__button presenter__button--text" onClick={() => run({ kind: 'exit' })}>
        {t('tour.exit')}
      </button>
      {extra}
    </div>
  );
}
