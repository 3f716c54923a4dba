// Measures the caption body's blocks in the hidden full-length copy and splits them into steps
// that fit the visible body (pure splitting in src/lib/tour-steps.ts). Re-measured whenever either
// box changes size: a resized window, fonts arriving, figures loading, another language.
import { useLayoutEffect, useState } from 'react';
import { paginate, type MeasuredBlock } from '../../lib/tour-steps';
import type { BlockKey } from './chapter-body';

/** Keys drawn side by side in a grid: items whose tops agree form one row, which a step never splits. */
const GRID_KEY = /^(f|u):/;

function measure(keys: readonly BlockKey[], copy: HTMLElement, body: HTMLElement): number[] {
  const base = copy.getBoundingClientRect().top;
  const rects = new Map<string, DOMRect>();
  for (const el of copy.querySelectorAll<HTMLElement>('[data-block]')) rects.set(el.dataset.block!, el.getBoundingClientRect());
  const blocks: (MeasuredBlock & { first: number })[] = [];
  keys.forEach((key, index) => {
    const r = rects.get(key);
    if (!r) return;
    const top = r.top - base;
    const bottom = r.bottom - base;
    const last = blocks[blocks.length - 1];
    const prevKey = last ? keys[last.first] : undefined;
    if (last && GRID_KEY.test(key) && prevKey?.[0] === key[0] && Math.abs(last.top - top) < 2) {
      last.bottom = Math.max(last.bottom, bottom);
      return;
    }
    // The sources stay with the words they source; a list's first row stays with its heading.
    const glue = key === 'src' || prevKey === 'dh' || prevKey === 'uh';
    blocks.push({ top, bottom, glue, first: index });
  });
  if (blocks.length === 0) return [0];
  return paginate(blocks, body.clientHeight).map((b) => blocks[b]!.first);
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The first block key index of each step; one step when nothing can be measured (no layout engine). */
export function useChapterSteps(keys: readonly BlockKey[], copy: HTMLElement | null, body: HTMLElement | null, version: string): number[] {
  const [starts, setStarts] = useState<number[]>([0]);
  const [tick, setTick] = useState(0);

  useLayoutEffect(() => {
    if (!copy || !body || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setTick((n) => n + 1));
    ro.observe(copy);
    ro.observe(body);
    return () => ro.disconnect();
  }, [copy, body]);

  const keyList = keys.join('|');
  useLayoutEffect(() => {
    if (!copy || !body) return;
    const next = measure(keyList.split('|'), copy, body);
    // Measuring is a read of the layout the render just made; the steps follow from it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStarts((prev) => (same(prev, next) ? prev : next));
  }, [keyList, copy, body, tick, version]);

  return starts;
}
