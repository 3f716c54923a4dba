// The one rule for text that reaches the screen from the data files, shared by the data build and
// the browser's schemas. Invisible characters are refused rather than stripped: a text-direction
// override can make a name read as something it is not ("ChanGning"), and whoever edits geo/ should
// see where it came from instead of having it silently vanish. Length is capped because MapLibre
// fails on every frame for a label of a few thousand characters.

/** Why a character is refused, as a code a translated message can word (the tour builder's problems). */
export type RefusedReason = 'lineBreak' | 'control' | 'direction' | 'zeroWidth' | 'disguisedBreak' | 'brokenPair';

/** The data build's words for each reason (its messages are English; the app translates the code). */
const REASON_WORDS: Readonly<Record<RefusedReason, string>> = {
  lineBreak: 'a line break in a one-line field',
  control: 'a control character',
  direction: 'a text-direction control',
  zeroWidth: 'an invisible zero-width character',
  disguisedBreak: 'a line break in disguise',
  brokenPair: 'half of a broken character pair',
};

export interface RefusedChar {
  codePoint: number;
  /** 1-based position in the text, counted in characters (code points), as an editor shows it. */
  position: number;
  reason: RefusedReason;
  /** What kind of character it is, in words, for the message. */
  kind: string;
}

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x20: 'SPACE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3000: 'IDEOGRAPHIC SPACE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE": the form a person can search for. Names only what this file refuses. */
export function describeCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp] ?? (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ? 'CONTROL CHARACTER' : cp >= 0xd800 && cp <= 0xdfff ? 'SURROGATE' : null);
  return name ? `${hex} ${name}` : hex;
}

/** Why a code point may not appear, or null when it may. Line feeds only where the field allows them. */
function reasonOf(cp: number, multiline: boolean): RefusedReason | null {
  if (cp === 0x0a || cp === 0x0d) return multiline ? null : 'lineBreak';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  // Unicode's Bidi_Control set: each one reorders or hides the direction of the text around it.
  if (cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'direction';
  if ((cp >= 0x200b && cp <= 0x200d) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff) return 'zeroWidth';
  if (cp === 0x2028 || cp === 0x2029) return 'disguisedBreak';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'brokenPair';
  return null;
}

/** The first character the data may not contain, or null. */
export function refusedCharIn(text: string, options: { multiline?: boolean } = {}): RefusedChar | null {
  let position = 0;
  for (const ch of text) {
    position++;
    const codePoint = ch.codePointAt(0)!;
    const reason = reasonOf(codePoint, options.multiline ?? false);
    if (reason) return { codePoint, position, reason, kind: REASON_WORDS[reason] };
  }
  return null;
}

/** Length as a person counts it: a character outside the BMP is one, not two. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function describeRefused(r: Pick<RefusedChar, 'codePoint' | 'position' | 'kind'>): string {
  return `contains ${describeCodePoint(r.codePoint)} (${r.kind}) at character ${r.position}`;
}

/** What is wrong with a text field, as data: the schemas attach it to their issue for a translated message. */
export type TextIssue = { kind: 'tooLong'; length: number; max: number } | { kind: 'refused'; char: RefusedChar };

export function textIssue(text: string, max: number, options: { multiline?: boolean } = {}): TextIssue | null {
  const length = charCount(text);
  if (length > max) return { kind: 'tooLong', length, max };
  const char = refusedCharIn(text, options);
  return char ? { kind: 'refused', char } : null;
}

/** A text issue in the data build's English, worded to follow the field's name. */
export function describeTextIssue(issue: TextIssue): string {
  return issue.kind === 'tooLong' ? `is ${issue.length} characters long, over the limit of ${issue.max}` : describeRefused(issue.char);
}

/**
 * What is wrong with a text field, worded to follow the field's name ("name_en is 6000 characters
 * long, over the limit of 120"), or null when it is fine.
 */
export function textProblem(text: string, max: number, options: { multiline?: boolean } = {}): string | null {
  const issue = textIssue(text, max, options);
  return issue && describeTextIssue(issue);
}

export const URL_MAX = 2000;

/**
 * What is wrong with a link the app shows as a source, or null. Only plain http(s) addresses: no
 * other scheme (javascript:, data:), no user:password@ before the host (it hides the real host and
 * leaks a secret), no spaces or control characters that a browser would silently rewrite.
 */
export function urlProblem(url: string): string | null {
  const n = charCount(url);
  if (n > URL_MAX) return `is ${n} characters long, over the limit of ${URL_MAX}`;
  let position = 0;
  for (const ch of url) {
    position++;
    const cp = ch.codePointAt(0)!;
    const reason = reasonOf(cp, false);
    const kind = reason ? REASON_WORDS[reason] : /\s/u.test(ch) ? 'a space' : null;
    if (kind) return `${describeRefused({ codePoint: cp, position, kind })}: a link has no spaces or invisible characters`;
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return `uses the scheme "${scheme}:"; only http and https links are allowed`;
  if (!/^https?:\/\//i.test(url)) return 'is not an http(s) address (it must start with http:// or https://)';
  // The authority ends at the first / ? # or \ (browsers read \ as / in web addresses).
  const authority = url.replace(/^https?:\/\//i, '').split(/[/?#\\]/, 1)[0] ?? '';
  if (authority.includes('@')) return 'has a user name or password before the host (user:pass@): link to the page without them';
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return 'is not a valid web address';
  }
  if (!host.includes('.')) return `has no domain name ("${host}")`;
  return null;
}
