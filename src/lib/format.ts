// The one formatter for figures: every number on screen goes through here with its unit,
// qualifier and date, so "more than 6.75 million people (Dec 2023)" reads the same everywhere.
import type { Qualifier } from '../data/schemas';
import type { Lang } from './vocabulary';

const QUALIFIER_TEXT: Record<Qualifier, Record<Lang, string>> = {
  'more than': { en: 'more than', zh: '超过' },
  'at least': { en: 'at least', zh: '至少' },
  about: { en: 'about', zh: '约' },
  nearly: { en: 'nearly', zh: '近' },
  'up to': { en: 'up to', zh: '最高' },
};

/** Unit words: English singular/plural and Chinese measure word. Unknown units are shown as given. */
const UNITS: Record<string, { en: [string, string]; zh: string }> = {
  people: { en: ['person', 'people'], zh: '人' },
  permits: { en: ['permit', 'permits'], zh: '份' },
  applications: { en: ['application', 'applications'], zh: '件' },
  years: { en: ['year', 'years'], zh: '年' },
  incubators: { en: ['incubator', 'incubators'], zh: '家' },
  'incubation carriers': { en: ['incubation carrier', 'incubation carriers'], zh: '家孵化载体' },
  enterprises: { en: ['enterprise', 'enterprises'], zh: '家' },
  drugs: { en: ['drug', 'drugs'], zh: '个' },
  devices: { en: ['device', 'devices'], zh: '个' },
  employers: { en: ['employer', 'employers'], zh: '家' },
  positions: { en: ['position', 'positions'], zh: '个' },
  'working days': { en: ['working day', 'working days'], zh: '个工作日' },
  lectures: { en: ['lecture', 'lectures'], zh: '场' },
  sessions: { en: ['session', 'sessions'], zh: '场' },
  firms: { en: ['firm', 'firms'], zh: '家' },
  units: { en: ['unit', 'units'], zh: '套' },
  universities: { en: ['university', 'universities'], zh: '所' },
  institutes: { en: ['institute', 'institutes'], zh: '家' },
  labs: { en: ['lab', 'labs'], zh: '个' },
  yuan: { en: ['yuan', 'yuan'], zh: '元' },
  m: { en: ['m', 'm'], zh: '米' },
  km2: { en: ['km²', 'km²'], zh: '平方公里' },
  'people/km2': { en: ['people/km²', 'people/km²'], zh: '人/平方公里' },
  sites: { en: ['site', 'sites'], zh: '处' },
  '%': { en: ['%', '%'], zh: '%' },
  'per 100k residents': { en: ['per 100,000 residents', 'per 100,000 residents'], zh: '个/10万常住人口' },
  'units per 100k residents': { en: ['units per 100,000 residents', 'units per 100,000 residents'], zh: '套/10万常住人口' },
  km: { en: ['km', 'km'], zh: '公里' },
};

const GLUED_UNITS = new Set(['%']);

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits }).format(value);
}

export function unitText(unit: string, value: number, lang: Lang): string {
  const known = UNITS[unit];
  if (!known) return unit;
  if (lang === 'zh') return known.zh;
  return value === 1 ? known.en[0] : known.en[1];
}

export interface FigureLike {
  value: number;
  unit: string;
  qualifier: Qualifier | null;
}

/** "more than 408,000 permits" / "超过408,000份". */
export function formatFigure(f: FigureLike, lang: Lang, maximumFractionDigits = 2): string {
  const n = formatNumber(f.value, lang, maximumFractionDigits);
  const unit = unitText(f.unit, f.value, lang);
  const q = f.qualifier ? QUALIFIER_TEXT[f.qualifier][lang] : '';
  if (lang === 'zh') return `${q}${n}${unit}`;
  const body = GLUED_UNITS.has(f.unit) ? `${n}${unit}` : `${n} ${unit}`;
  return q ? `${q} ${body}` : body;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Dates are as precise as their source: "2023", "Dec 2023", "25 Feb 2022"; null means not stated. */
export function formatPartialDate(date: string | null, lang: Lang): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (lang === 'zh') return `${y}年${mo ? `${Number(mo)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  const month = mo ? MONTHS_EN[Number(mo) - 1] : undefined;
  if (!month) return y!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Distance in metres as a short reading: "±700 m", "±1.5 km". */
export function formatRadius(metres: number, lang: Lang): string {
  if (metres < 1000) return `±${formatNumber(metres, lang, 0)} ${lang === 'zh' ? '米' : 'm'}`;
  return `±${formatNumber(metres / 1000, lang, 1)} ${lang === 'zh' ? '公里' : 'km'}`;
}
