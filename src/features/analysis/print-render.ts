// Draws a composed page (print-layout.ts) on a 2D canvas: white paper, the printed map in its box,
// the legend's swatches, the north arrow, the scale bar and every line of text. The PDF writer
// asks it to leave out the lines it sets as real PDF text.
import type { FontSpec, MeasureFont, PlacedLine, TextRole } from '../../lib/print-flow';
import { lineHeight } from '../../lib/print-flow';
import { ptToPx, type PageLayout } from '../../lib/print-layout';
import { scaleBarLayout, type ScaleBarLayout } from '../../lib/scale-bar';
import { CJK_FONT_FAMILIES } from '../map/basemap';
import type { PrintSwatch } from '../map/legend-model';
import type { PrintedMap } from './print-map';
import { drawSwatch } from './print-swatch';

/** Inter (bundled) for Latin text, the system's Simplified Chinese face for Han characters. */
export const PAGE_FONT_FAMILY = ['Inter', ...CJK_FONT_FAMILIES].map((f) => `"${f}"`).join(', ') + ', sans-serif';

export const TEXT_COLOUR: Record<TextRole, string> = {
  title: '#111418',
  subtitle: '#30353c',
  heading: '#111418',
  body: '#1f2328',
  note: '#4a5059',
};

export function cssFont(font: FontSpec): string {
  return `${font.weight} ${font.size}px ${PAGE_FONT_FAMILY}`;
}

/** The fonts the page uses, loaded before anything is measured (a fallback face measures differently). */
export async function loadPageFonts(): Promise<void> {
  if (!document.fonts) return;
  await Promise.all([document.fonts.load('400 32px Inter'), document.fonts.load('600 32px Inter')]);
}

export function canvasMeasure(ctx: CanvasRenderingContext2D): MeasureFont {
  return (text, font) => {
    ctx.font = cssFont(font);
    return ctx.measureText(text).width;
  };
}

/** Where a line's glyphs sit: the alphabetic baseline, shared by the canvas and the PDF text. */
export function baselineOf(line: PlacedLine): number {
  return line.y + lineHeight(line.font) / 2 + line.font.size * 0.34;
}

export interface PageDrawing {
  layout: PageLayout<PrintSwatch>;
  map: PrintedMap;
  /** The bearing of the printed map, for the north arrow. */
  bearing: number;
  north: string;
  distance: (metres: number) => string;
  /** Lines another writer sets (the PDF's text); the canvas leaves them out. */
  skip?: (line: PlacedLine) => boolean;
}

export function scaleFor(d: PageDrawing, measure: MeasureFont): { bar: ScaleBarLayout; font: FontSpec } {
  const font: FontSpec = { size: ptToPx(7.5, d.layout.page.dpi), weight: 400 };
  return { bar: scaleBarLayout(d.layout.scale, d.map.metresPerPx, font.size, d.distance, (s) => measure(s, font)), font };
}

export function drawPage(canvas: HTMLCanvasElement, d: PageDrawing): { scaleLabel: PlacedLine; northLabel: PlacedLine } {
  const { layout } = d;
  canvas.width = layout.page.widthPx;
  canvas.height = layout.page.heightPx;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const px = (pt: number) => ptToPx(pt, layout.page.dpi);

  // The map and a hairline frame around it.
  const m = layout.map;
  ctx.drawImage(d.map.canvas, m.x, m.y, m.w, m.h);
  ctx.strokeStyle = '#8a9099';
  ctx.lineWidth = px(0.6);
  ctx.strokeRect(m.x, m.y, m.w, m.h);

  for (const s of layout.swatches) drawSwatch(ctx, s.box, s.swatch);

  const measure = canvasMeasure(ctx);
  const { bar, font } = scaleFor(d, measure);
  ctx.fillStyle = TEXT_COLOUR.body;
  const b = bar.bar;
  const thick = b.h / 3;
  ctx.fillRect(b.x, b.y, b.w, thick);
  ctx.fillRect(b.x, b.y, thick, b.h);
  ctx.fillRect(b.x + b.w - thick, b.y, thick, b.h);
  ctx.fillRect(b.x + b.w / 2 - thick / 4, b.y, thick / 2, b.h * 0.7);
  const scaleLabel: PlacedLine = { text: bar.text, x: bar.label.x, y: bar.label.y, w: d.layout.scale.w, font, role: 'body' };

  // The north arrow: its letter on top, an arrow under it turned by the map's bearing.
  const a = layout.northArrow;
  const letterFont: FontSpec = { size: px(9), weight: 600 };
  const letterH = lineHeight(letterFont);
  const northLabel: PlacedLine = { text: d.north, x: a.x + (a.w - measure(d.north, letterFont)) / 2, y: a.y, w: a.w, font: letterFont, role: 'heading' };
  const cx = a.x + a.w / 2;
  const cy = a.y + letterH + (a.h - letterH) / 2;
  const r = Math.min(a.w / 2, (a.h - letterH) / 2) * 0.9;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate((-d.bearing * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -r);
  ctx.lineTo(r * 0.55, r);
  ctx.lineTo(0, r * 0.55);
  ctx.closePath();
  ctx.fillStyle = TEXT_COLOUR.title;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(0, -r);
  ctx.lineTo(-r * 0.55, r);
  ctx.lineTo(0, r * 0.55);
  ctx.closePath();
  ctx.strokeStyle = TEXT_COLOUR.title;
  ctx.lineWidth = px(0.6);
  ctx.stroke();
  ctx.restore();

  ctx.textBaseline = 'alphabetic';
  for (const line of [...layout.lines, scaleLabel, northLabel]) {
    if (d.skip?.(line)) continue;
    ctx.font = cssFont(line.font);
    ctx.fillStyle = TEXT_COLOUR[line.role];
    ctx.fillText(line.text, line.x, baselineOf(line));
  }
  return { scaleLabel, northLabel };
}
