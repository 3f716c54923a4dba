// The validator's issues with a tour (zod, tourFileSchema) as tour problems: zod words its issues in
// English for a programmer ("Too small: expected string to have >=1 characters"), so each kind
// the tour schema produces becomes a code with the values that matter, worded later in the
// reader's language. Anything not foreseen keeps zod's own message, marked as such.
import type { z } from './zod';
import { describeCodePoint, type TextIssue } from './safe-text';
import { fieldOf, shortValue, usableChapterId, type TourProblem, type TourProblemCode, type TourProblemVars } from './tour-problems';

type Issue = z.core.$ZodIssue;

/** The value at `path` in what the file holds, reading own properties only (a key may be `__proto__`). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const key of path) {
    if (!v || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The kind of a JSON value, as the wording names kinds (see `expected` and `received`). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** zod's name for what it expected, in the same words: a tuple is written as a list. */
function expectedKind(expected: string): string {
  return expected === 'tuple' ? 'array' : expected;
}

/** Whether the field is one of the two languages of a title or a caption (where "empty" means "not translated"). */
function isTranslation(field: readonly PropertyKey[]): boolean {
  return field.length === 2 && (field[0] === 'title' || field[0] === 'text') && (field[1] === 'en' || field[1] === 'zh');
}

function fromTextIssue(text: TextIssue): [TourProblemCode, TourProblemVars] {
  if (text.kind === 'tooLong') return ['textTooLong', { length: text.length, max: text.max }];
  // The code point and its Unicode name ("U+202E RIGHT-TO-LEFT OVERRIDE") are what a person searches for, in any language.
  return ['refusedChar', { char: describeCodePoint(text.char.codePoint), position: text.char.position, kind: text.char.reason }];
}

/** The code and values of one issue; `field` is the path inside the chapter (or the file, for `chapter` null). */
function translate(issue: Issue, field: readonly PropertyKey[], inChapter: boolean, value: unknown): [TourProblemCode, TourProblemVars] {
  const top = !inChapter;
  const count = Array.isArray(value) ? value.length : 0;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return isTranslation(field) ? ['missingTranslation', {}] : ['missing', { expected: expectedKind(issue.expected) }];
      return ['wrongType', { expected: expectedKind(issue.expected), received: kindOf(value) }];
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return isTranslation(field) ? ['missingTranslation', {}] : ['empty', {}];
      if (issue.origin === 'array') {
        if (top && field.length === 1 && field[0] === 'chapters') return ['noChapters', {}];
        if (!top && field.length === 1 && field[0] === 'sources') return ['noSource', {}];
        return ['tooFewItems', { minimum, count }];
      }
      if (issue.origin === 'number' && typeof value === 'number') return ['numberTooSmall', { minimum, value }];
      break;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'array') {
        if (top && field.length === 1 && field[0] === 'chapters') return ['tooManyChapters', { maximum, count }];
        if (!top && field.length === 1 && field[0] === 'facts') return ['tooManyFacts', { maximum, count }];
        return ['tooManyItems', { maximum, count }];
      }
      if (issue.origin === 'number' && typeof value === 'number') return ['numberTooBig', { maximum, value }];
      if (issue.origin === 'string' && typeof value === 'string') return ['textTooLong', { length: [...value].length, max: maximum }];
      break;
    }
    case 'invalid_value': {
      const known = issue.values.map((v) => String(v));
      const vars = { value: shortValue(value), known };
      return !top && field[0] === 'layers' ? ['unknownLayer', vars] : ['notOneOf', vars];
    }
    case 'invalid_format':
      if (!top && field.length === 1 && field[0] === 'id') return ['badChapterId', { value: shortValue(value) }];
      if (!top && field[0] === 'highlight') return ['badFeatureRef', { value: shortValue(value) }];
      return ['badFormat', { value: shortValue(value), format: issue.format }];
    case 'unrecognized_keys':
      return ['unknownKeys', { keys: issue.keys.slice(0, 10).map(shortValue) }];
    case 'custom': {
      const text = (issue.params as { text?: TextIssue } | undefined)?.text;
      if (text) return fromTextIssue(text);
      break;
    }
  }
  return ['schemaOther', { message: issue.message.slice(0, 300) }];
}

/** One zod issue about a tour as a problem, naming the chapter and field; `raw` is the value that was checked. */
export function problemOfIssue(issue: Issue, raw: unknown): TourProblem {
  const [head, index, ...rest] = issue.path;
  if (head === 'chapters' && typeof index === 'number') {
    const chapterRaw = valueAt(raw, ['chapters', index]);
    const [code, vars] = translate(issue, rest, true, valueAt(raw, issue.path));
    return { code, chapter: { index, id: usableChapterId(chapterRaw) }, field: fieldOf(rest), vars };
  }
  const [code, vars] = translate(issue, issue.path, false, valueAt(raw, issue.path));
  return { code, chapter: null, field: fieldOf(issue.path), vars };
}
