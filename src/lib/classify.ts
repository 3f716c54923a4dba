// Choropleth classification: one function turns district values into class breaks and colours,
// and the map paint, the legend and the chart bars all read its result, so they cannot disagree.
// The break algorithms come from simple-statistics (quantiles, equal intervals, Ckmeans for
// natural breaks), not from hand-written code.
import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';

export const CLASS_METHODS = ['quantile', 'equal', 'jenks'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

/**
 * Sequential palettes, light to dark, one per class count. These are ColorBrewer's "YlGnBu"
 * sequential schemes (Cynthia Brewer, Mark Harrower and The Pennsylvania State University,
 * colorbrewer2.org, Apache-2.0 licence), which ColorBrewer marks as colour-blind safe for 3–7
 * classes. Light to dark also reads in greyscale print.
 */
export const SEQUENTIAL: Record<number, readonly string[]> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

/** Districts without a value: a neutral grey that is not on the sequential scale. */
export const NO_DATA_COLOUR = '#c8c8c8';

export interface ClassInput {
  code: string;
  /** null: no data. Never treated as 0. */
  value: number | null;
}

export interface ClassBin {
  /** Inclusive lower bound; the first bin starts at the smallest value. */
  from: number;
  /** Upper bound: inclusive for the last bin, exclusive for the others. */
  to: number;
  colour: string;
  count: number;
}

export interface Classification {
  /** Inner break points, strictly increasing: k classes have k−1 of them. */
  breaks: number[];
  bins: ClassBin[];
  /** The fill colour of every district code, no-data districts included. */
  colourOf: Record<string, string>;
  /** Codes with no value. */
  noData: string[];
  /** The method actually used ('custom' when the user's breaks were applied). */
  method: ClassMethod | 'custom';
  min: number;
  max: number;
}

export function clampClasses(k: number): number {
  if (!Number.isFinite(k)) return 5;
  return Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(k)));
}

/** Keeps distinct, strictly increasing breaks strictly inside (min, max). */
function cleanBreaks(raw: readonly number[], min: number, max: number): number[] {
  const out: number[] = [];
  for (const b of raw) {
    if (!Number.isFinite(b) || b <= min || b > max) continue;
    if (out.length && b <= out[out.length - 1]!) continue;
    out.push(b);
  }
  return out;
}

/**
 * Breaks rounded to the precision that matters: the coarsest power of ten, from a tenth of the
 * data's range down, that moves no break by more than a fiftieth of the range and keeps them
 * distinct, increasing and inside (min, max] (7157.08 and 18095.33 over 1,000–38,000 become 7,000
 * and 18,000); never finer than the metric's own decimals. The legend, the breaks box and the paint all use the rounded values,
 * so what the legend says is what the map does.
 */
export function roundBreaks(raw: readonly number[], min: number, max: number, fractionDigits = 2): number[] {
  if (raw.length === 0 || !(max > min)) return [...raw];
  const top = Math.floor(Math.log10(max - min));
  for (let exp = top - 1; exp >= -fractionDigits; exp--) {
    const step = 10 ** exp;
    // toFixed after the multiply keeps 0.1 × 3 from printing as 0.30000000000000004.
    const rounded = raw.map((b) => Number((Math.round(b / step) * step).toFixed(Math.max(0, -exp))));
    // A break may move by at most a fiftieth of the range: 25 over 0–100 stays 25, not 30.
    const fits = rounded.every((b, i) => b > min && b <= max && (i === 0 || b > rounded[i - 1]!) && Math.abs(b - raw[i]!) <= (max - min) / 50);
    if (fits) return rounded;
  }
  return [...raw];
}

/** Inner breaks by the chosen method, before de-duplication. */
export function computeBreaks(values: readonly number[], method: ClassMethod, k: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [];
  const classes = Math.min(clampClasses(k), sorted.length);
  let raw: number[];
  switch (method) {
    case 'quantile':
      raw = Array.from({ length: classes - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classes));
      break;
    case 'equal':
      // equalIntervalBreaks returns [min, …inner…, max].
      raw = equalIntervalBreaks(sorted, classes).slice(1, -1);
      break;
    case 'jenks': {
      // Ckmeans (an optimal 1-D k-means, the modern form of Jenks natural breaks): each inner break
      // is the first value of the next cluster.
      const clusters = ckmeans(sorted, classes);
      raw = clusters.slice(1).map((c) => c[0]!);
      break;
    }
  }
  return cleanBreaks(raw, min, max);
}

export type BreaksCheck = { ok: true; breaks: number[] } | { ok: false; reason: 'not-numbers' | 'count' | 'order' | 'range' };

/**
 * Checks breaks a user typed ("100, 200, 500"): numbers, 2–6 of them (3–7 classes), strictly
 * increasing, and inside the range of the data so no class is empty by construction.
 */
export function parseBreaks(text: string, min: number, max: number): BreaksCheck {
  const parts = text
    .split(/[,，;；\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const nums = parts.map((p) => Number(p.replace(/_/g, '')));
  if (parts.length === 0 || nums.some((n) => !Number.isFinite(n))) return { ok: false, reason: 'not-numbers' };
  if (nums.length < MIN_CLASSES - 1 || nums.length > MAX_CLASSES - 1) return { ok: false, reason: 'count' };
  for (let i = 1; i < nums.length; i++) if (nums[i]! <= nums[i - 1]!) return { ok: false, reason: 'order' };
  if (nums[0]! <= min || nums[nums.length - 1]! > max) return { ok: false, reason: 'range' };
  return { ok: true, breaks: nums };
}

/** Index of the class a value falls in: bins are [from, to) except the last, which is closed. */
export function classIndex(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]!) i++;
  return i;
}

/**
 * Classifies the rows. `custom` breaks, when given and valid for these values, replace the
 * method's. With fewer distinct values than classes, fewer classes are drawn (never an empty one
 * invented from nothing); with a single distinct value there is one class.
 */
export function classify(
  rows: readonly ClassInput[],
  method: ClassMethod,
  k: number,
  custom?: readonly number[] | null,
  fractionDigits = 2,
): Classification {
  const withValue = rows.filter((r): r is ClassInput & { value: number } => r.value !== null && Number.isFinite(r.value));
  const noData = rows.filter((r) => r.value === null || !Number.isFinite(r.value)).map((r) => r.code);
  const values = withValue.map((r) => r.value);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  let breaks = roundBreaks(computeBreaks(values, method, k), min, max, fractionDigits);
  let used: Classification['method'] = method;
  if (custom && custom.length) {
    const cleaned = cleanBreaks(custom, min, max);
    if (cleaned.length === custom.length) {
      breaks = cleaned;
      used = 'custom';
    }
  }
  const classes = values.length === 0 ? 0 : breaks.length + 1;
  // A palette of at least 3 colours; with 1 or 2 classes the darker end of the 3-class one.
  const palette = classes === 0 ? [] : classes >= MIN_CLASSES ? SEQUENTIAL[classes]! : SEQUENTIAL[3]!.slice(3 - classes);
  const bounds = [min, ...breaks, max];
  const bins: ClassBin[] = Array.from({ length: classes }, (_, i) => ({
    from: bounds[i]!,
    to: bounds[i + 1]!,
    colour: palette[i]!,
    count: 0,
  }));
  const colourOf: Record<string, string> = {};
  for (const r of withValue) {
    const i = classIndex(r.value, breaks);
    bins[i]!.count++;
    colourOf[r.code] = bins[i]!.colour;
  }
  for (const code of noData) colourOf[code] = NO_DATA_COLOUR;
  return { breaks, bins, colourOf, noData, method: used, min, max };
}

/**
 * Which end of each class is included, for its legend row: the first class runs from the smallest
 * value, each later one from its break (included) to the next break (excluded), the last to the
 * largest value (included). One class: from the smallest to the largest.
 */
export type ClassRange =
  | { kind: 'only'; from: number; to: number }
  | { kind: 'first'; from: number; to: number }
  | { kind: 'middle'; from: number; to: number }
  | { kind: 'last'; from: number; to: number };

export function classRanges(bins: readonly Pick<ClassBin, 'from' | 'to'>[]): ClassRange[] {
  return bins.map((b, i) => {
    const kind = bins.length === 1 ? 'only' : i === 0 ? 'first' : i === bins.length - 1 ? 'last' : 'middle';
    return { kind, from: b.from, to: b.to };
  });
}
