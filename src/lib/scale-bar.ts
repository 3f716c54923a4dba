// A scale bar's length: the longest "round" distance (1, 2 or 5 × 10ⁿ metres) that fits.
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres per CSS pixel at a latitude and (512-pixel-tile) zoom, as MapLibre draws them. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export function scaleBar(lat: number, zoom: number, maxPixels: number): { metres: number; pixels: number } {
  return roundLength(metresPerPixel(lat, zoom), maxPixels);
}

/** The longest round length (1, 2 or 5 × 10ⁿ metres) no longer than `maxPixels` at `metresPerPx`. */
export function roundLength(metresPerPx: number, maxPixels: number): { metres: number; pixels: number } {
  const max = metresPerPx * maxPixels;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((m) => m * pow).find((v) => v <= max) ?? pow;
  return { metres, pixels: metres / metresPerPx };
}

export interface ScaleBarLayout {
  metres: number;
  text: string;
  /** The label's box: above the bar, never on it. */
  label: { x: number; y: number; w: number; h: number };
  /** The bar and its end ticks (drawn down from the bar's top third). */
  bar: { x: number; y: number; w: number; h: number };
}

/**
 * A printed scale bar in its box: the label on top, the bar under it with a gap, the bar's length
 * a round distance at the printed map's own metres per pixel. `measure` gives the label's width.
 */
export function scaleBarLayout(
  box: { x: number; y: number; w: number; h: number },
  metresPerPx: number,
  fontSize: number,
  format: (metres: number) => string,
  measure: (text: string) => number,
): ScaleBarLayout {
  const labelH = fontSize * 1.3;
  const barH = Math.max(2, fontSize * 0.3);
  const gap = fontSize * 0.4;
  const { metres, pixels } = roundLength(metresPerPx, box.w);
  const text = format(metres);
  const labelW = Math.min(measure(text), box.w);
  return {
    metres,
    text,
    label: { x: box.x, y: box.y, w: labelW, h: labelH },
    bar: { x: box.x, y: box.y + labelH + gap, w: pixels, h: barH * 3 },
  };
}
