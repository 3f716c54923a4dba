// Measures the embed's frame and parts: the frame's height picks the layout (stack or tabs), the
// parts' natural heights give the content height a host page's auto-height script asks for.
// One ResizeObserver on every part; it runs again when a part appears or goes (the table view).
import { useEffect, useState, type RefObject } from 'react';
import { contentHeight, embedLayout, type EmbedLayout } from '../../lib/embed-layout';

export interface EmbedMeasure {
  layout: EmbedLayout;
  /** The frame height at which nothing is cut or scrolled; null until measured. */
  content: number | null;
}

/** A region's full height, unclipped: its content (the first child) plus its own borders. */
function naturalHeight(region: Element | null): number | null {
  if (!(region instanceof HTMLElement)) return null;
  const inner = region.firstElementChild;
  if (!(inner instanceof HTMLElement)) return null;
  return inner.offsetHeight + (region.offsetHeight - region.clientHeight);
}

export function useEmbedMeasure(root: RefObject<HTMLElement | null>, options: { charts: boolean; tableView: boolean }): EmbedMeasure {
  const { charts, tableView } = options;
  // Before the first measurement: the whole frame, less a typical bar.
  const [bodyHeight, setBodyHeight] = useState(() => window.innerHeight - 32);
  const [content, setContent] = useState<number | null>(null);

  useEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const part = (selector: string) => el.querySelector(selector);
    const measure = () => {
      const head = part('.embed__head') as HTMLElement | null;
      const bar = part('.embed__bar') as HTMLElement | null;
      // The tabs' own row is not subtracted: it goes when the layout stacks, so counting it would flip back and forth.
      setBodyHeight(el.clientHeight - (head?.offsetHeight ?? 0) - (bar?.offsetHeight ?? 0));
      setContent(
        contentHeight({
          width: el.clientWidth,
          // Not the tabs: they exist only in a frame too low for map and chart, and at the content height they go.
          head: head?.offsetHeight ?? 0,
          bar: bar?.offsetHeight ?? 0,
          chart: charts ? naturalHeight(part('.embed__chart')) : null,
          table: tableView ? naturalHeight(part('.embed__tables')) : null,
        }),
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const selector of ['.embed__head', '.embed__bar', '.embed__chart > *', '.embed__tables > *']) {
      const target = part(selector);
      if (target) observer.observe(target);
    }
    measure();
    return () => observer.disconnect();
  }, [root, charts, tableView]);

  return { layout: embedLayout(bodyHeight, charts), content };
}
