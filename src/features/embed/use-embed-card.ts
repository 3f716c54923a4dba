// When the embed's details card shows, the chart following the selection, and the map's canvas
// pointing at the text description.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useAppStore } from '../../store/app-store';
import type { Selection } from '../../lib/vocabulary';

export interface CardState {
  open: boolean;
  /** Whether opening moved focus into the card (only after the reader acted in this frame). */
  focus: boolean;
  close: () => void;
  toggle: () => void;
}

// Set while a view the link describes is applied (a `data=` saved map's view): like the link's own
// `sel=`, its selection is a focus, not a choice made in the frame, and opens no card.
let linkView = false;

/** Runs `apply` (which changes the store) as the link's view: a selection it makes opens no card. */
export function asLinkView(apply: () => void): void {
  linkView = true;
  try {
    apply();
  } finally {
    linkView = false;
  }
}

/**
 * The card opens whenever the selection changes to something (a click in the map, the chart, a
 * host's `select`), not for the focus a link opened with (`sel=`, or a `data=` saved map's view):
 * a portal's own district should not hide its map. Esc and the close button shut it; the selection stays, and its name in the bar opens
 * the card again. Focus moves into the card only when this frame has focus, so a host's command
 * never takes the keyboard away from the host page.
 */
export function useCardState(selection: Selection | null): CardState {
  const [state, setState] = useState<{ for: Selection; focus: boolean } | null>(null);

  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.selection === prev.selection) return;
        if (linkView) {
          setState(null);
          return;
        }
        setState(s.selection ? { for: s.selection, focus: document.hasFocus() } : null);
      }),
    [],
  );

  const open = state !== null && selection !== null && state.for.kind === selection.kind && state.for.id === selection.id;
  const close = useCallback(() => {
    setState(null);
    // Back to where the card is opened from, if the card had the focus.
    if (document.activeElement?.closest('.embed-card')) document.querySelector<HTMLElement>('.embed__selection-button')?.focus();
  }, []);
  const toggle = useCallback(() => {
    if (open) close();
    else if (selection) setState({ for: selection, focus: true });
  }, [open, close, selection]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      // Esc inside a source's citation closes the citation only.
      if (e.key !== 'Escape' || (e.target instanceof Element && e.target.closest('.source-ref__panel'))) return;
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  return { open, focus: state?.focus ?? false, close, toggle };
}

/**
 * Scrolls the chart (its own region, never the host page, which scrollIntoView could move) so
 * the selected district's bar is in view. The chart loads lazily, so it looks again on the next
 * frames until the bar exists.
 */
export function useSelectedBarInView(region: RefObject<HTMLElement | null>, selection: Selection | null, charts: boolean): void {
  useEffect(() => {
    if (!charts || selection?.kind !== 'district') return;
    let frame = 0;
    let tries = 0;
    const look = () => {
      const box = region.current;
      const bar = box?.querySelector(`[data-code="${selection.id}"]`);
      if (!box || !bar) {
        if (tries++ < 120) frame = requestAnimationFrame(look);
        return;
      }
      const outer = box.getBoundingClientRect();
      const inner = bar.getBoundingClientRect();
      if (inner.top >= outer.top && inner.bottom <= outer.bottom) return;
      box.scrollTop += inner.top - outer.top - (outer.height - inner.height) / 2;
    };
    look();
    return () => cancelAnimationFrame(frame);
  }, [region, selection, charts]);
}

/**
 * Points the map's canvas (what keyboard and screen-reader users reach: MapLibre gives it its
 * name and tab stop) at the text description, so it is read with the map's name. The canvas
 * arrives with the lazy map and is replaced if the map is rebuilt, so this keeps watching.
 */
export function useDescribedMap(region: RefObject<HTMLElement | null>, descriptionId: string): void {
  useEffect(() => {
    const el = region.current;
    if (!el) return;
    const point = () => {
      const canvas = el.querySelector('canvas.maplibregl-canvas');
      if (canvas && canvas.getAttribute('aria-describedby') !== descriptionId) canvas.setAttribute('aria-describedby', descriptionId);
    };
    point();
    const observer = new MutationObserver(point);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [region, descriptionId]);
}
