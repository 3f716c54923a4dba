// What the bench scripts share: the printed table, rounding, the median, and a seeded generator.

export const round = (x: number, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

export type Row = { metric: string; value: string; budget: string; pass: boolean };
export const WIDTHS = [46, 42, 10] as const;

export function printRows(rows: readonly Row[]): void {
  console.log(`${'metric'.padEnd(WIDTHS[0])}${'median'.padEnd(WIDTHS[1])}${'budget'.padEnd(WIDTHS[2])}result`);
  for (const r of rows) console.log(`${r.metric.padEnd(WIDTHS[0])}${r.value.padEnd(WIDTHS[1])}${r.budget.padEnd(WIDTHS[2])}${r.pass ? 'pass' : 'MISSED'}`);
}

/** The middle figure (mean of the two middle ones for an even count); NaN when there is none. */
export function median(xs: number[]): number {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A small deterministic generator (mulberry32), so every run measures the same synthetic data. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
