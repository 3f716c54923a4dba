// The importer's front door: a file's bytes and name → a table (or a saved map) plus the problems
// found, for the preview. Runs in the parsing worker (and in Node for tests and the bench). It never
// throws: a file it cannot read is one problem saying why, and nothing is added.
import readXlsx from 'read-excel-file/universal';
import { decodeText, type TextEncodingName } from './decode';
import { IMPORT_LIMITS, formatOfName, type ImportFormat } from './limits';
import { parseDelimited, tableFromGrid, type Table } from './table';
import { parseGeoJson } from './geojson';
import type { ImportProblem } from './problems';

export interface ReadOptions {
  encoding?: TextEncodingName | 'auto';
  /** The sheet of a workbook to read, by name; the first one by default. */
  sheet?: string | null;
}

export interface ReadResult {
  format: ImportFormat | null;
  /** The text encoding used (delimited files only). */
  encoding: TextEncodingName | null;
  encodingDetected: boolean;
  /** A workbook's sheet names, and the one read. */
  sheets: string[] | null;
  sheet: string | null;
  table: Table | null;
  /** The text of a saved-map file, checked by the caller (save-file.ts). */
  saved: string | null;
  problems: ImportProblem[];
}

function failed(format: ImportFormat | null, problem: ImportProblem): ReadResult {
  return { format, encoding: null, encodingDetected: false, sheets: null, sheet: null, table: null, saved: null, problems: [problem] };
}

export async function readImport(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ReadResult> {
  const format = formatOfName(name);
  if (!format) return failed(null, { code: 'unknownFormat', row: null, column: null, value: name.slice(-20) });
  if (bytes.byteLength > IMPORT_LIMITS.bytes) return failed(format, { code: 'tooLarge', row: null, column: null, value: String(bytes.byteLength) });
  if (bytes.byteLength === 0) return failed(format, { code: 'empty', row: null, column: null });
  try {
    if (format === 'xlsx') return await readWorkbook(bytes, options.sheet ?? null);
    const decoded = decodeText(bytes, format === 'csv' || format === 'tsv' ? (options.encoding ?? 'auto') : 'utf-8');
    const common = { format, encoding: decoded.encoding, encodingDetected: decoded.detected, sheets: null, sheet: null };
    if (format === 'save') return { ...common, table: null, saved: decoded.text, problems: [] };
    const parsed = format === 'geojson' ? parseGeoJson(decoded.text) : parseDelimited(decoded.text, format === 'tsv' ? '\t' : 'auto');
    return { ...common, table: parsed.table, saved: null, problems: parsed.problems };
  } catch {
    return failed(format, { code: 'unreadable', row: null, column: null });
  }
}

async function readWorkbook(bytes: Uint8Array, sheet: string | null): Promise<ReadResult> {
  const copy = bytes.slice().buffer;
  const sheets = await readXlsx(copy);
  const names = sheets.map((s) => s.sheet);
  const chosen = sheets.find((s) => s.sheet === sheet) ?? sheets[0];
  if (!chosen) return failed('xlsx', { code: 'empty', row: null, column: null });
  const parsed = tableFromGrid(chosen.data as unknown[][]);
  return { format: 'xlsx', encoding: null, encodingDetected: false, sheets: names, sheet: chosen.sheet, table: parsed.table, saved: null, problems: parsed.problems };
}
