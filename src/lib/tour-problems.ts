// A problem found in a tour or a tour file, as data: where (the chapter, the field) and what (a code
// and the plain values it is about). The checks (tour-check.ts) only find problems; each reader's
// language words them (src/i18n/tour-problem-text.ts): the builder and the presenter in the page's
// language, the data build in English with the file and line. Tests compare codes and fields.
export const TOUR_PROBLEM_CODES = [
  // The file as a whole.
  'notText',
  'fileTooLarge',
  'unreadable',
  'notJson',
  'checkFailed',
  // Its shape (the schema of geo/tour.json), translated from the validator's issues.
  'missing',
  'wrongType',
  'missingTranslation',
  'empty',
  'textTooLong',
  'refusedChar',
  'numberTooSmall',
  'numberTooBig',
  'tooFewItems',
  'tooManyItems',
  'noChapters',
  'tooManyChapters',
  'noSource',
  'tooManyFacts',
  'unknownLayer',
  'notOneOf',
  'badChapterId',
  'badFeatureRef',
  'badFormat',
  'unknownKeys',
  /** An issue with no code of its own: the validator's English message, shown marked as such. */
  'schemaOther',
  // What only the data can tell.
  'duplicateId',
  'outsideCity',
  'unknownDistrict',
  'unknownArea',
  'unknownSite',
  'unplacedHighlight',
  'unplacedDistance',
  'unknownFact',
  'unknownSource',
  'unknownMetric',
] as const;
export type TourProblemCode = (typeof TOUR_PROBLEM_CODES)[number];

/**
 * Values a message is about. Strings are shown verbatim (ids, values from the file), numbers are
 * formatted in the reader's locale, lists joined as the language joins them. A few names have a
 * fixed meaning the wording translates: `expected` and `received` (kinds of JSON value), `kind`
 * (why a character is refused).
 */
export type TourProblemVars = Record<string, string | number | readonly string[]>;

export interface TourProblem {
  code: TourProblemCode;
  /** The chapter (0-based index, and its id when the file gives a usable one); null for the tour as a whole. */
  chapter: { index: number; id: string | null } | null;
  /** The field inside the chapter (or the file): `facts[2]`, `camera.center`, `title.zh`; '' for the chapter or file itself. */
  field: string;
  vars: TourProblemVars;
}

/** How many problems a tour reports at most: enough to fix a file in one go, few enough to read. */
export const MAX_TOUR_PROBLEMS = 20;

/** A chapter id as the schema allows it; anything else is not used to name the chapter. */
const CHAPTER_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The id of a chapter as read from the file, or null when it is missing or itself wrong. */
export function usableChapterId(raw: unknown): string | null {
  const id = raw && typeof raw === 'object' && Object.hasOwn(raw, 'id') ? (raw as { id: unknown }).id : null;
  return typeof id === 'string' && CHAPTER_ID.test(id) ? id : null;
}

/** A path as the field a person looks for: `title.zh`, `layers[1]`, `distances[0].to`. */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** A value from the file as a message quotes it: one line, at most 60 characters. */
export function shortValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
