// Sources as full citations for the printed page: publisher, title and date, in the reader's
// language and its punctuation ("Publisher, “Title”, Dec 2023." / "出版者：《标题》，2023年12月。").
// Nothing is shortened: a printed page has no hover to show the rest.
import type { Source } from '../data/schemas';
import { formatPartialDate } from '../lib/format';
import { languageOf, type Lang } from './languages';
import { markedText, translate } from './i18n';
import { publisherText, titleText } from './source-text';

/** One source as a citation. */
export function citationText(source: Source, lang: Lang): string {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);
  const own = titleText(source);
  const quoted = t('source.quotedTitle', { title: own.text });
  const foreign = own.language && own.language.code !== lang ? own.language.code : null;
  const title = foreign ? t('print.titleInLanguage', { title: quoted, mark: t('source.inLanguage', { language: t(`lang.name.${foreign as Lang}`) }) }) : quoted;
  const date = formatPartialDate(source.date, lang) ?? t('source.noDate');
  const publisher = publisherText(source, lang);
  return publisher ? t('print.citation', { publisher: markedText(publisher, lang), title, date }) : t('print.citationNoPublisher', { title, date });
}

/** The citations of a set of source ids, each once, in the language's alphabetical order. */
export function citationList(ids: Iterable<string>, sources: ReadonlyMap<string, Source>, lang: Lang): string[] {
  const texts = new Set<string>();
  for (const id of new Set(ids)) {
    const source = sources.get(id);
    if (source) texts.add(citationText(source, lang));
  }
  const collator = new Intl.Collator(languageOf(lang).locale);
  return [...texts].sort(collator.compare);
}
