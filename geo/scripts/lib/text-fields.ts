// The text fields of each geo/ file, with the length and character rule each must meet. The app's
// schemas hold the same limits, so the build would refuse an over-long name anyway; checking here
// names the input file, line and column instead of a path into public/data.
import { TEXT_LIMITS } from '../../../src/data/schemas';
import { URL_MAX, textProblem, urlProblem } from '../../../src/lib/safe-text';

interface TextRule {
  max: number;
  /** Notes may break lines; names, titles and ids are one line. */
  multiline?: boolean;
  url?: boolean;
}
type TextRules = Readonly<Record<string, TextRule>>;

const { id, unit, name, line, title, note } = TEXT_LIMITS;
const ONE_ID: TextRule = { max: id };
const NAME: TextRule = { max: name };
const LINE: TextRule = { max: line };
const NOTE: TextRule = { max: note, multiline: true };

export const SOURCE_TEXT: TextRules = { id: ONE_ID, publisher: LINE, title: { max: title }, url: { max: URL_MAX, url: true } };
export const PUBLISHER_TEXT: TextRules = { publisher: LINE, publisher_zh: LINE, zh_name_source: LINE };
export const DISTRICT_TEXT: TextRules = { name_en: NAME, name_zh: NAME, area_note: NOTE, area_note_zh: NOTE };
export const SITE_TEXT: TextRules = {
  id: ONE_ID,
  name_en: NAME,
  name_zh: NAME,
  address_en: LINE,
  address_zh: LINE,
  notes_en: NOTE,
  notes_zh: NOTE,
  location_source: LINE,
};
// Subjects of area and peer-city facts are free text, unlike district codes and site ids.
export const FACT_TEXT: TextRules = { subject: ONE_ID, metric: ONE_ID, unit: { max: unit }, note_en: NOTE, note_zh: NOTE };
export const AREA_TEXT: TextRules = { id: ONE_ID, name_en: NAME, name_zh: NAME, note_en: NOTE, note_zh: NOTE };

/**
 * One message per field that breaks its rule, each starting with the field's name
 * ("name_zh contains U+202E RIGHT-TO-LEFT OVERRIDE …"). Absent, empty and non-text values are
 * left to the checks that already report them.
 */
export function textFieldProblems(record: Readonly<Record<string, unknown>>, rules: TextRules): string[] {
  const out: string[] = [];
  for (const [field, rule] of Object.entries(rules)) {
    const value = record[field];
    if (typeof value !== 'string' || value === '') continue;
    const problem = rule.url ? urlProblem(value) : textProblem(value, rule.max, { multiline: rule.multiline ?? false });
    if (problem) out.push(`${field} ${problem}`);
  }
  return out;
}
