// How much of the screen the caption card covers, so a chapter's camera centres on the part of
// the map the audience can actually see. Measured from the card's real box (ResizeObserver), not
// mirrored from the CSS, so a wider card, another font or a bottom sheet are all accounted for.
import { useEffect, useMemo, useState } from 'react';
import type { CameraPadding } from '../../store/app-store';

interface Box {
  w: number;
  h: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxOf(card: HTMLElement | null): Box {
  const w = window.innerWidth;
  const h = window.innerHeight;
  const r = card?.getBoundingClientRect();
  return r ? { w, h, left: r.left, top: r.top, right: r.right, bottom: r.bottom } : { w, h, left: 0, top: 0, right: 0, bottom: 0 };
}

/** The card's box as padding on the side it stands against: a full-height card pads that side, a bottom sheet the bottom. */
export function paddingForCard(b: Box): { padding: CameraPadding; visible: { width: number; height: number } } {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  const cw = Math.max(0, b.right - b.left);
  const ch = Math.max(0, b.bottom - b.top);
  if (cw === 0 || ch === 0) return { padding: none, visible: { width: b.w, height: b.h } };
  // Taller than wide relative to the screen: a side panel. Otherwise a sheet at the top or bottom.
  if (ch / b.h >= cw / b.w) {
    const left = b.left <= b.w - b.right ? Math.round(Math.min(b.w, b.right)) : 0;
    const right = left === 0 ? Math.round(Math.max(0, b.w - b.left)) : 0;
    return { padding: { ...none, left, right }, visible: { width: Math.max(1, b.w - left - right), height: b.h } };
  }
  const top = b.top <= b.h - b.bottom ? Math.round(Math.min(b.h, b.bottom)) : 0;
  const bottom = top === 0 ? Math.round(Math.max(0, b.h - b.top)) : 0;
  return { padding: { ...none, top, bottom }, visible: { width: b.w, height: Math.max(1, b.h - top - bottom) } };
}

export function useMapPadding(card: HTMLElement | null): { padding: CameraPadding; visible: { width: number; height: number } } {
  const [box, setBox] = useState<Box>(() => boxOf(card));
  useEffect(() => {
    const on = () =>
      setBox((prev) => {
        const next = boxOf(card);
        return (Object.keys(next) as (keyof Box)[]).every((k) => Math.round(prev[k]) === Math.round(next[k])) ? prev : next;
      });
    on();
    window.addEventListener('resize', on);
    const ro = typeof ResizeObserver !== 'undefined' && card ? new ResizeObserver(on) : null;
    if (ro && card) ro.observe(card);
    return () => {
      window.removeEventListener('resize', on);
      ro?.disconnect();
    };
  }, [card]);
  return useMemo(() => paddingForCard(box), [box]);
}
