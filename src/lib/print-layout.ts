// The printed page's composition, as pure geometry: the page's size in pixels at its resolution,
// then boxes for the title, the map, the legend, the north arrow, the scale bar, the sources and
// the credits, stacked so that none overlaps another and every line fits its box. The canvas
// renderer and the PDF writer draw what this returns; the unit tests check it for every paper.
import {
  balancedFlow,
  paragraphItems,
  lineHeight,
  paragraph,
  type Box,
  type FlowItem,
  type FontSpec,
  type MeasureFont,
  type PlacedLine,
} from './print-flow';

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';
export const PAPERS: readonly Paper[] = ['A4', 'A3'];
export const ORIENTATIONS: readonly Orientation[] = ['landscape', 'portrait'];
/** Short side × long side, in millimetres (ISO 216). */
export const PAPER_MM: Record<Paper, readonly [number, number]> = { A4: [210, 297], A3: [297, 420] };
export const PRINT_DPI = 300;
/** CSS pixels per inch: the screen target's resolution at a device pixel ratio of 1. */
export const CSS_DPI = 96;

export interface PageSize {
  widthMm: number;
  heightMm: number;
  widthPx: number;
  heightPx: number;
  dpi: number;
}

export function mmToPx(mm: number, dpi: number): number {
  return (mm / 25.4) * dpi;
}

export function ptToPx(pt: number, dpi: number): number {
  return (pt / 72) * dpi;
}

/** A sheet of paper at a resolution: A4 portrait at 300 dpi is 2480 × 3508 pixels. */
export function pageSize(paper: Paper, orientation: Orientation, dpi = PRINT_DPI): PageSize {
  const [short, long] = PAPER_MM[paper];
  const [widthMm, heightMm] = orientation === 'portrait' ? [short, long] : [long, short];
  return { widthMm, heightMm, widthPx: Math.round(mmToPx(widthMm, dpi)), heightPx: Math.round(mmToPx(heightMm, dpi)), dpi };
}

/** The screen target: a page the size of the map on screen, at the device's pixel ratio. */
export function screenPage(cssWidth: number, cssHeight: number, ratio: number): PageSize {
  const dpi = CSS_DPI * ratio;
  return {
    widthMm: (cssWidth / CSS_DPI) * 25.4,
    heightMm: (cssHeight / CSS_DPI) * 25.4,
    widthPx: Math.round(cssWidth * ratio),
    heightPx: Math.round(cssHeight * ratio),
    dpi,
  };
}

/** The legend does not fit the page at any size the layout allows. */
export class PageOverflow extends Error {
  constructor() {
    super('the legend does not fit this page');
  }
}

export interface LegendItemInput<S> {
  kind: 'heading' | 'note' | 'row';
  text: string;
  swatch?: S;
  /** A row under its layer's own row (a site layer's categories). */
  indent?: boolean;
}

export interface PageInput<S> {
  page: PageSize;
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: readonly LegendItemInput<S>[];
  sourcesHeading: string;
  citations: readonly string[];
  /** "and 12 more sources …", for the rare page too small to list them all. */
  moreSources: (count: number) => string;
  attribution: string;
  exported: string;
  measure: MeasureFont;
}

export interface PlacedSwatch<S> {
  box: Box;
  swatch: S;
}

export interface PageLayout<S> {
  page: PageSize;
  lines: PlacedLine[];
  swatches: PlacedSwatch<S>[];
  map: Box;
  northArrow: Box;
  scale: Box;
  /** Every block by name, for the overlap checks. */
  blocks: Record<'header' | 'map' | 'legend' | 'northArrow' | 'scale' | 'sources' | 'credits', Box>;
  /** Sources left off a page too small for them all (0 on A4 and A3 with this map's data). */
  omittedSources: number;
}

type Placed<S> = { lines: PlacedLine[]; swatches: PlacedSwatch<S>[] };

function legendItems<S>(input: PageInput<S>, width: number, font: FontSpec, measure: MeasureFont): FlowItem<Placed<S>>[] {
  const bold: FontSpec = { ...font, weight: 600 };
  const lh = lineHeight(font);
  const swW = font.size * 1.8;
  const swH = font.size * 1.1;
  const gap = font.size * 0.5;
  const indent = font.size * 1.2;
  const items: LegendItemInput<S>[] = [{ kind: 'heading', text: input.legendTitle }, ...input.legend];
  return items.map((item, i) => {
    const next = items[i + 1];
    const after = next?.kind === 'heading' ? lh * 0.5 : lh * 0.12;
    if (item.kind !== 'row') {
      const f = item.kind === 'heading' ? bold : font;
      const lines = paragraph(item.text, 0, 0, width, f, item.kind === 'heading' ? 'heading' : 'note', measure);
      return {
        height: lines.length * lineHeight(f),
        after,
        keepWithNext: item.kind === 'heading',
        place: (x, y) => ({ lines: lines.map((l) => ({ ...l, x: l.x + x, y: l.y + y })), swatches: [] }),
      };
    }
    const left = item.indent ? indent : 0;
    // A row without a swatch names a group (a layer drawn only by the kinds listed under it).
    const textX = item.swatch === undefined ? left : left + swW + gap;
    const lines = paragraph(item.text, textX, 0, width - textX, item.swatch === undefined ? bold : font, 'body', measure);
    return {
      height: Math.max(lines.length * lh, swH),
      after,
      keepWithNext: item.swatch === undefined,
      place: (x, y) => ({
        lines: lines.map((l) => ({ ...l, x: l.x + x, y: l.y + y })),
        swatches: item.swatch === undefined ? [] : [{ box: { x: x + left, y: y + (lh - swH) / 2, w: swW, h: swH }, swatch: item.swatch }],
      }),
    };
  });
}

const merge = <S>(parts: Placed<S>[]): Placed<S> => ({ lines: parts.flatMap((p) => p.lines), swatches: parts.flatMap((p) => p.swatches) });

export function composePage<S>(input: PageInput<S>): PageLayout<S> {
  const { page, measure } = input;
  const mm = (v: number) => mmToPx(v, page.dpi);
  const pt = (v: number) => ptToPx(v, page.dpi);
  const landscape = page.widthPx >= page.heightPx;
  const margin = mm(Math.min(10, page.widthMm * 0.04));
  const gap = mm(Math.min(4, page.widthMm * 0.015));
  const W = page.widthPx - 2 * margin;
  const contentH = page.heightPx - 2 * margin;
  const x0 = margin;

  // Header: the title and subtitle wrap over the full width.
  const titleFont: FontSpec = { size: pt(18), weight: 600 };
  const subFont: FontSpec = { size: pt(10.5), weight: 400 };
  const title = paragraph(input.title, x0, margin, W, titleFont, 'title', measure);
  const subY = margin + title.length * lineHeight(titleFont) + mm(1);
  const subtitle = paragraph(input.subtitle, x0, subY, W, subFont, 'subtitle', measure);
  const headerBottom = subY + subtitle.length * lineHeight(subFont);

  // Credits at the foot: attribution, then the export date.
  const small: FontSpec = { size: pt(6.5), weight: 400 };
  const attribution = paragraph(input.attribution, x0, 0, W, small, 'note', measure);
  const exported = paragraph(input.exported, x0, 0, W, small, 'note', measure);
  const creditLines = [...attribution, ...exported];
  const creditsH = creditLines.length * lineHeight(small);
  const creditsY = page.heightPx - margin - creditsH;
  creditLines.forEach((l, i) => (l.y = creditsY + i * lineHeight(small)));

  // Sources above the credits, in balanced columns, at the largest size that fits in a third of
  // the page (readable citations first; a smaller size, down to 5.5 pt, only for a long list).
  const baseCols = landscape ? (page.widthMm > 350 ? 4 : 3) : page.widthMm > 250 ? 3 : 2;
  const maxSources = contentH * 0.33;
  let sources: PlacedLine[] = [];
  let sourcesH = 0;
  let omitted = 0;
  for (const [size, cols] of [7, 6.5, 6, 5.5].flatMap((size) => [[size, baseCols], [size, baseCols + 1]] as const)) {
    const colW = (W - (cols - 1) * gap) / cols;
    const font: FontSpec = { size: pt(size), weight: 400 };
    const head = paragraph(input.sourcesHeading, x0, 0, W, { ...font, weight: 600 }, 'heading', measure);
    const headH = head.length * lineHeight(font);
    const room = maxSources - headH;
    const area = { x: x0, y: 0, width: colW, gap };
    let list = [...input.citations];
    let flow = balancedFlow(paragraphItems(list, colW, font, measure), area, cols, room);
    // Only at the smallest size: the most citations that fit (found by halving) and a line saying
    // how many are left off.
    if (!flow && size === 5.5 && cols > baseCols) {
      const tryCount = (n: number) =>
        balancedFlow(paragraphItems([...input.citations.slice(0, n), input.moreSources(input.citations.length - n)], colW, font, measure), area, cols, room);
      let lo = 0;
      let hi = input.citations.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (tryCount(mid)) lo = mid;
        else hi = mid - 1;
      }
      list = input.citations.slice(0, lo);
      flow = tryCount(lo);
    }
    if (!flow) continue;
    omitted = input.citations.length - list.length;
    sourcesH = headH + flow.used;
    const top = creditsY - gap * 0.5 - sourcesH;
    sources = [...head.map((l) => ({ ...l, y: l.y + top })), ...flow.placed.flat().map((l) => ({ ...l, y: l.y + top + headH }))];
    break;
  }
  const sourcesY = creditsY - gap * 0.5 - sourcesH;

  // The middle: the map, the legend, the north arrow and the scale bar. In landscape the legend
  // takes a column beside the map; in portrait, or when it is too long for that column, a band
  // under the map, beside the north arrow and the scale bar.
  const top = headerBottom + gap;
  const bottom = sourcesY - gap;
  const middleH = bottom - top;
  const arrowW = mm(9);
  const ornamentH = mm(15);
  const legendFonts = [8, 7.5, 7, 6.5, 6].map((s): FontSpec => ({ size: pt(s), weight: 400 }));
  const shift = (p: Placed<S>, dy: number): Placed<S> => ({
    lines: p.lines.map((l) => ({ ...l, y: l.y + dy })),
    swatches: p.swatches.map((sw) => ({ ...sw, box: { ...sw.box, y: sw.box.y + dy } })),
  });
  const inColumns = (x: number, y: number, width: number, columns: number, font: FontSpec, max: number) => {
    const colW = (width - (columns - 1) * gap) / columns;
    const flow = balancedFlow(legendItems(input, colW, font, measure), { x, y, width: colW, gap }, columns, max);
    return flow && { placed: merge(flow.placed), used: flow.used };
  };
  let placed: { legend: Placed<S>; legendBox: Box; map: Box; northArrow: Box; scale: Box } | null = null;
  if (landscape) {
    const legendH = middleH - ornamentH - gap;
    const base = Math.min(Math.max(W * 0.24, mm(58)), mm(85));
    for (const [font, columns, widen] of legendFonts.flatMap((f) => [[f, 1, 1], [f, 2, 1.6]] as const)) {
      const sideW = base * widen;
      const sideX = x0 + W - sideW;
      const flow = inColumns(sideX, top, sideW, columns, font, legendH);
      if (!flow) continue;
      placed = {
        legend: flow.placed,
        legendBox: { x: sideX, y: top, w: sideW, h: flow.used },
        map: { x: x0, y: top, w: W - sideW - gap, h: middleH },
        northArrow: { x: x0 + W - arrowW, y: bottom - ornamentH, w: arrowW, h: ornamentH },
        scale: { x: sideX, y: bottom - ornamentH, w: sideW - arrowW - gap, h: ornamentH },
      };
      break;
    }
  }
  if (!placed) {
    const orW = mm(48);
    const legendW = W - orW - gap;
    const maxColumns = Math.max(2, Math.round(legendW / mm(62)));
    // Two fifths of the middle at most; a very long legend may take three fifths before it shrinks.
    for (const [font, columns, share] of [0.4, 0.6].flatMap((share) => legendFonts.flatMap((f) => [[f, maxColumns - 1, share], [f, maxColumns, share]] as const))) {
      const flow = inColumns(x0, 0, legendW, columns, font, middleH * share);
      if (!flow) continue;
      const legendH = Math.max(flow.used, ornamentH);
      const legendY = bottom - legendH;
      placed = {
        legend: shift(flow.placed, legendY),
        legendBox: { x: x0, y: legendY, w: legendW, h: legendH },
        map: { x: x0, y: top, w: W, h: legendY - gap - top },
        northArrow: { x: x0 + W - arrowW, y: legendY, w: arrowW, h: ornamentH },
        scale: { x: x0 + W - orW, y: legendY, w: orW - arrowW - gap, h: ornamentH },
      };
      break;
    }
  }
  if (!placed) throw new PageOverflow();
  const { legend, legendBox, northArrow, scale } = placed;
  let map = placed.map;
  // Whole pixels for the map: it is an image of exactly this size.
  map = { x: Math.round(map.x), y: Math.round(map.y), w: Math.floor(map.w), h: Math.floor(map.h) };

  return {
    page,
    lines: [...title, ...subtitle, ...legend.lines, ...sources, ...creditLines],
    swatches: legend.swatches,
    map,
    northArrow,
    scale,
    blocks: {
      header: { x: x0, y: margin, w: W, h: headerBottom - margin },
      map,
      legend: legendBox,
      northArrow,
      scale,
      sources: { x: x0, y: sourcesY, w: W, h: sourcesH },
      credits: { x: x0, y: creditsY, w: W, h: creditsH },
    },
    omittedSources: omitted,
  };
}
