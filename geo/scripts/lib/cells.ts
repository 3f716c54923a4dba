// The rules a field of a geo/ record follows (a CSV cell as trimmed text, a GeoJSON property), as
// zod schemas. Each message is written in full for the person editing the file: the field, the
// value found and what was expected. Lists, formats and ranges come from the app's schemas, so the
// build and the browser agree.
import { z } from 'zod';
import { partialDateSchema } from '../../../src/data/schemas';
import { textFieldProblems } from './text-fields';

const NUMBER_RE = /^-?\d+(\.\d+)?$/;
const ID_RE = /^[a-z0-9][a-z0-9.-]*$/;

/** Plain decimal notation only: "6.75 million", "6,750,000" and "1e6" are typos in a data file. */
export const isNumber = (s: string): boolean => NUMBER_RE.test(s);

/** A real YYYY, YYYY-MM or YYYY-MM-DD date (month 01–12, a day that exists). */
export function isPartialDate(s: string): boolean {
  if (!partialDateSchema.safeParse(s).success) return false;
  const [y, mo, d] = s.split('-').map(Number) as [number, number?, number?];
  if (mo === undefined) return true;
  if (mo < 1 || mo > 12) return false;
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate());
}

/** The number in a cell, or null when it is empty or not a number (reported by its schema). */
export const numberOrNull = (s: string | undefined): number | null => (s && isNumber(s) ? Number(s) : null);

/** Source ids as written in one cell: "a; b". */
export function splitIds(s: string): string[] {
  return s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** Empty, or a cell that passes `ok`; `message` words the failure from the value. */
export const blankOr = (ok: (v: string) => boolean, message: (v: string) => string) =>
  z.string().refine((v) => v === '' || ok(v), { error: (issue) => message(String(issue.input)) });

export const filled = (message: string) => z.string().min(1, message);

export const recordId = z.string().regex(ID_RE, 'id must be lower case letters, digits, "." and "-"');

export const oneOf = <const T extends readonly string[]>(field: string, values: T) =>
  z.enum(values, { error: (issue) => `unknown ${field} "${String(issue.input)}" (expected one of ${values.join(', ')})` });

/** `where` follows the value in the message: ` in opened`. */
export const partialDate = (where: string) =>
  blankOr(isPartialDate, (v) => `malformed date "${v}"${where} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);

export const positiveNumber = (field: string) => blankOr((v) => isNumber(v) && Number(v) > 0, (v) => `${field} "${v}" is not a positive number`);

/**
 * A longitude or latitude: a number the app's site schema accepts. The range is only checked on a
 * number, so "121.05E" is named once, as non-numeric.
 */
export const coordinate = (field: string, range: z.ZodNumber) =>
  blankOr(isNumber, (v) => `non-numeric ${field} "${v}"`).refine((v) => v === '' || !isNumber(v) || range.safeParse(Number(v)).success, {
    error: (issue) => `${field} ${Number(issue.input)} is outside Shanghai (${range.minValue} to ${range.maxValue})`,
  });

type Fields = Readonly<Record<string, unknown>>;
type TextRules = Parameters<typeof textFieldProblems>[1];
export type RecordRule = (record: Fields, say: (field: string, message: string) => void) => void;

/** A text in English needs its Chinese, and the other way round. */
export const bothLanguages =
  (en: string, zh: string): RecordRule =>
  (c, say) => {
    if (c[en] && !c[zh]) say(zh, `${en} is filled but ${zh} is empty: add the Chinese text`);
    if (!c[en] && c[zh]) say(en, `${zh} is filled but ${en} is empty: add the English text`);
  };

/**
 * A Latin word of three letters or more inside Chinese text is almost always pinyin standing in for
 * a name nobody looked up ("Kenong路99弄"). The short codes Chinese names and addresses do use
 * (A座, C区, S20) pass.
 */
const LATIN_WORD = /[A-Za-z]{3,}/;
export const noLatinWords =
  (...fields: string[]): RecordRule =>
  (c, say) => {
    for (const field of fields) {
      const word = LATIN_WORD.exec(typeof c[field] === 'string' ? c[field] : '')?.[0];
      if (word) say(field, `${field} has the Latin word "${word}" inside Chinese text: write the Chinese name from a source, or leave it out`);
    }
  };

/** The length and character rules of text-fields.ts. */
export const textRules =
  (rules: TextRules): RecordRule =>
  (c, say) => {
    for (const [field, rule] of Object.entries(rules)) {
      for (const message of textFieldProblems(c, { [field]: rule })) say(field, message);
    }
  };

/**
 * A record's schema: one schema per field (a CSV column, a GeoJSON property), then rules across
 * its fields. The rules see the raw record even when a field failed, so one pass lists every
 * problem of the record.
 */
export function recordSchema<S extends Record<string, z.ZodType>>(fields: S, ...rules: RecordRule[]) {
  // Loose, so that the rules also see the fields no schema of their own covers (an id, source_ids);
  // `when`, because zod would skip them after an unknown choice, and a record's problems are listed at once.
  return z.looseObject(fields).superRefine(
    (record, ctx) => {
      const say = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
      for (const rule of rules) rule(record, say);
    },
    { when: () => true },
  );
}
