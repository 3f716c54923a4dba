// CSV for spreadsheets: papaparse writes the quoting; a UTF-8 byte-order mark in front makes Excel
// read Chinese names as UTF-8 instead of the system code page.
import Papa from 'papaparse';

export const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  // null is an empty cell ("no data"), never a 0.
  const data = rows.map((r) => r.map((v) => (v === null ? '' : v)));
  // Names and citations come from data files anyone can propose edits to; a cell that starts with
  // = + - @ (or a tab / carriage return) would run as a formula when the file is opened in Excel
  // or LibreOffice, so papaparse prefixes such strings with a quote ('). It leaves values of type
  // number alone (papaparse 5.7 tests `typeof`), so a negative growth rate stays a number a
  // spreadsheet can sum; that is why numeric cells must reach here as numbers, not formatted text.
  return BOM + Papa.unparse({ fields: [...header], data }, { newline: '\r\n', escapeFormulae: true });
}
