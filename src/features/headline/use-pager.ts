// Paging for a row of equal cards that scrolls sideways: which cards are in view, and a move by one
// screenful. The row snaps to card edges and its cards are sized so a whole number of them fills
// it (headline.css), so every position the row can rest at shows whole cards only.
import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface PagerState {
  /** 1-based index of the first and last card in view, and how many there are. */
  first: number;
  last: number;
  count: number;
}

function readState(el: HTMLElement): PagerState {
  const cards = [...el.children] as HTMLElement[];
  const count = cards.length;
  if (count === 0) return { first: 0, last: 0, count: 0 };
  const left = el.scrollLeft;
  const right = left + el.clientWidth;
  const start = cards[0]!.offsetLeft;
  // Half a pixel either way: card widths are fractions of the row and snapping rounds.
  const inView = cards.map((c) => c.offsetLeft - start >= left - 1 && c.offsetLeft - start + c.offsetWidth <= right + 1);
  const first = inView.indexOf(true);
  const last = inView.lastIndexOf(true);
  return { first: first + 1, last: last + 1, count };
}

export function usePager(ref: RefObject<HTMLElement | null>, itemCount: number): { state: PagerState; page: (dir: 1 | -1) => void } {
  const [state, setState] = useState<PagerState>({ first: 0, last: 0, count: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setState((prev) => {
      const next = readState(el);
      return prev.first === next.first && prev.last === next.last && prev.count === next.count ? prev : next;
    });
    update();
    el.addEventListener('scroll', update, { passive: true });
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    ro?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      ro?.disconnect();
    };
  }, [ref, itemCount]);

  const page = useCallback(
    (dir: 1 | -1) => {
      const el = ref.current;
      if (!el) return;
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      const gap = parseFloat(getComputedStyle(el).columnGap) || 0;
      el.scrollBy({ left: dir * (el.clientWidth + gap), behavior: reduced ? 'auto' : 'smooth' });
    },
    [ref],
  );
  return { state, page };
}
