// A problem found in an imported file: what (a code the UI words in the reader's language), where
// (row and column, as a spreadsheet names them) and the offending value. Problems are data, so the
// preview lists them and the tests compare them without reading messages.
export const PROBLEM_CODES = [
  'empty',
  'tooLarge',
  'tooManyRows',
  'tooManyColumns',
  'unknownFormat',
  'unreadable',
  'badQuotes',
  'extraCells',
  'noDistrict',
  'duplicateDistrict',
  'notNumber',
  'noCoordinate',
  'badCoordinate',
  'outsideRegion',
  'notPoint',
  'badGeometry',
  'notGeoJson',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ImportProblem {
  code: ProblemCode;
  /** The row (1 = header) or, for GeoJSON, the feature number (1-based); null for the whole file. */
  row: number | null;
  column: string | null;
  value?: string;
}

/** A value as it is quoted in a message: short, one line. */
export function quoted(value: unknown): string {
  const text = String(value ?? '');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
