// One export from the dialog: the page's size (paper at 300 dpi, or the map's size on screen), its
// composition (print-layout.ts), the map drawn afresh for the map box (print-map.ts), the page
// drawn on a canvas (print-render.ts), then a PNG of it or a PDF (print-pdf.ts).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { composePage, pageSize, screenPage, type Orientation, type PageSize, type Paper } from '../../lib/print-layout';
import type { MeasureFont } from '../../lib/print-flow';
import { today } from '../../lib/download';
import type { PrintSwatch } from '../map/legend-model';
import type { PrintContent } from './print-content';
import { renderPrintedMap } from './print-map';
import { canvasMeasure, drawPage, loadPageFonts } from './print-render';
import { isPdfText, newPdf, pdfAwareMeasure, writePdf } from './print-pdf';

export type PrintTarget = 'page' | 'screen';
export type PrintFormat = 'png' | 'pdf';

export interface PrintRequest {
  target: PrintTarget;
  paper: Paper;
  orientation: Orientation;
  format: PrintFormat;
}

export function pageFor(live: MapLibreMap | null, r: Pick<PrintRequest, 'target' | 'paper' | 'orientation'>): PageSize | null {
  if (r.target === 'page') return pageSize(r.paper, r.orientation);
  if (!live) return null;
  const box = live.getContainer();
  return screenPage(box.clientWidth, box.clientHeight, window.devicePixelRatio || 1);
}

/** shanghai-talent-map-A4-landscape-2026-12-02.pdf; "-zh" for a Chinese page; "screen" for the screen size. */
export function printFileName(r: PrintRequest, lang: string, date = today()): string {
  const size = r.target === 'page' ? `${r.paper}-${r.orientation}` : 'screen';
  return `shanghai-talent-map-${size}${lang === 'en' ? '' : `-${lang}`}-${date}.${r.format}`;
}

function encodePng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the page could not be encoded'))), 'image/png'));
}

export async function exportPage(live: MapLibreMap, r: PrintRequest, c: PrintContent): Promise<Blob> {
  const page = pageFor(live, r)!;
  await loadPageFonts();
  const scratch = document.createElement('canvas').getContext('2d')!;
  const doc = r.format === 'pdf' ? await newPdf(page) : null;
  const measure: MeasureFont = doc ? pdfAwareMeasure(doc, canvasMeasure(scratch), page.dpi) : canvasMeasure(scratch);
  const layout = composePage<PrintSwatch>({
    page,
    title: c.title,
    subtitle: c.subtitle,
    legendTitle: c.legendTitle,
    legend: c.legend,
    sourcesHeading: c.sourcesHeading,
    citations: c.citations,
    moreSources: c.moreSources,
    attribution: c.attribution,
    exported: c.exported,
    measure,
  });
  const map = await renderPrintedMap(live, layout.map, page.dpi);
  const canvas = document.createElement('canvas');
  const drawing = { layout, map, bearing: live.getBearing(), north: c.north, distance: c.distance };
  if (!doc) {
    drawPage(canvas, drawing);
    return encodePng(canvas);
  }
  const { scaleLabel, northLabel } = drawPage(canvas, { ...drawing, skip: (line) => isPdfText(line.text) });
  return writePdf(doc, {
    page,
    image: canvas,
    lines: [...layout.lines, scaleLabel, northLabel],
    title: c.title,
    subject: c.subtitle,
    lang: c.lang,
  });
}
