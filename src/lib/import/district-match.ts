// Matching a table's district cell to a district code. People write a district many ways:
// "Pudong", "Pudong New Area", "pudong new district", "浦东", "浦东新区", "上海市浦东新区", "310115".
// Each district's English and Chinese names and its code give a set of variants (suffixes such as
// 区 / 新区 / District / New Area removed, case, spaces and punctuation ignored); a cell matches
// only if it equals one of them after the same normalisation. No fuzzy matching: "Pudon" or "浦"
// must stay unmatched and be listed, because a wrong district is worse than a listed row.
export interface DistrictNames {
  code: string;
  name_en: string;
  name_zh: string;
}

const EN_SUFFIXES = ['newarea', 'newdistrict', 'district', 'county', 'qu'];
const ZH_SUFFIXES = ['新区', '区', '县'];
const PREFIXES = ['上海市', '上海', 'shanghaishi', 'shanghai'];

/** Case, width, accents, spaces and punctuation removed: the form every comparison uses. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’‘`\-_.,()（）·]+/gu, '');
}

function stripOnce(text: string, affixes: readonly string[], at: 'start' | 'end'): string {
  for (const a of affixes) {
    if (at === 'end' && text.length > a.length && text.endsWith(a)) return text.slice(0, -a.length);
    if (at === 'start' && text.length > a.length && text.startsWith(a)) return text.slice(a.length);
  }
  return text;
}

/** The core of a name: normalised, without a city prefix or a district suffix. */
export function coreName(text: string): string {
  const n = stripOnce(normaliseName(text), PREFIXES, 'start');
  return stripOnce(stripOnce(n, EN_SUFFIXES, 'end'), ZH_SUFFIXES, 'end');
}

export interface DistrictMatcher {
  /** The district code a cell names, or null. */
  match: (cell: string) => string | null;
}

export function districtMatcher(districts: readonly DistrictNames[]): DistrictMatcher {
  const byKey = new Map<string, string>();
  const add = (key: string, code: string) => {
    if (!key) return;
    // A key two districts share would be a guess: it matches neither.
    const had = byKey.get(key);
    byKey.set(key, had === undefined || had === code ? code : '');
  };
  for (const d of districts) {
    add(d.code, d.code);
    for (const name of [d.name_en, d.name_zh]) {
      add(normaliseName(name), d.code);
      add(coreName(name), d.code);
    }
  }
  return {
    match(cell) {
      const raw = String(cell ?? '').trim();
      if (!raw) return null;
      // Codes may arrive as numbers with decimals from a spreadsheet ("310115.0").
      const asCode = raw.replace(/\.0+$/, '');
      const hit = byKey.get(asCode) ?? byKey.get(normaliseName(raw)) ?? byKey.get(coreName(raw));
      return hit ? hit : null;
    },
  };
}
