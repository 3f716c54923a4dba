// Reading a record's text in the reader's language. The data carries one column per language
// (`name_en`, `name_zh`, …) and the tour one key per language ({en, zh}). When the reader's
// language has no text, the default language's text is returned and flagged, so the screen can
// mark it ("(English)") and set its `lang`, rather than passing English off as a translation.
// A column may say where its text comes from in `<column>_status` (`name_zh_status`): `translation`
// (written for this project, not a name in use: flagged so the screen marks it) or `none` (no text
// in that language: read as missing, so the default language's text is shown, marked).
import { DEFAULT_LANG, languageOf, type FieldSuffix, type Lang, type LanguageDef } from './languages';

export interface LocalizedText {
  text: string;
  /** The language the text is actually in: the reader's, or the default one when `fallback`. */
  language: LanguageDef;
  fallback: boolean;
  /** Written for this project rather than taken from use: shown marked, never as an official name. */
  translated?: true;
}

/** A record with a column per language for `F`; any of them may be missing or null. */
export type LocalizedRecord<F extends string> = { readonly [K in `${F}_${FieldSuffix}`]?: string | null };

/** The column that holds `field` in a language: `fieldName('name', 'zh')` is `name_zh`. */
export function fieldName<F extends string>(field: F, language: Lang): `${F}_${FieldSuffix}` {
  return `${field}_${languageOf(language).fieldSuffix as FieldSuffix}`;
}

function resolve(language: Lang | LanguageDef): LanguageDef {
  return typeof language === 'string' ? languageOf(language) : language;
}

function present(v: unknown): v is string {
  return typeof v === 'string' && v !== '';
}

function translation(status: unknown): { translated?: true } {
  return status === 'translation' ? { translated: true } : {};
}

function pickText(
  read: (l: LanguageDef) => unknown,
  language: Lang | LanguageDef,
  status: (l: LanguageDef) => unknown = () => undefined,
): LocalizedText | null {
  const wanted = resolve(language);
  const own = read(wanted);
  const ownStatus = status(wanted);
  if (present(own) && ownStatus !== 'none') return { text: own, language: wanted, fallback: false, ...translation(ownStatus) };
  const fallbackLanguage = languageOf(DEFAULT_LANG);
  const fallback = read(fallbackLanguage);
  return present(fallback) ? { text: fallback, language: fallbackLanguage, fallback: true, ...translation(status(fallbackLanguage)) } : null;
}

/**
 * `record[field_<suffix>]` in the reader's language, else the default language's, flagged.
 * Null when the record has the field in neither (an optional note nobody wrote).
 */
export function localized<F extends string>(record: LocalizedRecord<F>, field: F, language: Lang | LanguageDef): LocalizedText | null {
  const columns = record as Readonly<Record<string, unknown>>;
  return pickText(
    (l) => columns[`${field}_${l.fieldSuffix}`],
    language,
    (l) => columns[`${field}_${l.fieldSuffix}_status`],
  );
}

/** Whether any language's text of `field` was written for this project: the details say so once. */
export function hasTranslation<F extends string>(record: LocalizedRecord<F>, field: F, languages: readonly LanguageDef[]): boolean {
  return languages.some((l) => localized(record, field, l)?.translated === true);
}

/** The same reading for text keyed by language code, as the tour writes its titles: `{en, zh}`. */
export function inLanguage(texts: Readonly<Partial<Record<string, string>>>, language: Lang | LanguageDef): LocalizedText | null {
  return pickText((l) => texts[l.code], language);
}
