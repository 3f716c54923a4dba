// The embed's layout rules as numbers: when the map and the chart share the frame or take turns
// (tabs), how tall the map would like to be, and the content height the embed reports to a host
// page that resizes its frame (the `resize` event, public/embed-resize.js).

/**
 * Below this height of the frame's body (the frame less the title and the bar) the map and the
 * chart do not both fit: they become tabs. A 400-pixel frame with no title keeps both.
 */
export const TABS_BELOW_PX = 340;

/** The most of the frame's body the chart may take beside the map (the rest stays map). */
export const CHART_SHARE_MAX = 0.6;

/** The map's own shape when the frame's height is the content's: 4:3, within sensible bounds. */
export const MAP_HEIGHT = { ratio: 0.75, min: 240, max: 560 } as const;

export type EmbedLayout = 'stack' | 'tabs';

/** Stacked (map above chart) when both fit in the body; tabs when it is too low for both. */
export function embedLayout(bodyHeight: number, charts: boolean): EmbedLayout {
  return charts && bodyHeight < TABS_BELOW_PX ? 'tabs' : 'stack';
}

/** The height the map would take in a frame `width` pixels wide whose height follows its content. */
export function preferredMapHeight(width: number): number {
  return Math.round(Math.min(MAP_HEIGHT.max, Math.max(MAP_HEIGHT.min, width * MAP_HEIGHT.ratio)));
}

/** What the embed measures of its own parts, in CSS pixels (their natural heights, unclipped). */
export interface EmbedParts {
  width: number;
  /** Title, description and anything else above the body. */
  head: number;
  /** The bar along the bottom (legend, selection, links). */
  bar: number;
  /** The chart panel's full height, or null without a chart. */
  chart: number | null;
  /** The tables' full height while "View as table" is on, else null. */
  table: number | null;
}

/**
 * The frame height at which nothing is cut and nothing scrolls: the map at its preferred height,
 * the whole chart beside it (the body grows until the chart's share of it is within
 * CHART_SHARE_MAX), or the whole table view (never lower than the map was, so switching to the
 * table does not make the page jump up).
 */
export function contentHeight(p: EmbedParts): number {
  const map = preferredMapHeight(p.width);
  let body: number;
  if (p.table !== null) body = Math.max(map, p.table);
  else if (p.chart !== null) body = Math.max(map + p.chart, p.chart / CHART_SHARE_MAX);
  else body = map;
  return Math.ceil(p.head + body + p.bar);
}
