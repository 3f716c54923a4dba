// Shared between the map's layer registry and the selectors that fill it in.
import type { Flavour } from '../lib/vocabulary';

/**
 * What the registry's layers depend on beyond the language: from the analysis tools (issue #5) a
 * choropleth colour per district code and a timeline year that hides sites opened later; from the
 * map itself the sites to name at every zoom and the label type of the mode. Absent: the plain map.
 */
export interface LayerContext {
  /** Which column of the palette every layer paints with (src/features/map/palette.ts). */
  flavour: Flavour;
  /** Online tiles cover the built-in land: the built-in sea, water and metro are hidden under them. */
  onlineBasemap?: boolean;
  /** District code → fill colour, from one classification (src/lib/classify.ts). */
  choropleth?: { colourOf: Record<string, string>; noData: string; noDataCodes?: readonly string[] } | null;
  /** Show only sites opened in or before this year; undated sites are hidden and listed. */
  year?: number | null;
  /**
   * Sites named at every zoom, not only from street level: the selected one and those the tour's
   * chapter highlights. Selection lives in feature-state, which no layout or filter can read, so
   * the map passes the ids here and the label layers filter on them.
   */
  namedSites?: readonly string[];
  /**
   * The type size of map labels: `desk` for a screen at arm's length, `hall` for presenter mode,
   * read from the back of a room on a projector (at least 16 px, issue 13).
   */
  labelType?: LabelType;
}

export type LabelType = 'desk' | 'hall';
