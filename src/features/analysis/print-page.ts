// One export from the dialog: the page's size (paper at 300 dpi, or the map's size on screen), its
// composition (print-layout.ts), the map drawn afresh for the map box (print-map.ts), the page
// drawn on a canvas (print-render.ts), then a PNG of it or a PDF (print-pdf.ts).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { composePage, PageOverflow, pageSize, screenPage, type Orientation, type PageSize, type Paper } from '../../lib/print-layout';
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

export function pageFor(r: Pick<PrintRequest, 'target' | 'paper' | 'orientation'>): PageSize {
  if (r.target === 'page') return pageSize(r.paper, r.orientation);
  // The screen target is the browser window's size: the page around the map needs more room than
  // the map's own box on screen.
  return screenPage(window.innerWidth, window.innerHeight, window.devicePixelRatio || 1);
}

/** shanghai-talent-map-A4-landscape-2026-12-02.pdf; "-zh" for a Chinese page; "screen" for the screen size. */
export function printFileName(r: PrintRequest, lang: string, date = today()): string {
  const size = r.target === 'page' ? `${r.paper}-${r.orientation}` : 'screen';
  return `shanghai-talent-map-${size}${lang === 'en' ? '' : `-${lang}`}-${date}.${r.format}`;
}

function encodePng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the page could not be encoded'))), 'image/png'));
}

function compose(page: PageSize, c: PrintContent, measure: MeasureFont) {
  return composePage<PrintSwatch>({
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
}

/**
 * The page laid out; a screen-sized page too short for its legend grows taller (a paper page
 * cannot, and says so).
 */
function layoutFor(r: PrintRequest, c: PrintContent, measure: MeasureFont, first: PageSize) {
  let page = first;
  for (let i = 0; ; i++) {
    try {
      return compose(page, c, measure);
    } catch (e) {
      if (!(e instanceof PageOverflow) || r.target !== 'screen' || i >= 6) throw e instanceof PageOverflow ? new Error(c.tooLong) : e;
      page = { ...page, heightPx: Math.round(page.heightPx * 1.25), heightMm: page.heightMm * 1.25 };
    }
  }
}

export async function exportPage(live: MapLibreMap, r: PrintRequest, c: PrintContent): Promise<Blob> {
  await loadPageFonts();
  const scratch = document.createElement('canvas').getContext('2d')!;
  const first = pageFor(r);
  // The PDF's page size is known only once the layout has settled it (a screen page may grow).
  const probe = r.format === 'pdf' ? await newPdf(first) : null;
  const canvasWidth = canvasMeasure(scratch);
  const layout = layoutFor(r, c, probe ? pdfAwareMeasure(probe, canvasWidth, first.dpi) : canvasWidth, first);
  const page = layout.page;
  const doc = probe && page.heightPx !== first.heightPx ? await newPdf(page) : probe;
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
