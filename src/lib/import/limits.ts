// What the importer accepts, stated once: the UI prints these figures and the parser enforces them.
// The browser keeps every imported row in memory and in IndexedDB, and draws every point; past
// these sizes the README's scaling section (vector tiles in a PMTiles file) is the better road.
export const IMPORT_LIMITS = {
  /** Largest file read, in bytes (20 MB). */
  bytes: 20 * 1024 * 1024,
  /** Most data rows in one file (header not counted). */
  rows: 200_000,
  /** Most columns in one table. */
  columns: 200,
  /** Longest text kept in one cell, in characters; longer text is a problem in that cell. */
  cell: 1000,
  /** Problems listed one by one; past this many the list says how many more there were. */
  listedProblems: 500,
  /**
   * Largest saved map (.stmap) opened, in bytes (50 MB), from a file or a `data=` link. A saved map
   * holds what the importer took in, written back as JSON: one import at the file limit above
   * becomes about as large again (its cells as text, GBK Chinese grown by half as UTF-8, every
   * coordinate as a 17-digit number), so 20 MB would refuse a map saved from one accepted file,
   * and 50 MB leaves room for it and a few smaller ones. The file is parsed on the page's main
   * thread; past this size the parse alone stalls the page for seconds on a modest laptop and the
   * tab holds the text, the parsed data and the store's copy at once.
   */
  savedMapBytes: 50 * 1024 * 1024,
} as const;

export const IMPORT_FORMATS = ['csv', 'tsv', 'xlsx', 'geojson', 'save'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The format a file name says it holds; null for one the importer does not read. */
export function formatOfName(name: string): ImportFormat | null {
  const lower = name.toLowerCase().trim();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return 'tsv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.stmap')) return 'save';
  return null;
}
