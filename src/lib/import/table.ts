// One shape for every tabular file (CSV, TSV, a spreadsheet's sheet): column names and rows of
// text cells, each row with the number a spreadsheet would show for it, so every problem can name
// its row. Parsing never throws: what cannot be read becomes a problem naming row and column.
import Papa from 'papaparse';
import { refusedCharIn } from '../safe-text';
import { IMPORT_LIMITS } from './limits';
import type { ImportProblem } from './problems';

export interface TableRow {
  /** The row number a spreadsheet shows: the header is row 1, the first data row 2. */
  line: number;
  cells: string[];
}

export interface Table {
  columns: string[];
  rows: TableRow[];
  /** What `line` counts: spreadsheet rows, or GeoJSON features (1-based). */
  rowKind?: 'row' | 'feature';
}

export interface TableResult {
  table: Table | null;
  problems: ImportProblem[];
}

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n\u2028\u2029\u0085]/gu;

/**
 * A cell as text that is safe to show: whitespace-like characters become spaces, invisible and
 * direction-control characters are removed (they could make a name read as another), and the
 * text is cut at the cell limit. React renders it as text in any case.
 */
export function cleanCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  text = text.replace(SPACES, ' ');
  let out = '';
  for (const ch of text) if (!refusedCharIn(ch) || ch === ' ') out += ch;
  return out.trim().slice(0, IMPORT_LIMITS.cell);
}

/** Header names: cleaned, blank ones named by position, repeated ones numbered, so each is unique. */
export function uniqueColumns(header: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h, i) => {
    const base = cleanCell(h) || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Rows from a grid of values (the first row is the header); empty rows are left out. */
export function tableFromGrid(grid: readonly (readonly unknown[])[]): TableResult {
  const problems: ImportProblem[] = [];
  const headerAt = grid.findIndex((r) => r.some((c) => cleanCell(c) !== ''));
  if (headerAt < 0) return { table: null, problems: [{ code: 'empty', row: null, column: null }] };
  const header = grid[headerAt]!;
  if (header.length > IMPORT_LIMITS.columns) {
    return { table: null, problems: [{ code: 'tooManyColumns', row: null, column: null, value: String(header.length) }] };
  }
  const columns = uniqueColumns(header);
  const rows: TableRow[] = [];
  for (let i = headerAt + 1; i < grid.length; i++) {
    const raw = grid[i]!;
    const cells = columns.map((_, c) => cleanCell(raw[c]));
    if (cells.every((c) => c === '')) continue;
    if (rows.length >= IMPORT_LIMITS.rows) {
      return { table: null, problems: [{ code: 'tooManyRows', row: null, column: null, value: String(IMPORT_LIMITS.rows) }] };
    }
    if (raw.length > columns.length && raw.slice(columns.length).some((c) => cleanCell(c) !== '')) {
      problems.push({ code: 'extraCells', row: i + 1, column: null });
    }
    rows.push({ line: i + 1, cells });
  }
  return { table: { columns, rows }, problems };
}

/** CSV or TSV text to a table; the delimiter is guessed for CSV (comma, semicolon, tab). */
export function parseDelimited(text: string, delimiter: ',' | '\t' | 'auto' = 'auto'): TableResult {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiter === 'auto' ? '' : delimiter,
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  const result = tableFromGrid(parsed.data);
  // A broken quote makes papaparse read the rest of the file as one cell: name the row it starts on.
  for (const e of parsed.errors) {
    if (e.type === 'Quotes') result.problems.push({ code: 'badQuotes', row: (e.row ?? 0) + 1, column: null });
  }
  return result;
}
