// How much of the screen the caption card covers, so a chapter's camera centres on the part of
// the map the audience can actually see.
import { useEffect, useMemo, useState } from 'react';
import type { CameraPadding } from '../../store/app-store';

/** Same breakpoint as the caption card's CSS: side panel above, bottom sheet below. */
const NARROW_QUERY = '(max-width: 820px)';

/**
 * Room the caption card takes over the map, so the chapter's camera centres on what is visible,
 * and the size of the map left visible.
 */
export function useMapPadding(): { padding: CameraPadding; visible: { width: number; height: number } } {
  const [size, setSize] = useState(() => ({ w: window.innerWidth, h: window.innerHeight }));
  useEffect(() => {
    const on = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return useMemo(() => {
    const narrow = window.matchMedia?.(NARROW_QUERY).matches ?? size.w <= 820;
    // Mirrors presenter.css: the card is clamp(360px, 36vw, 760px) wide, or 55vh tall when narrow.
    if (narrow) {
      const bottom = Math.round(size.h * 0.55);
      return { padding: { top: 0, left: 0, right: 0, bottom }, visible: { width: size.w, height: size.h - bottom } };
    }
    const left = Math.round(Math.min(760, Math.max(360, size.w * 0.36)));
    return { padding: { top: 0, bottom: 0, right: 0, left }, visible: { width: size.w - left, height: size.h } };
  }, [size]);
}
