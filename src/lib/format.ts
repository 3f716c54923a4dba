// The one formatter for figures: every number on screen goes through here with its unit,
// qualifier and date, so "more than 6.75 million people (Dec 2023)" reads the same everywhere.
// Numbers and plurals come from the language's Intl locale (the languages registry); words, word
// order, how large amounts are abbreviated and how lists are joined from its row in the
// figure-words table. Nothing here asks which language it is.
import type { Qualifier } from '../data/schemas';
import { languageOf, type Lang } from '../i18n/languages';
import { FIGURE_WORDS, MEASURE_UNITS, type CountNoun, type UnitId } from '../i18n/messages/format';
import { fill } from '../i18n/template';

// Building an Intl formatter costs far more than using one, and a selection re-renders hundreds of
// figures (details, chart labels, legend): one formatter per locale and options, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

function pluralRule(locale: string): Intl.PluralRules {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** Every digit, grouped as the locale groups them: "6,750,000". */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(languageOf(lang).locale, { maximumFractionDigits }).format(value);
}

function isKnownUnit(unit: string, lang: Lang): unit is UnitId {
  return Object.hasOwn(FIGURE_WORDS[lang].units, unit);
}

/** The form of a word for this value: one form, or the language's plural category of the value (Intl.PluralRules). */
function pluralForm(word: string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }), value: number, lang: Lang): string {
  if (typeof word === 'string') return word;
  return word[pluralRule(languageOf(lang).locale).select(value)] ?? word.other;
}

/** A unit as a word for this value ("person", "people", "人"). Unknown units are shown as given. */
export function unitText(unit: string, value: number, lang: Lang): string {
  if (!isKnownUnit(unit, lang)) return unit;
  return pluralForm(FIGURE_WORDS[lang].units[unit], value, lang);
}

/** A count of something the interface counts, number and noun: "1 point", "3 points", "1,200 rows", "3个点". */
export function countText(noun: CountNoun, value: number, lang: Lang): string {
  return fill(pluralForm(FIGURE_WORDS[lang].counts[noun], value, lang), { number: formatNumber(value, lang, 0) });
}

/** Whether this language abbreviates this amount ("675万"), leaving the exact figure one step away. */
function abbreviates(value: number, unit: string, lang: Lang): boolean {
  const compact = FIGURE_WORDS[lang].compact;
  if (!compact || Math.abs(value) < compact.from) return false;
  if (compact.units) return isKnownUnit(unit, lang) && compact.units.includes(unit);
  return !isKnownUnit(unit, lang) || !MEASURE_UNITS.includes(unit);
}

/**
 * The number of an amount of `unit` as the language writes it: "6,750,000" in English, "675万"
 * in Chinese. Measures and rates keep every digit. Chart labels and legends use this; a figure
 * with its unit and qualifier goes through `figureText`.
 */
export function formatAmount(value: number, unit: string, lang: Lang, maximumFractionDigits = 2): string {
  const compact = FIGURE_WORDS[lang].compact;
  if (!compact || !abbreviates(value, unit, lang)) return formatNumber(value, lang, maximumFractionDigits);
  // Rounded to the figure's own precision first, so the abbreviation never shows digits the
  // exact figure does not.
  const rounded = Number(value.toFixed(Math.min(maximumFractionDigits, 20)));
  return numberFormat(languageOf(lang).locale, {
    notation: 'compact',
    compactDisplay: compact.display,
    maximumFractionDigits: compact.fractionDigits,
  }).format(rounded);
}

export interface FigureLike {
  value: number;
  unit: string;
  qualifier: Qualifier | null;
}

export interface FigureText {
  /** As shown: "more than 408,000 permits" / "超过40.8万份". */
  text: string;
  /** Every digit, when `text` abbreviates the number ("超过408,000份"); null when `text` is exact. */
  exact: string | null;
}

function assemble(f: FigureLike, number: string, lang: Lang): string {
  const words = FIGURE_WORDS[lang];
  const glued = isKnownUnit(f.unit, lang) && words.gluedUnits.includes(f.unit);
  const figure = fill(glued ? words.patterns.glued : words.patterns.figure, { number, unit: unitText(f.unit, f.value, lang) });
  return f.qualifier ? fill(words.patterns.qualified, { qualifier: words.qualifiers[f.qualifier], figure }) : figure;
}

/** A figure as shown, and its exact form when the shown one is abbreviated. */
export function figureText(f: FigureLike, lang: Lang, maximumFractionDigits = 2): FigureText {
  const text = assemble(f, formatAmount(f.value, f.unit, lang, maximumFractionDigits), lang);
  if (!abbreviates(f.value, f.unit, lang)) return { text, exact: null };
  return { text, exact: assemble(f, formatNumber(f.value, lang, maximumFractionDigits), lang) };
}

/** "more than 408,000 permits" / "超过40.8万份". */
export function formatFigure(f: FigureLike, lang: Lang, maximumFractionDigits = 2): string {
  return figureText(f, lang, maximumFractionDigits).text;
}

/** Items of an enumeration joined as the language joins them: "a, b, c" / "a、b、c". */
export function formatList(items: readonly string[], lang: Lang): string {
  return items.join(FIGURE_WORDS[lang].listSeparator);
}

/** Dates are as precise as their source: "2023", "Dec 2023", "25 Feb 2022"; null means not stated. */
export function formatPartialDate(date: string | null, lang: Lang): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year, mo, d] = m;
  const words = FIGURE_WORDS[lang];
  const monthName = mo ? words.monthNames[Number(mo) - 1] : undefined;
  if (!monthName) return fill(words.patterns.year, { year: year! });
  const parts = { year: year!, month: Number(mo), monthName };
  return d ? fill(words.patterns.day, { ...parts, day: Number(d) }) : fill(words.patterns.month, parts);
}

/** A distance in metres as a short reading: "700 m", "1.5 km". */
export function formatDistance(metres: number, lang: Lang): string {
  const km = metres >= 1000;
  return fill(FIGURE_WORDS[lang].patterns.distance, {
    number: formatNumber(km ? metres / 1000 : metres, lang, km ? 1 : 0),
    unit: unitText(km ? 'km' : 'm', metres, lang),
  });
}

/** A radius of uncertainty: "±700 m", "±1.5 km". The one radius formatter in the app. */
export function formatRadius(metres: number, lang: Lang): string {
  return fill(FIGURE_WORDS[lang].patterns.radius, { distance: formatDistance(metres, lang) });
}

/** A wall-clock time, hours and minutes, as the language writes it (the presenter view's clock). */
export function formatClock(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(languageOf(lang).locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** Elapsed time as m:ss, or h:mm:ss from an hour (a talk's timer); digits in the language's numerals. */
export function formatElapsed(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => formatNumber(n, lang, 0).padStart(2, formatNumber(0, lang, 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${formatNumber(h, lang, 0)}:${two(m)}:${two(s)}` : `${formatNumber(m, lang, 0)}:${two(s)}`;
}
