// The kiosk loop: with an autoplay interval in the store, the tour moves on by itself (through a
// long chapter's steps too) and wraps round at the end; any pointer, wheel or touch input hands
// control back to the presenter.
import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { targetPosition } from '../../lib/tour-nav';
import { goToPosition, useStep, useStepStore } from './tour-position';

export function useAutoplay(autoplay: number | null, n: number, count: number): void {
  const steps = useStepStore((s) => s.steps);
  const step = Math.min(useStep(), steps);
  useEffect(() => {
    if (autoplay === null) return;
    const timer = setTimeout(() => {
      const next = targetPosition({ kind: 'next' }, { chapter: n, step }, count, useStepStore.getState().steps, true);
      if (next !== null) goToPosition(next);
    }, autoplay * 1000);
    return () => clearTimeout(timer);
  }, [autoplay, n, count, step]);

  useEffect(() => {
    if (autoplay === null) return;
    const stop = (e: Event) => {
      // The autoplay button toggles by itself; everything else stops the loop.
      if (e.target instanceof Element && e.target.closest('[data-autoplay-toggle]')) return;
      useAppStore.getState().setAutoplay(null);
    };
    const events = ['pointerdown', 'wheel', 'touchstart'] as const;
    for (const ev of events) window.addEventListener(ev, stop, { capture: true, passive: true });
    return () => {
      for (const ev of events) window.removeEventListener(ev, stop, { capture: true });
    };
  }, [autoplay]);
}
