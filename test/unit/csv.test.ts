// The CSV writer behind every spreadsheet export: what a spreadsheet will make of each cell.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../src/lib/csv';

/** The cells as a spreadsheet reads them back (papaparse's reader undoes only the CSV quoting). */
function cells(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n' }).data;
}

describe('toCsv', () => {
  it('prefixes a site name that is a formula with a quote so it is shown, not run', () => {
    const csv = toCsv(['name'], [['=HYPERLINK("http://evil.example","click")']]);
    expect(cells(csv)[1]).toEqual([`'=HYPERLINK("http://evil.example","click")`]);
  });

  it.each(['+1+2', '-1+2', '@SUM(A1)', '\tx', '\rx'])('neutralises a string cell starting with %j', (text) => {
    expect(cells(toCsv(['name'], [[text]]))[1]).toEqual([`'${text}`]);
  });

  it('leaves a negative number a number', () => {
    expect(cells(toCsv(['value'], [[-3.5]]))[1]).toEqual(['-3.5']);
  });

  it('leaves ordinary text as it is', () => {
    expect(cells(toCsv(['name'], [['长宁区 Changning']]))[1]).toEqual(['长宁区 Changning']);
  });

  it('writes null as an empty cell', () => {
    expect(cells(toCsv(['a', 'b'], [[null, 1]]))[1]).toEqual(['', '1']);
  });
});
