import { describe, expect, it } from 'vitest';
import { clampStep, LAST_STEP, paginate, splitSentences, stepOfBlock, type MeasuredBlock } from '../../src/lib/tour-steps';
import { targetPosition } from '../../src/lib/tour-nav';

/** Blocks of the given heights stacked with a 10 px gap; `glued` lists the indexes glued to the block before. */
function stack(heights: number[], glued: number[] = []): MeasuredBlock[] {
  let y = 0;
  return heights.map((h, i) => {
    const b = { top: y, bottom: y + h, glue: glued.includes(i) };
    y += h + 10;
    return b;
  });
}

describe('paginate', () => {
  it('keeps everything on one step when it fits', () => {
    expect(paginate(stack([100, 100, 100]), 320)).toEqual([0]);
  });

  it('starts a new step where the next block would overflow', () => {
    // 0–100, 110–210, 220–320, 330–430: the fourth does not fit 400 with the first.
    expect(paginate(stack([100, 100, 100, 100]), 400)).toEqual([0, 3]);
  });

  it('moves a heading with the row glued to it', () => {
    // Block 3 (glued to heading 2) does not fit: the heading goes along to the next step.
    expect(paginate(stack([100, 100, 40, 100], [3]), 300)).toEqual([0, 2]);
  });

  it('never leaves a step empty: a glued pair at the start of a step stays put', () => {
    expect(paginate(stack([40, 500], [1]), 300)).toEqual([0, 1]);
  });

  it('gives a block taller than the screen a step of its own', () => {
    expect(paginate(stack([100, 900, 100]), 300)).toEqual([0, 1, 2]);
  });

  it('has one step for no blocks', () => {
    expect(paginate([], 300)).toEqual([0]);
  });

  it('finds the step of a block', () => {
    expect(stepOfBlock([0, 3, 5], 4)).toBe(1);
    expect(stepOfBlock([0, 3, 5], 5)).toBe(2);
  });
});

describe('splitSentences', () => {
  it('splits English after . ! ? and keeps every character', () => {
    const text = 'Shanghai counts its talent. It ranks first! Does it? Yes.';
    expect(splitSentences(text)).toEqual(['Shanghai counts its talent. ', 'It ranks first! ', 'Does it? ', 'Yes.']);
  });

  it('splits Chinese after 。！？', () => {
    expect(splitSentences('上海人才众多。排名第一！')).toEqual(['上海人才众多。', '排名第一！']);
  });

  it('does not split inside a number', () => {
    expect(splitSentences('About 1.5 km away. Next.')).toEqual(['About 1.5 km away. ', 'Next.']);
  });

  it('keeps a text without a full stop whole', () => {
    expect(splitSentences('no stop here')).toEqual(['no stop here']);
  });
});

describe('clampStep', () => {
  it('keeps a step inside 1..steps', () => {
    expect(clampStep(LAST_STEP, 3)).toBe(3);
    expect(clampStep(0, 3)).toBe(1);
    expect(clampStep(Number.NaN, 3)).toBe(1);
    expect(clampStep(2, 3)).toBe(2);
  });
});

describe('targetPosition', () => {
  it('continues inside a chapter before moving on', () => {
    expect(targetPosition({ kind: 'next' }, { chapter: 2, step: 1 }, 5, 2)).toEqual({ chapter: 2, step: 2 });
    expect(targetPosition({ kind: 'next' }, { chapter: 2, step: 2 }, 5, 2)).toEqual({ chapter: 3, step: 1 });
  });

  it('goes back a step, then to the previous chapter’s last step', () => {
    expect(targetPosition({ kind: 'previous' }, { chapter: 2, step: 2 }, 5, 2)).toEqual({ chapter: 2, step: 1 });
    expect(targetPosition({ kind: 'previous' }, { chapter: 2, step: 1 }, 5, 2, false, LAST_STEP)).toEqual({ chapter: 1, step: LAST_STEP });
    expect(targetPosition({ kind: 'previous' }, { chapter: 1, step: 1 }, 5, 2)).toBeNull();
  });

  it('stops at the end unless looping', () => {
    expect(targetPosition({ kind: 'next' }, { chapter: 5, step: 2 }, 5, 2)).toBeNull();
    expect(targetPosition({ kind: 'next' }, { chapter: 5, step: 2 }, 5, 2, true)).toEqual({ chapter: 1, step: 1 });
  });

  it('jumps to a chapter’s first step', () => {
    expect(targetPosition({ kind: 'goto', chapter: 4 }, { chapter: 2, step: 2 }, 5, 2)).toEqual({ chapter: 4, step: 1 });
    expect(targetPosition({ kind: 'first' }, { chapter: 1, step: 2 }, 5, 2)).toEqual({ chapter: 1, step: 1 });
    expect(targetPosition({ kind: 'exit' }, { chapter: 1, step: 1 }, 5, 2)).toBeNull();
  });
});
