// Reading the CSV files of geo/ with papaparse. Each record keeps the line it starts on, which is
// not its index once a quoted note runs over several lines, so that every message can send the
// person editing the file to the right line.
import Papa from 'papaparse';
import type { Keyed, ProblemAt } from './report';

export interface CsvRow {
  /** 1-based line on which the record starts. */
  line: number;
  /** Every column of the header, its cell trimmed. */
  cells: Record<string, string>;
}

interface RawRecord {
  line: number;
  fields: string[];
  errors: Papa.ParseError[];
}

/** Every record with its fields as written and the line it starts on (papaparse's cursor is the offset after it). */
function records(text: string): RawRecord[] {
  const out: RawRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      out.push({ line, fields: result.data, errors: result.errors });
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return out;
}

/** 1-based line on which each CSV record starts (a newline inside quotes does not end a record). */
export function csvRecordLines(text: string): number[] {
  return records(text).map((r) => r.line);
}

/**
 * The rows of a CSV with a header that must hold exactly `columns` (in any order). A blank line is
 * skipped; a row with the wrong number of fields is reported and left out. Null when the header
 * is missing a column, since no row could then be read.
 */
export function readCsv(text: string, columns: readonly string[], problem: ProblemAt): CsvRow[] | null {
  const [head, ...body] = records(text.replace(/^\uFEFF/, ''));
  const header = head?.fields.map((h) => h.trim()) ?? [];
  if (!head || header.length === 0 || (header.length === 1 && header[0] === '')) {
    problem(1, null, 'the file is empty: expected a header row');
    return null;
  }
  const missing = columns.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !columns.includes(c));
  if (missing.length) problem(1, null, `missing column(s): ${missing.join(', ')}`);
  if (extra.length) problem(1, null, `unknown column(s): ${extra.join(', ')} (expected ${columns.join(', ')})`);
  if (missing.length) return null;

  // A broken quote can swallow the rows after it, so it is named first, at the line where it starts.
  for (const { line, errors } of [head, ...body]) for (const e of errors) problem(line, null, `CSV: ${e.message}`);
  const rows: CsvRow[] = [];
  for (const { line, fields } of body) {
    if (fields.length === 1 && (fields[0] ?? '').trim() === '') continue;
    if (fields.length !== header.length) {
      problem(line, fields[0]?.trim() || null, `has ${fields.length} fields, the header has ${header.length}`);
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(header.map((h, j) => [h, (fields[j] ?? '').trim()])) });
  }
  return rows;
}

/** The rows named by one column (an id, a code), ready for `distinct`. */
export function keyedBy(rows: CsvRow[] | null, column: string): (CsvRow & Keyed)[] {
  return (rows ?? []).map((row) => ({ ...row, key: row.cells[column] ?? '', record: row.cells[column] || null }));
}

/** `distinct` rules for CSV rows: `invalid` words a missing or malformed key; a repeat names the first row's line. */
export function rowKeyRules(what: string, invalid: (key: string) => string | null = (key) => (key ? null : 'id is empty')) {
  return { invalid, repeated: (first: CsvRow) => `duplicate ${what} (first on line ${first.line})` };
}
