// The page as a PDF (jspdf): a page of the paper's size in millimetres, the drawn page as one image
// under it, and every line that the PDF's standard Helvetica can encode (WinAnsi: Latin letters and
// the usual punctuation) set as real text on top, so an English page can be searched and copied.
// Lines with Chinese characters stay in the image: embedding a CJK font, even a subset, would add
// megabytes to the app and to every page (see the README). The document's title and language are
// set either way.
import type { jsPDF as JsPdf } from 'jspdf';
import type { FontSpec, MeasureFont, PlacedLine } from '../../lib/print-flow';
import type { PageSize } from '../../lib/print-layout';
import { baselineOf, TEXT_COLOUR } from './print-render';

/** The characters of the PDF standard fonts' WinAnsi encoding beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);

/** True when Helvetica in a PDF can show every character of the text. */
export function isPdfText(text: string): boolean {
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) continue;
    return false;
  }
  return true;
}

export async function newPdf(page: PageSize): Promise<JsPdf> {
  const { jsPDF } = await import('jspdf');
  return new jsPDF({
    unit: 'mm',
    format: [page.widthMm, page.heightMm],
    orientation: page.widthMm >= page.heightMm ? 'landscape' : 'portrait',
    compress: true,
  });
}

const style = (font: FontSpec) => (font.weight === 600 ? 'bold' : 'normal');

/**
 * A measure for a page whose text may become PDF text: a line Helvetica can set is measured in both
 * faces and the wider counts, so it fits its box in the image and in the PDF alike.
 */
export function pdfAwareMeasure(doc: JsPdf, canvas: MeasureFont, dpi: number): MeasureFont {
  return (text, font) => {
    const drawn = canvas(text, font);
    if (!isPdfText(text)) return drawn;
    doc.setFont('helvetica', style(font));
    const pt = (font.size / dpi) * 72;
    return Math.max(drawn, ((doc.getStringUnitWidth(text) * pt) / 72) * dpi);
  };
}

export interface PdfContent {
  page: PageSize;
  /** The page drawn without the lines set as text. */
  image: HTMLCanvasElement;
  lines: readonly PlacedLine[];
  title: string;
  subject: string;
  lang: 'en' | 'zh';
}

export function writePdf(doc: JsPdf, c: PdfContent): Blob {
  const mmPerPx = c.page.widthMm / c.page.widthPx;
  // JPEG at high quality: a page of 300 dpi as PNG would weigh tens of megabytes in jspdf.
  doc.addImage(c.image.toDataURL('image/jpeg', 0.92), 'JPEG', 0, 0, c.page.widthMm, c.page.heightMm, undefined, 'NONE');
  for (const line of c.lines) {
    if (!isPdfText(line.text) || !line.text) continue;
    doc.setFont('helvetica', style(line.font));
    doc.setFontSize((line.font.size / c.page.dpi) * 72);
    doc.setTextColor(TEXT_COLOUR[line.role]);
    doc.text(line.text, line.x * mmPerPx, baselineOf(line) * mmPerPx, { baseline: 'alphabetic' });
  }
  doc.setProperties({ title: c.title, subject: c.subject, creator: c.title });
  doc.setLanguage(c.lang === 'zh' ? 'zh-CN' : 'en-GB');
  return doc.output('blob');
}
