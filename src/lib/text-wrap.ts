// Wrapping text to a measured width, for the printed page (a canvas has no line breaking of its
// own). Lines break at spaces, and between Han characters, as Chinese text does — but never before
// closing punctuation (、，。：）》…) or after opening punctuation (（《“), so a line never starts
// with "，" or ends with "（". A word wider than the whole line is the one case cut between
// letters, so that no line is ever wider than asked and no letter is ever lost.

/** The width of a text in the units the caller lays out in (pixels at the page's resolution). */
export type Measure = (text: string) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
/** May not start a line. */
const NO_START = new Set([...'、，。：；！？）》」』】〕〉…·,.;:!?)]}”’%']);
/** May not end a line. */
const NO_END = new Set([...'（《「『【〔〈“‘([{']);

function breakAllowed(before: string, after: string): boolean {
  if (/\s/u.test(before)) return !/\s/u.test(after);
  if (/\s/u.test(after)) return false;
  if (NO_START.has(after) || NO_END.has(before)) return false;
  return CJK.test(before) || CJK.test(after);
}

/** The text cut where a line may break; each piece keeps its trailing spaces. */
export function breakPieces(text: string): string[] {
  const chars = [...text];
  const pieces: string[] = [];
  let current = '';
  chars.forEach((c, i) => {
    current += c;
    const next = chars[i + 1];
    if (next !== undefined && breakAllowed(c, next)) {
      pieces.push(current);
      current = '';
    }
  });
  if (current) pieces.push(current);
  return pieces;
}

/** A piece wider than the line, cut into runs of characters that each fit. */
function hardBreak(piece: string, width: number, measure: Measure): string[] {
  const out: string[] = [];
  let line = '';
  for (const c of piece) {
    if (line && measure((line + c).trimEnd()) > width) {
      out.push(line);
      line = '';
    }
    line += c;
  }
  if (line) out.push(line);
  return out;
}

/**
 * Lines no wider than `width` by `measure`, in order, holding every non-space character of the
 * text. Explicit newlines start a new line. Spaces at a line's end are dropped.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const piece of breakPieces(paragraph.trim())) {
      const candidate = line + piece;
      if (measure(candidate.trimEnd()) <= width) {
        line = candidate;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      if (measure(piece.trimEnd()) <= width) {
        line = piece;
        continue;
      }
      const runs = hardBreak(piece, width, measure);
      lines.push(...runs.slice(0, -1).map((r) => r.trimEnd()));
      line = runs.at(-1) ?? '';
    }
    if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  }
  return lines;
}
