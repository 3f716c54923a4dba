// Shared between the map's layer registry and the analysis selectors that fill it in.
/**
 * What the analysis tools (issue #5) ask of the registry: a choropleth colour per district code,
 * and a timeline year that hides sites opened later. Absent: the plain map.
 */
export interface LayerContext {
  /** District code → fill colour, from one classification (src/lib/classify.ts). */
  choropleth?: { colourOf: Record<string, string>; noData: string; noDataCodes?: readonly string[] } | null;
  /** Show only sites opened in or before this year; undated sites are hidden and listed. */
  year?: number | null;
}
