// The dashboard's default view: where the sites are, with the whole city one zoom-out away. Fitting
// the whole city leaves the central districts about 20 px across, too small to click; one zoom
// level closer they are twice that, and the minus button (or one wheel notch) shows the city.
import type { Site } from '../../data/schemas';
import { isDrawable } from '../../lib/geo';
import type { Bounds } from '../../lib/vocabulary';

export interface DefaultView {
  center: [number, number];
  zoom: number;
}

/** The value at fraction `q` of a sorted list (nearest rank): a far outlier does not drag the centre. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
}

/**
 * Where most mapped sites are (their 5th–95th percentile box, so one apartment at the coast does
 * not pull the view out to sea), fitted by `fit` (the map's own camera-for-bounds), and never
 * further out than the whole city nor more than one zoom level in from it. Null when no site is
 * mapped: the whole city is the default then.
 */
export function defaultView(
  sites: readonly Site[] | undefined,
  cityZoom: number,
  fit: (bounds: Bounds) => { center: [number, number]; zoom: number } | null,
): DefaultView | null {
  const drawn = (sites ?? []).filter(isDrawable);
  if (drawn.length === 0) return null;
  const lons = drawn.map((s) => s.lon).sort((a, b) => a - b);
  const lats = drawn.map((s) => s.lat).sort((a, b) => a - b);
  const box: Bounds = [quantile(lons, 0.05), quantile(lats, 0.05), quantile(lons, 0.95), quantile(lats, 0.95)];
  const fitted = fit(box);
  const center: [number, number] = fitted?.center ?? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const zoom = Math.min(cityZoom + 1, Math.max(cityZoom, fitted?.zoom ?? cityZoom + 1));
  return { center, zoom };
}
