// The languages registry: one entry per language the app speaks. Everything language-dependent that
// is not a message reads its entry — the html lang, the Intl locale for numbers and dates, the name
// in the language picker, and the suffix of the data's localized columns (name_en, name_zh, …).
// A new language is an entry here, its message catalogue, and its data columns.

export interface LanguageDef {
  /** The code in URLs, messages and the store. */
  code: string;
  /** The document's `lang` (BCP 47), which also picks the right CJK glyph shapes. */
  htmlLang: string;
  /** Intl locale for numbers and dates. */
  locale: string;
  /** How the language names itself in the picker. */
  nativeName: string;
  /** Suffix of the data's localized fields: `name_${fieldSuffix}`. */
  fieldSuffix: string;
  /** The picker's name where space is short (the presenter's language button). */
  shortName: string;
  /**
   * How its text sets: CJK labels read better spaced out and need less room per character, so
   * typography tables (map label spacing, chart axis width) are keyed by script, not by language.
   */
  script: Script;
}

export type Script = 'latin' | 'cjk';

export const LANGUAGES = [
  { code: 'en', htmlLang: 'en', locale: 'en-GB', nativeName: 'English', shortName: 'EN', fieldSuffix: 'en', script: 'latin' },
  { code: 'zh', htmlLang: 'zh-Hans', locale: 'zh-CN', nativeName: '中文', shortName: '中文', fieldSuffix: 'zh', script: 'cjk' },
] as const satisfies readonly LanguageDef[];

export type Lang = (typeof LANGUAGES)[number]['code'];
export type FieldSuffix = (typeof LANGUAGES)[number]['fieldSuffix'];

export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);

/** The language a reader gets when nothing else says: also the fallback for missing fields. */
export const DEFAULT_LANG: Lang = 'en';

export function languageOf(code: Lang): LanguageDef {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

/** Every language but this one, in registry order: where a panel also shows a name's other forms. */
export function otherLanguages(code: Lang): LanguageDef[] {
  return LANGUAGES.filter((l) => l.code !== code);
}

/** The language after this one, wrapping round: a one-button switch cycles through them all. */
export function nextLanguage(code: Lang): Lang {
  const i = LANGS.indexOf(code);
  return LANGS[(i + 1) % LANGS.length]!;
}
