// How a number is usually written in a news article, so the seed check (seed-check.ts) can look for
// a fact's figure in the text it cites: 6750000 is "6,750,000", "6750000", "6.75 million" or
// "675万"; 5 is "5" or "five"; 70 % is "70%", "70 percent" or "seventy per cent". Pure: a number
// (and its unit) in, every spelling out, the plainest first. Rounded forms are never produced: an
// article that says "6.75 million" supports 6750000, not 6754321.

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The English number words below a hundred ("five", "twenty"), for the seed check's ranges ("five to six hundred"). */
export const NUMBER_WORDS: readonly string[] = [...ONES, ...TENS.filter(Boolean)];

/** English scale words and what they multiply by, largest first. */
const SCALES = [
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
] as const;

/** The words that scale a number before it ("six hundred", "6.75 million"). */
export const SCALE_WORDS: readonly string[] = ['hundred', ...SCALES.map(([word]) => word)];

/** The percent signs and words an article puts after a share, after digits and after words. */
const PERCENT_AFTER_DIGITS = ['%', ' %', ' percent', ' per cent', ' pct'];
const PERCENT_AFTER_WORDS = [' percent', ' per cent'];

/** A unit that is a share: "%", "percent", "per cent". */
export const isPercentUnit = (unit: string): boolean => /^\s*(%|percent|per cent)\s*$/i.test(unit);

/** Digits without exponent or float noise: 40.8, not 40.800000000000004; null when not exact to `digits` places. */
function plain(n: number, digits = 6): string | null {
  if (!Number.isFinite(n)) return null;
  const fixed = Number(n.toFixed(digits));
  if (Math.abs(fixed - n) > Math.abs(n) * 1e-12 + 1e-12) return null;
  const s = String(fixed);
  return /e/i.test(s) ? null : s;
}

/** "6750000" → "6,750,000" (or with another separator); the decimals are kept as they are. */
function grouped(s: string, separator: string): string {
  const [int = '', dec] = s.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const out = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${sign}${out}${dec === undefined ? '' : `.${dec}`}`;
}

/** English words for a whole number below 1000: the variants an article uses ("twenty-five", "one hundred and five"). */
export function wordsBelowThousand(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return [];
  if (n < 20) return [ONES[n]!];
  if (n < 100) {
    const [tens, ones] = [TENS[Math.floor(n / 10)]!, n % 10];
    return ones === 0 ? [tens] : [`${tens}-${ONES[ones]!}`, `${tens} ${ONES[ones]!}`];
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const heads = hundreds === 1 ? ['one hundred', 'a hundred'] : [`${ONES[hundreds]!} hundred`];
  if (rest === 0) return heads;
  return heads.flatMap((h) => wordsBelowThousand(rest).flatMap((r) => [`${h} and ${r}`, `${h} ${r}`]));
}

/** A number with a scale word: 6750000 → "6.75 million", 5000 → "five thousand", 1780e9 → "1.78 trillion". */
function scaledSpellings(n: number): string[] {
  const out: string[] = [];
  for (const [word, size] of SCALES) {
    const mantissa = plain(n / size, 3);
    // A scale is used while it leaves fewer than a thousand of it; "thousand" only for whole thousands.
    if (Math.abs(n) < size || mantissa === null || Math.abs(Number(mantissa)) >= 1000) continue;
    if (word === 'thousand' && !Number.isInteger(Number(mantissa))) continue;
    out.push(`${mantissa} ${word}`);
    out.push(...wordsBelowThousand(Number(mantissa)).map((w) => `${w} ${word}`));
    if (mantissa === '1') out.push(`a ${word}`);
  }
  return out;
}

/** The Chinese myriad forms: 6750000 → "675万", 408000 → "40.8万", 300000000 → "3亿", 1.78e12 → "1.78万亿". */
function chineseSpellings(n: number): string[] {
  const out: string[] = [];
  for (const [sign, size] of [
    ['万亿', 1e12],
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const mantissa = plain(n / size, 4);
    if (Math.abs(n) < size || mantissa === null || Math.abs(Number(mantissa)) >= 1e4) continue;
    out.push(`${mantissa}${sign}`, `${grouped(mantissa, ',')}${sign}`);
  }
  return out;
}

/** Every usual spelling of a bare number, the plainest first. */
function bareSpellings(n: number): string[] {
  const digits = plain(n);
  if (digits === null) return [];
  const out = [digits];
  if (Math.abs(n) >= 1000) out.push(grouped(digits, ','), grouped(digits, ' '));
  if (Number.isInteger(n)) out.push(...wordsBelowThousand(n));
  out.push(...scaledSpellings(n), ...chineseSpellings(n));
  return out;
}

/** The scale word a unit starts with ("billion yuan") and its size, or null. */
function unitScale(unit: string): readonly [string, number] | null {
  const word = /^\s*(thousand|million|billion|trillion)\b/i.exec(unit)?.[1]?.toLowerCase();
  return SCALES.find(([w]) => w === word) ?? null;
}

/**
 * Every usual spelling of a fact's figure, the plainest first, without repeats. A share ("%") is
 * only spelled with its percent sign or word, since a bare "70" in an article is not "70%". A unit
 * with a scale word ("billion yuan") adds the value with that word ("1,780 billion") and the
 * spellings of the whole amount ("1.78 trillion").
 */
export function numberSpellings(value: number, unit = ''): string[] {
  const out = bareSpellings(value);
  const scale = unitScale(unit);
  if (scale !== null) {
    const [word, size] = scale;
    out.push(...out.filter((s) => /\d$/.test(s)).map((s) => `${s} ${word}`));
    const whole = plain(value * size, 3);
    if (whole !== null) out.push(...bareSpellings(Number(whole)));
  }
  const percent = (s: string) => (/^[a-z]/.test(s) ? PERCENT_AFTER_WORDS : PERCENT_AFTER_DIGITS).map((p) => `${s}${p}`);
  const spellings = isPercentUnit(unit) ? out.filter((s) => !/[万亿]$/.test(s)).flatMap(percent) : out;
  return [...new Set(spellings)];
}
