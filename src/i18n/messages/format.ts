// How each language writes a figure: qualifier words, unit words, how it writes large amounts and
// lists, and the patterns that put number, unit and date parts in order. A table rather than
// catalogue messages because a unit has an English plural and a Chinese measure word; the
// formatter (src/lib/format.ts) reads it through the registry's Intl locale, so a new language is
// one more entry here.
import type { Qualifier } from '../../data/schemas';
import type { Lang } from '../languages';

type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface FigureWords {
  qualifiers: Record<Qualifier, string>;
  /** A unit as a word: one form, or one per plural category of the language (Intl.PluralRules). */
  units: Record<UnitId, string | PluralWords>;
  /** Units written against the number in this language ("10%"), beside `glued` in the pattern. */
  gluedUnits: readonly UnitId[];
  /**
   * Large amounts in the locale's compact notation from `from` up ("675万", "1.78 trillion"), with
   * at most `fractionDigits` decimals of the abbreviated number, for the units in `units` (all
   * counts and money when absent); the exact figure goes one step away (a tooltip, the citation).
   * null: every digit, always ("6,750,000").
   */
  compact: { from: number; fractionDigits: number; display: 'short' | 'long'; units?: readonly UnitId[] } | null;
  /** Between the items of an enumeration: sources, layers, legend entries. */
  listSeparator: string;
  patterns: {
    /** {number} {unit} */
    figure: string;
    glued: string;
    /** {qualifier} {figure} */
    qualified: string;
    /** A distance: {number} {unit}. */
    distance: string;
    /** A radius of uncertainty around a point: {distance}. */
    radius: string;
    /** {year}, {month} as a number, {monthName}, {day}. */
    year: string;
    month: string;
    day: string;
  };
  /** Short month names for {monthName}, January first. */
  monthNames: readonly string[];
  /**
   * Things the interface counts (rows of a file, points, datasets): `{number}` and the noun, one
   * form or one per plural category, like `units`. A message takes the whole phrase as one
   * placeholder, so "1 point will be added" and "3 points will be added" come from one sentence.
   */
  counts: Record<CountNoun, string | PluralWords>;
}

/** The counted things of the interface (countText in src/lib/format.ts). */
export const COUNT_NOUNS = ['points', 'rows', 'datasets', 'districts', 'moreSources', 'chapters'] as const;
export type CountNoun = (typeof COUNT_NOUNS)[number];

const EN_UNITS = {
  people: { one: 'person', other: 'people' },
  permits: { one: 'permit', other: 'permits' },
  applications: { one: 'application', other: 'applications' },
  years: { one: 'year', other: 'years' },
  incubators: { one: 'incubator', other: 'incubators' },
  'incubation carriers': { one: 'incubation carrier', other: 'incubation carriers' },
  enterprises: { one: 'enterprise', other: 'enterprises' },
  drugs: { one: 'drug', other: 'drugs' },
  devices: { one: 'device', other: 'devices' },
  employers: { one: 'employer', other: 'employers' },
  positions: { one: 'position', other: 'positions' },
  'working days': { one: 'working day', other: 'working days' },
  lectures: { one: 'lecture', other: 'lectures' },
  sessions: { one: 'session', other: 'sessions' },
  firms: { one: 'firm', other: 'firms' },
  units: { one: 'unit', other: 'units' },
  universities: { one: 'university', other: 'universities' },
  institutes: { one: 'institute', other: 'institutes' },
  labs: { one: 'lab', other: 'labs' },
  yuan: 'yuan',
  stations: { one: 'station', other: 'stations' },
  m: 'm',
  km2: 'km²',
  'people/km2': 'people/km²',
  sites: { one: 'site', other: 'sites' },
  '%': '%',
  'per 100k residents': 'per 100,000 residents',
  'units per 100k residents': 'units per 100,000 residents',
  'people per 100,000 residents': 'people per 100,000 residents',
  km: 'km',
} as const;

/** The units the data uses; a unit not listed is shown as written. */
export type UnitId = keyof typeof EN_UNITS;

/**
 * Measures and rates, in every language: never abbreviated, because "2.3万人/平方公里" or "3.39万人/
 * 10万人" reads worse than the digits. Everything else is a count or a sum of money.
 */
export const MEASURE_UNITS: readonly UnitId[] = [
  'm',
  'km',
  'km2',
  'people/km2',
  '%',
  'per 100k residents',
  'units per 100k residents',
  'people per 100,000 residents',
  'years',
  'working days',
];

export const FIGURE_WORDS: Record<Lang, FigureWords> = {
  en: {
    qualifiers: { 'more than': 'more than', 'at least': 'at least', about: 'about', nearly: 'nearly', 'up to': 'up to' },
    units: EN_UNITS,
    gluedUnits: ['%'],
    // Counts keep every digit; sums of money in the billions read better in words (1.78 trillion yuan).
    compact: { from: 1e9, fractionDigits: 3, display: 'long', units: ['yuan'] },
    listSeparator: ', ',
    patterns: {
      figure: '{number} {unit}',
      glued: '{number}{unit}',
      qualified: '{qualifier} {figure}',
      distance: '{number} {unit}',
      radius: '±{distance}',
      year: '{year}',
      month: '{monthName} {year}',
      day: '{day} {monthName} {year}',
    },
    monthNames: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    counts: {
      points: { one: '{number} point', other: '{number} points' },
      rows: { one: '{number} row', other: '{number} rows' },
      datasets: { one: '{number} dataset', other: '{number} datasets' },
      districts: { one: '{number} district', other: '{number} districts' },
      moreSources: { one: '{number} more source', other: '{number} more sources' },
      chapters: { one: '{number} chapter', other: '{number} chapters' },
    },
  },
  zh: {
    qualifiers: { 'more than': '超过', 'at least': '至少', about: '约', nearly: '近', 'up to': '最高' },
    units: {
      people: '人',
      permits: '份',
      applications: '件',
      years: '年',
      incubators: '家',
      'incubation carriers': '家孵化载体',
      enterprises: '家',
      drugs: '个',
      devices: '个',
      employers: '家',
      positions: '个',
      'working days': '个工作日',
      lectures: '场',
      sessions: '场',
      firms: '家',
      units: '套',
      universities: '所',
      institutes: '家',
      labs: '个',
      yuan: '元',
      stations: '个',
      m: '米',
      km2: '平方公里',
      'people/km2': '人/平方公里',
      sites: '处',
      '%': '%',
      'per 100k residents': '个/10万常住人口',
      'units per 100k residents': '套/10万常住人口',
      'people per 100,000 residents': '人/10万常住人口',
      km: '公里',
    },
    gluedUnits: [],
    compact: { from: 10000, fractionDigits: 2, display: 'short' },
    listSeparator: '、',
    patterns: {
      figure: '{number}{unit}',
      glued: '{number}{unit}',
      qualified: '{qualifier}{figure}',
      distance: '{number}{unit}',
      radius: '±{distance}',
      year: '{year}年',
      month: '{year}年{month}月',
      day: '{year}年{month}月{day}日',
    },
    monthNames: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    // No plural: one form, with the measure word.
    counts: { points: '{number}个点', rows: '{number}行', datasets: '{number}组数据', districts: '{number}个区', moreSources: '另有{number}个来源', chapters: '{number}章' },
  },
};
