// A scale bar's length: the longest "round" distance (1, 2 or 5 × 10ⁿ metres) that fits.
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres per CSS pixel at a latitude and (512-pixel-tile) zoom, as MapLibre draws them. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export function scaleBar(lat: number, zoom: number, maxPixels: number): { metres: number; pixels: number } {
  const mpp = metresPerPixel(lat, zoom);
  const max = mpp * maxPixels;
  const pow = 10 ** Math.floor(Math.log10(max));
  const step = [5, 2, 1].map((m) => m * pow).find((v) => v <= max) ?? pow;
  return { metres: step, pixels: step / mpp };
}
