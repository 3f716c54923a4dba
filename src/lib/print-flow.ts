// Flowing blocks of wrapped text into columns, for the printed page's legend and sources: pure
// geometry over a measure function, so the page can be tested without a canvas.
import { wrapText } from './text-wrap';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FontSpec {
  /** Pixels at the page's resolution. */
  size: number;
  weight: 400 | 600;
}

/** The width of a text set in a font, in page pixels. */
export type MeasureFont = (text: string, font: FontSpec) => number;

export type TextRole = 'title' | 'subtitle' | 'heading' | 'body' | 'note';

/** One line of text on the page; `y` is the top of its line box. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  /** The width available to the line (it is never wider). */
  w: number;
  font: FontSpec;
  role: TextRole;
}

export const LINE_HEIGHT = 1.3;

export function lineHeight(font: FontSpec): number {
  return font.size * LINE_HEIGHT;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function boxInside(inner: Box, outer: Box): boolean {
  const e = 1e-6;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.w <= outer.x + outer.w + e && inner.y + inner.h <= outer.y + outer.h + e;
}

/** A paragraph wrapped to a width, as lines placed from (x, y). */
export function paragraph(text: string, x: number, y: number, w: number, font: FontSpec, role: TextRole, measure: MeasureFont): PlacedLine[] {
  return wrapText(text, w, (s) => measure(s, font)).map((line, i) => ({ text: line, x, y: y + i * lineHeight(font), w, font, role }));
}

/** A block laid out at the origin of its column: its height, and how to place it. */
export interface FlowItem<P> {
  height: number;
  /** Gap kept below the item when another follows in its column. */
  after: number;
  /** A heading stays with the item after it. */
  keepWithNext: boolean;
  place: (x: number, y: number) => P;
}

/**
 * Items placed in order into `columns` columns of `width`, no column taller than `height`.
 * Returns the placed items and the tallest column used, or null when they do not all fit.
 */
export function flowColumns<P>(items: readonly FlowItem<P>[], area: { x: number; y: number; width: number; gap: number }, columns: number, height: number): { placed: P[]; used: number } | null {
  const placed: P[] = [];
  let col = 0;
  let y = 0;
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    const need = item.height + (item.keepWithNext && next ? item.after + next.height : 0);
    if (y > 0 && y + need > height) {
      col += 1;
      y = 0;
    }
    if (col >= columns || item.height > height) return null;
    placed.push(item.place(area.x + col * (area.width + area.gap), area.y + y));
    used = Math.max(used, y + item.height);
    y += item.height + item.after;
  }
  return { placed, used };
}

/**
 * The shortest column height at which the items fit in `columns` columns (balanced columns), if
 * it is at most `max`; null when they do not fit under `max`.
 */
export function balancedFlow<P>(items: readonly FlowItem<P>[], area: { x: number; y: number; width: number; gap: number }, columns: number, max: number): { placed: P[]; used: number } | null {
  const all = flowColumns(items, area, columns, max);
  if (!all) return null;
  let lo = Math.max(0, ...items.map((i) => i.height));
  let hi = all.used;
  // Heights are whole pixels to within a fraction: twenty halvings are far below a pixel.
  for (let k = 0; k < 20 && hi - lo > 0.5; k++) {
    const mid = (lo + hi) / 2;
    if (flowColumns(items, area, columns, mid)) hi = mid;
    else lo = mid;
  }
  return flowColumns(items, area, columns, hi) ?? all;
}

/** Paragraphs (citations) as flow items, each wrapped to the column's width. */
export function paragraphItems(texts: readonly string[], width: number, font: FontSpec, measure: MeasureFont): FlowItem<PlacedLine[]>[] {
  return texts.map((c) => {
    const lines = paragraph(c, 0, 0, width, font, 'body', measure);
    return { height: lines.length * lineHeight(font), after: lineHeight(font) * 0.25, keepWithNext: false, place: (x, y) => lines.map((l) => ({ ...l, x: l.x + x, y: l.y + y })) };
  });
}
