// A district table → district values per chosen column. Each row must name one district (by code
// or any form of its name); a row that names none, or a district already named, is listed and not
// used. A cell that is not a number is listed and that district has no data for that column; an
// empty cell is no data. Nothing is ever read as 0 unless the file says 0.
import type { Table } from './table';
import type { DistrictMatcher } from './district-match';
import { parseNumber } from './columns';
import { quoted, type ImportProblem } from './problems';

export interface DistrictTablePlan {
  /** Rows matched to a district: row line → district code. */
  matched: { line: number; code: string }[];
  /** Rows that name no district (or a district named before), with what they say. */
  unmatched: { line: number; value: string }[];
  /** Per chosen column (in the order asked): district code → value. */
  values: Record<string, number>[];
  problems: ImportProblem[];
}

export function planDistrictTable(table: Table, districtColumn: number, valueColumns: readonly number[], matcher: DistrictMatcher): DistrictTablePlan {
  const matched: DistrictTablePlan['matched'] = [];
  const unmatched: DistrictTablePlan['unmatched'] = [];
  const values: Record<string, number>[] = valueColumns.map(() => ({}));
  const problems: ImportProblem[] = [];
  const columnName = table.columns[districtColumn] ?? null;
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const cell = row.cells[districtColumn] ?? '';
    const code = matcher.match(cell);
    if (code === null) {
      unmatched.push({ line: row.line, value: cell });
      problems.push({ code: 'noDistrict', row: row.line, column: columnName, value: quoted(cell) });
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      unmatched.push({ line: row.line, value: cell });
      problems.push({ code: 'duplicateDistrict', row: row.line, column: columnName, value: `${quoted(cell)}|${first}` });
      continue;
    }
    seen.set(code, row.line);
    matched.push({ line: row.line, code });
    valueColumns.forEach((c, i) => {
      const raw = row.cells[c] ?? '';
      const v = parseNumber(raw);
      if (v === null) return;
      if (Number.isNaN(v)) {
        problems.push({ code: 'notNumber', row: row.line, column: table.columns[c] ?? null, value: quoted(raw) });
        return;
      }
      values[i]![code] = v;
    });
  }
  return { matched, unmatched, values, problems };
}

/** Decimals worth showing for a column: as many as its values use, at most 4. */
export function digitsOf(values: readonly number[]): number {
  let digits = 0;
  for (const v of values) {
    const s = String(v);
    const dot = s.indexOf('.');
    if (dot >= 0 && !s.includes('e')) digits = Math.max(digits, s.length - dot - 1);
  }
  return Math.min(4, digits);
}
