// The one formatter for figures: every number on screen goes through here with its unit,
// qualifier and date, so "more than 6.75 million people (Dec 2023)" reads the same everywhere.
// Numbers and plurals come from the language's Intl locale (the languages registry); words and
// word order from its row in the figure-words table.
import type { Qualifier } from '../data/schemas';
import { languageOf, type Lang } from '../i18n/languages';
import { FIGURE_WORDS, type UnitId } from '../i18n/messages/format';
import { fill } from '../i18n/template';

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(languageOf(lang).locale, { maximumFractionDigits }).format(value);
}

function isKnownUnit(unit: string, lang: Lang): unit is UnitId {
  return Object.hasOwn(FIGURE_WORDS[lang].units, unit);
}

/** A unit as a word for this value ("person", "people", "人"). Unknown units are shown as given. */
export function unitText(unit: string, value: number, lang: Lang): string {
  if (!isKnownUnit(unit, lang)) return unit;
  const word = FIGURE_WORDS[lang].units[unit];
  if (typeof word === 'string') return word;
  return word[new Intl.PluralRules(languageOf(lang).locale).select(value)] ?? word.other;
}

export interface FigureLike {
  value: number;
  unit: string;
  qualifier: Qualifier | null;
}

/** "more than 408,000 permits" / "超过408,000份". */
export function formatFigure(f: FigureLike, lang: Lang, maximumFractionDigits = 2): string {
  const words = FIGURE_WORDS[lang];
  const glued = isKnownUnit(f.unit, lang) && words.gluedUnits.includes(f.unit);
  const figure = fill(glued ? words.patterns.glued : words.patterns.figure, {
    number: formatNumber(f.value, lang, maximumFractionDigits),
    unit: unitText(f.unit, f.value, lang),
  });
  return f.qualifier ? fill(words.patterns.qualified, { qualifier: words.qualifiers[f.qualifier], figure }) : figure;
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
