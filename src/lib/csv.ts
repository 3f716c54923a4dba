// CSV for spreadsheets: papaparse writes the quoting; a UTF-8 byte-order mark in front makes Excel
// read Chinese names as UTF-8 instead of the system code page.
import Papa from 'papaparse';

export const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  // null is an empty cell ("no data"), never a 0.
  const data = rows.map((r) => r.map((v) => (v === null ? '' : v)));
  return BOM + Papa.unparse({ fields: [...header], data }, { newline: '\r\n' });
}
