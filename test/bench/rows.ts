// The bench's printed table and its rounding, shared by run.ts and select.ts.

export const round = (x: number, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

export type Row = { metric: string; value: string; budget: string; pass: boolean };
export const WIDTHS = [46, 42, 10] as const;

export function printRows(rows: readonly Row[]): void {
  console.log(`${'metric'.padEnd(WIDTHS[0])}${'median'.padEnd(WIDTHS[1])}${'budget'.padEnd(WIDTHS[2])}result`);
  for (const r of rows) console.log(`${r.metric.padEnd(WIDTHS[0])}${r.value.padEnd(WIDTHS[1])}${r.budget.padEnd(WIDTHS[2])}${r.pass ? 'pass' : 'MISSED'}`);
}
