// How a source is named to a reader. The publisher is read like any localized field: its
// established Chinese name where one exists (`publisher_zh`), else the name it publishes under,
// flagged as being in English. The title is never translated — it is the cited work's own — so it
// only carries the language it is written in, for its `lang` and a small marker.
import type { Source } from '../data/schemas';
import { LANGUAGES, type LanguageDef, type Lang } from './languages';
import { localized, type LocalizedText } from './localized';

/** A source that does not name its publisher says "(not stated)" in that column. */
function publisherStated(source: Source): boolean {
  return !source.publisher.startsWith('(');
}

/** The publisher in the reader's language, or null when the source does not name one. */
export function publisherText(source: Source, lang: Lang): LocalizedText | null {
  if (!publisherStated(source)) return null;
  return localized({ publisher_en: source.publisher, publisher_zh: source.publisher_zh ?? null }, 'publisher', lang);
}

/** The title as the work has it, with the language it is in when the data says. */
export function titleText(source: Source): { text: string; language: LanguageDef | null } {
  return { text: source.title, language: LANGUAGES.find((l) => l.code === source.title_lang) ?? null };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A short name for a citation button or a list of sources: the publisher and year, or, for a
 * source that names no publisher, the start of its title.
 */
export function shortSourceName(
  source: Source,
  lang: Lang,
): { text: string; language: LanguageDef | null; year: string | null; isTitle: boolean } {
  const publisher = publisherText(source, lang);
  const year = source.date ? source.date.slice(0, 4) : null;
  if (publisher) return { text: truncate(publisher.text, 40), language: publisher.language, year, isTitle: false };
  const title = titleText(source);
  return { text: truncate(title.text, 32), language: title.language, year, isTitle: true };
}
