// How a chapter too long for the screen becomes steps of the same chapter. Pure: the caption card
// measures its blocks (sentences, the sources line, rows of figures, list rows) in the browser and
// hands their boxes here; what goes on which step is decided without a DOM, so it is unit-tested.

/** One measured block, in pixels from the top of the caption's body as if everything were on one step. */
export interface MeasuredBlock {
  top: number;
  bottom: number;
  /** Must stay on the same step as the block before it (a list's first row after its heading). */
  glue: boolean;
}

/**
 * Splits the blocks into steps, greedily: each step takes blocks while the span from its first
 * block's top to its last block's bottom fits `available`. A glued block that does not fit takes
 * the block before it along to the next step (unless that would leave a step empty). A block taller
 * than `available` gets a step of its own: the caption then scrolls rather than cut it off.
 * Returns the index of each step's first block; step k runs to the next step's first block.
 */
export function paginate(blocks: readonly MeasuredBlock[], available: number): number[] {
  if (blocks.length === 0) return [0];
  const starts = [0];
  let start = 0;
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i]!.bottom - blocks[start]!.top <= available) continue;
    // Block i does not fit on this step. Back off over glued blocks so a heading moves with its row.
    let cut = i;
    while (cut > start + 1 && blocks[cut]!.glue) cut--;
    if (blocks[cut]!.glue && cut === start + 1) cut = i;
    starts.push(cut);
    start = cut;
  }
  return starts;
}

/** The step that holds block `index`, given the steps' first blocks. */
export function stepOfBlock(starts: readonly number[], index: number): number {
  let step = 0;
  for (let s = 0; s < starts.length; s++) if (starts[s]! <= index) step = s;
  return step;
}

/**
 * A caption's paragraph as sentences, so a long one can continue on the next step between two
 * sentences, never mid-sentence. Chinese ends sentences with 。！？ and no space; English with . ! ?
 * and a space. Abbreviations such as "approx. 3" may split early, which only costs a line.
 */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^。！？!?.]+(?:[。！？!?.]+["'”’）)]*\s*|$)/g) ?? [text];
  const out: string[] = [];
  for (const p of parts) {
    if (!p) continue;
    // A full stop inside a number ("1.5 km", "3.2万") is not the end of a sentence: glue it back.
    const prev = out[out.length - 1];
    if (prev !== undefined && /\d\.$/.test(prev) && /^\d/.test(p)) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  const joined = out.join('');
  // Never lose or change a character: if the pattern ever disagrees with the text, keep it whole.
  return joined === text && out.length > 0 ? out : [text];
}

/** Which step to show: a stored step kept inside 1..steps ("last" is stored as a large number). */
export function clampStep(step: number, steps: number): number {
  if (!Number.isFinite(step) || step < 1) return 1;
  return Math.min(Math.floor(step), Math.max(1, steps));
}

/** Stands for "the last step of the chapter", before its steps are measured (← from a chapter's first step). */
export const LAST_STEP = 1_000;
