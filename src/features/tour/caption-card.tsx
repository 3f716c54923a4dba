// The caption card beside (or, on a narrow screen, under) the map: where the tour is, the
// chapter's story with its figures and sources, and the buttons that move on.
import { useQuery } from '@tanstack/react-query';
import { factsQuery, sitesQuery } from '../../data/queries';
import type { TourChapter, TourFile } from '../../data/schemas';
import { SourceRef } from '../../components/source-ref';
import { LocalizedSpan } from '../../components/localized-span';
import { useLang, useT } from '../../i18n/i18n';
import { languageOf } from '../../i18n/languages';
import { inLanguage } from '../../i18n/localized';
import { useAppStore } from '../../store/app-store';
import type { TourCommand } from '../../lib/tour-nav';
import { ChapterFigures } from './chapter-figures';
import { Distances, Unmapped } from './chapter-lists';
import { PresenterControls } from './presenter-controls';

export function CaptionCard({ tour, chapter, n, run }: { tour: TourFile; chapter: TourChapter; n: number; run: (c: TourCommand) => void }) {
  const t = useT();
  const lang = useLang();
  const count = tour.chapters.length;
  const autoplay = useAppStore((s) => s.autoplay);
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

      <ChapterFigures ids={chapter.facts} facts={facts.data} />

      {chapter.distances.length > 0 && sites.data && <Distances chapter={chapter} sites={sites.data} />}
      {chapter.list_unmapped && sites.data && <Unmapped sites={sites.data} />}

      <p className="presenter__sources">
        <span>{t('tour.sources')}:</span>
        {chapter.sources.map((id) => (
          <SourceRef key={id} id={id} bare />
        ))}
      </p>

      <PresenterControls n={n} count={count} run={run} />
      {autoplay !== null && (
        <p className="presenter__autoplay" role="status">
          {t('tour.autoplay.status', { seconds: autoplay })}
        </p>
      )}
      <p className="presenter__keys">{t('tour.keys')}</p>
    </section>
  );
}
