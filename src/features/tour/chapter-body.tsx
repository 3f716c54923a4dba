// The part of the caption card under the title: the chapter's words, the sources of those words,
// its figures and its lists, each cut into blocks a step can hold (see use-chapter-steps.ts). The
// same component draws the visible step (`show` picks the blocks, sentences joined into one
// paragraph) and the hidden measuring copy (every block, each sentence its own paragraph, so a
// measured height is never less than the drawn one).
import { useQuery } from '@tanstack/react-query';
import { factsQuery, sitesQuery } from '../../data/queries';
import type { TourChapter } from '../../data/schemas';
import { SourceRef } from '../../components/source-ref';
import { LocalizedSpan } from '../../components/localized-span';
import { useLang, useT } from '../../i18n/i18n';
import { inLanguage, type LocalizedText } from '../../i18n/localized';
import { splitSentences } from '../../lib/tour-steps';
import { ChapterFigure } from './chapter-figures';
import { useDistanceRows, useUnmappedNames } from './chapter-lists';

/** Block keys: `s:<i>` sentence, `src` sources, `f:<i>` figure, `dh`/`d:<i>` distances, `uh`/`u:<i>` unmapped. */
export type BlockKey = string;

export function useChapterText(chapter: TourChapter): { value: LocalizedText | null; sentences: string[] } {
  const lang = useLang();
  const value = inLanguage(chapter.text, lang);
  return { value, sentences: value ? splitSentences(value.text) : [] };
}

export function ChapterBody({ chapter, show, measuring = false }: { chapter: TourChapter; show: (key: BlockKey) => boolean; measuring?: boolean }) {
  const t = useT();
  const facts = useQuery(factsQuery).data;
  const { value, sentences } = useChapterText(chapter);
  const distances = useDistanceRows(chapter);
  const unmapped = useUnmappedNames(chapter.list_unmapped);
  const shownSentences = sentences.map((s, i) => ({ s, i })).filter(({ i }) => show(`s:${i}`));
  const figures = chapter.facts.map((id, i) => ({ id, i })).filter(({ i }) => show(`f:${i}`));
  const shownDistances = distances.map((d, i) => ({ d, i })).filter(({ i }) => show(`d:${i}`));
  const shownUnmapped = unmapped.map((u, i) => ({ u, i })).filter(({ i }) => show(`u:${i}`));
  // The measuring copy is read by position only: no ids, no test ids, nothing a reader can reach.
  const block = (key: BlockKey) => (measuring ? { 'data-block': key } : {});

  return (
    <>
      {measuring
        ? shownSentences.map(({ s, i }) => (
            <p key={i} className="presenter__text" {...block(`s:${i}`)}>
              {s}
            </p>
          ))
        : shownSentences.length > 0 &&
          value && (
            <p className="presenter__text" data-testid="tour-caption">
              <LocalizedSpan value={{ ...value, text: shownSentences.map(({ s }) => s).join('') }} />
            </p>
          )}

      {show('src') && (
        <p className="presenter__sources" {...block('src')}>
          <span>{t('tour.sources')}:</span>
          {chapter.sources.map((id) => (
            <SourceRef key={id} id={id} bare />
          ))}
        </p>
      )}

      {figures.length > 0 && (
        <ul className="presenter__figures" aria-label={measuring ? undefined : t('tour.figures')}>
          {figures.map(({ id, i }) => (
            <li key={id} {...block(`f:${i}`)}>
              <ChapterFigure id={id} facts={facts} />
            </li>
          ))}
        </ul>
      )}

      {(show('dh') || shownDistances.length > 0) && (
        <div className="presenter__list">
          {show('dh') && <h2 {...block('dh')}>{t('tour.distances')}</h2>}
          <ul>
            {shownDistances.map(({ d, i }) => (
              <li key={d.key} {...block(`d:${i}`)}>
                {d.text}
              </li>
            ))}
          </ul>
        </div>
      )}

      {(show('uh') || shownUnmapped.length > 0) && chapter.list_unmapped && (
        <div className="presenter__list">
          {show('uh') && <h2 {...block('uh')}>{t('tour.unmapped')}</h2>}
          {unmapped.length === 0 ? (
            show('uh') && <p>{t('tour.unmappedNone')}</p>
          ) : (
            <ul className="presenter__unmapped">
              {shownUnmapped.map(({ u, i }) => (
                <li key={u.id} {...block(`u:${i}`)}>
                  {u.name}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** Every block key of a chapter, in reading order (what the measuring copy draws). */
export function useBlockKeys(chapter: TourChapter): BlockKey[] {
  const { sentences } = useChapterText(chapter);
  const distances = useDistanceRows(chapter);
  const unmapped = useUnmappedNames(chapter.list_unmapped);
  return [
    ...sentences.map((_, i) => `s:${i}`),
    'src',
    ...chapter.facts.map((_, i) => `f:${i}`),
    ...(distances.length > 0 ? ['dh', ...distances.map((_, i) => `d:${i}`)] : []),
    ...(chapter.list_unmapped ? ['uh', ...unmapped.map((_, i) => `u:${i}`)] : []),
  ];
}

/** Hook users that need sites loaded first (the lists) get them here, so the body and the keys agree. */
export function useListsReady(chapter: TourChapter): boolean {
  const sites = useQuery(sitesQuery);
  return !(chapter.distances.length > 0 || chapter.list_unmapped) || sites.data !== undefined;
}
