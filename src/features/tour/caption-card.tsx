// The caption card beside (or, on a narrow screen, under) the map: where the tour is, the
// chapter's story with its figures and sources, and the buttons that move on. A chapter longer
// than the screen continues on further steps of the same chapter (→ continues first), measured on
// this screen, so nothing is ever cut off and the controls stay in view.
import { useLayoutEffect, useState } from 'react';
import type { TourChapter, TourFile } from '../../data/schemas';
import { LocalizedSpan } from '../../components/localized-span';
import { useLang, useT } from '../../i18n/i18n';
import { languageOf } from '../../i18n/languages';
import { inLanguage } from '../../i18n/localized';
import { useAppStore } from '../../store/app-store';
import { clampStep } from '../../lib/tour-steps';
import type { TourCommand } from '../../lib/tour-nav';
import { ChapterBody, useBlockKeys, type BlockKey } from './chapter-body';
import { PresenterControls } from './presenter-controls';
import { useChapterSteps } from './use-chapter-steps';
import { useStep, useStepStore } from './tour-position';

interface CardProps {
  tour: TourFile;
  chapter: TourChapter;
  n: number;
  run: (c: TourCommand) => void;
  /** The card's element, for the map's padding (the camera keeps clear of the card's real box). */
  cardRef?: (el: HTMLElement | null) => void;
  /** Extra buttons beside the tour's own (the presenter view, the tour builder). */
  extra?: React.ReactNode;
}

export function CaptionCard({ tour, chapter, n, run, cardRef, extra }: CardProps) {
  const t = useT();
  const lang = useLang();
  const count = tour.chapters.length;
  const autoplay = useAppStore((s) => s.autoplay);
  const storedStep = useStep();
  const [body, setBody] = useState<HTMLElement | null>(null);
  const [copy, setCopy] = useState<HTMLElement | null>(null);
  const keys = useBlockKeys(chapter);
  const starts = useChapterSteps(keys, copy, body, `${chapter.id}:${lang}`);
  const steps = starts.length;
  const step = clampStep(storedStep, steps);
  const from = starts[step - 1] ?? 0;
  const to = starts[step] ?? keys.length;
  const onStep = new Set(keys.slice(from, to));
  const show = (key: BlockKey) => onStep.has(key);
  const titleId = `tour-chapter-${chapter.id}`;
  // Only a browser that lays pages out can measure; elsewhere (jsdom) the chapter is one step.
  const canMeasure = typeof ResizeObserver !== 'undefined';
  // The keys and the other window navigate with this screen's count of steps.
  useLayoutEffect(() => useStepStore.getState().setSteps(steps), [steps]);

  return (
    <section ref={cardRef} className="presenter__card" aria-labelledby={titleId} lang={languageOf(lang).htmlLang} data-step={step} data-steps={steps}>
      <header className="presenter__head">
        <p className="presenter__progress" aria-live="polite">
          <span>{t('tour.progress', { n, count })}</span>
          {steps > 1 && <span className="presenter__step">{t('tour.step', { step, steps })}</span>}
        </p>
        <div className="presenter__bar" role="progressbar" aria-valuemin={1} aria-valuemax={count} aria-valuenow={n} aria-label={t('tour.progress', { n, count })}>
          <div className="presenter__bar-fill" style={{ width: `${(n / count) * 100}%` }} />
        </div>
        <h1 id={titleId} className="presenter__title">
          <LocalizedSpan value={inLanguage(chapter.title, lang)} />
        </h1>
      </header>

      <div className="presenter__body" ref={setBody} data-testid="tour-body">
        <ChapterBody chapter={chapter} show={show} />
      </div>

      <footer className="presenter__foot">
        <PresenterControls n={n} count={count} step={step} steps={steps} run={run} extra={extra} />
        {autoplay !== null && (
          <p className="presenter__autoplay" role="status">
            {t('tour.autoplay.status', { seconds: autoplay })}
          </p>
        )}
        <p className="presenter__keys">{t('tour.keys')}</p>
      </footer>

      {canMeasure && (
        <div className="presenter__measure" aria-hidden="true" inert>
          <div className="presenter__body presenter__body--measure" ref={setCopy}>
            <ChapterBody chapter={chapter} show={() => true} measuring />
          </div>
        </div>
      )}
    </section>
  );
}
