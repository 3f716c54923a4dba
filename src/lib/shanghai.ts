// Where Shanghai is, stated once. The city box is the bounding box of the 16 district outlines
// (public/data/districts.geojson); the region adds a margin of water and neighbouring land, and
// is where a camera may go and where any coordinate in a link or a data file may lie.
import type { Bounds } from './vocabulary';

/** The 16 districts' bounding box: what "the whole city" fits before the outlines have loaded. */
export const SHANGHAI_BOUNDS: Bounds = [120.85, 30.67, 122.2, 31.88];

/**
 * Where the built-in basemap's geography (sea, rivers, lakes, metro: geo/basemap/) is drawn: the
 * box its sources were clipped to, a little larger than the city's.
 */
export const BASEMAP_EXTENT: Bounds = [120.85, 30.65, 122.2, 31.9];

/** The city and its surroundings: nothing of this map lies outside, so neither may a camera. */
export const SHANGHAI_REGION: Bounds = [119.6, 29.9, 123.4, 32.7];

export function inRegion(lng: number, lat: number, region: Bounds = SHANGHAI_REGION): boolean {
  return lng >= region[0] && lng <= region[2] && lat >= region[1] && lat <= region[3];
}
