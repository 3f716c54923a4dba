// Proximity and reach, computed in the browser from the mapped sites and the district outlines.
// Everything is straight-line distance (great-circle for single distances, a local flat projection
// for the area shares): it says nothing about travel time, roads or opening hours.
//
// Area share, by grid sampling: the city is covered with a regular lattice of sample points
// `spacingKm` apart in a local equirectangular projection centred on Shanghai. Each point belongs to
// the district whose outline contains it. A point counts as reached when a service site lies within
// N km of it. A district's share is reached points ÷ its points. Why sampling and not polygon
// union/intersection: unions of hundreds of circles are slow and fragile, and the lattice is built
// once per outline file, after which any radius or any set of sites costs only "mark the cells
// around each site". Error: each point stands for a spacing² cell, so the share is off by at most
// the cells along the reach boundary — with 0.5 km spacing and a 3 km radius, about ±2 percentage
// points for a small district and much less for large ones; the flat projection distorts distances
// by under 1% across the city.
import distance from '@turf/distance';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';

/** km per degree at Shanghai's latitude, for the flat projection. */
const LAT0 = 31.2;
const LON0 = 121.45;
const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON = 111.32 * Math.cos((LAT0 * Math.PI) / 180);

export const DEFAULT_SPACING_KM = 0.5;

export interface Located {
  id: string;
  lon: number;
  lat: number;
}

export interface Nearest<T extends Located> {
  site: T;
  km: number;
}

/** Great-circle distance in km (turf, haversine). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  return distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
}

/** The `n` candidates closest to `origin`, nearest first; ties keep the candidates' order. */
export function nearest<T extends Located>(origin: readonly [number, number], candidates: readonly T[], n = Infinity): Nearest<T>[] {
  return candidates
    .map((site, i) => ({ site, km: distanceKm(origin, [site.lon, site.lat]), i }))
    .sort((a, b) => a.km - b.km || a.i - b.i)
    .slice(0, n)
    .map(({ site, km }) => ({ site, km }));
}

/** Count per 100,000 residents; null when the population is unknown or not positive. */
export function per100k(count: number | null, population: number | null | undefined): number | null {
  if (count === null || population === null || population === undefined || !(population > 0)) return null;
  return (count / population) * 100_000;
}

export interface DistrictShape {
  code: string;
  geometry: Polygon | MultiPolygon;
}

/** A lattice of sample points over the districts: built once per outline file. */
export interface SampleGrid {
  spacingKm: number;
  /** Lattice size and the projected position of cell (0, 0)'s centre. */
  cols: number;
  rows: number;
  x0: number;
  y0: number;
  /** Per lattice cell: index into `codes`, or −1 outside every district. */
  owner: Int16Array;
  codes: string[];
  /** Sample points inside each district (same order as `codes`). */
  pointsPer: number[];
}

export function project(lon: number, lat: number): [number, number] {
  return [(lon - LON0) * KM_PER_DEG_LON, (lat - LAT0) * KM_PER_DEG_LAT];
}

function unproject(x: number, y: number): [number, number] {
  return [x / KM_PER_DEG_LON + LON0, y / KM_PER_DEG_LAT + LAT0];
}

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polys)
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x! < w) w = x!;
        if (x! > e) e = x!;
        if (y! < s) s = y!;
        if (y! > n) n = y!;
      }
  return [w, s, e, n];
}

export function buildSampleGrid(districts: readonly DistrictShape[], spacingKm = DEFAULT_SPACING_KM): SampleGrid {
  const codes = districts.map((d) => d.code);
  const pointsPer = districts.map(() => 0);
  if (districts.length === 0) return { spacingKm, cols: 0, rows: 0, x0: 0, y0: 0, owner: new Int16Array(0), codes, pointsPer };
  const boxes = districts.map((d) => bboxOf(d.geometry));
  const [minX, minY] = project(Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])));
  const [maxX, maxY] = project(Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3])));
  const cols = Math.max(1, Math.ceil((maxX - minX) / spacingKm));
  const rows = Math.max(1, Math.ceil((maxY - minY) / spacingKm));
  const x0 = minX + spacingKm / 2;
  const y0 = minY + spacingKm / 2;
  const owner = new Int16Array(cols * rows).fill(-1);
  districts.forEach((d, di) => {
    const [bw, bs, be, bn] = boxes[di]!;
    const [px0, py0] = project(bw, bs);
    const [px1, py1] = project(be, bn);
    const c0 = Math.max(0, Math.floor((px0 - x0) / spacingKm));
    const c1 = Math.min(cols - 1, Math.ceil((px1 - x0) / spacingKm));
    const r0 = Math.max(0, Math.floor((py0 - y0) / spacingKm));
    const r1 = Math.min(rows - 1, Math.ceil((py1 - y0) / spacingKm));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const idx = r * cols + c;
        // The first district wins where outlines overlap along a shared edge.
        if (owner[idx] !== -1) continue;
        const pt = unproject(x0 + c * spacingKm, y0 + r * spacingKm);
        if (booleanPointInPolygon(pt, d.geometry)) {
          owner[idx] = di;
          pointsPer[di]!++;
        }
      }
    }
  });
  return { spacingKm, cols, rows, x0, y0, owner, codes, pointsPer };
}

/** Lattice cells within `radiusKm` of at least one of `points` ([lon, lat]): 1 covered, 0 not. */
export function coveredCells(grid: SampleGrid, points: readonly (readonly [number, number])[], radiusKm: number): Uint8Array {
  const { cols, rows, x0, y0, spacingKm: s } = grid;
  const covered = new Uint8Array(cols * rows);
  const r2 = radiusKm * radiusKm;
  const span = Math.ceil(radiusKm / s);
  for (const [lon, lat] of points) {
    const [px, py] = project(lon, lat);
    const cc = Math.round((px - x0) / s);
    const rc = Math.round((py - y0) / s);
    for (let r = Math.max(0, rc - span); r <= Math.min(rows - 1, rc + span); r++) {
      const dy = y0 + r * s - py;
      const dy2 = dy * dy;
      if (dy2 > r2) continue;
      for (let c = Math.max(0, cc - span); c <= Math.min(cols - 1, cc + span); c++) {
        const dx = x0 + c * s - px;
        if (dx * dx + dy2 <= r2) covered[r * cols + c] = 1;
      }
    }
  }
  return covered;
}

/**
 * Share (0–1) of each district's sample points within `radiusKm` of at least one of `points`
 * ([lon, lat]); null for a district with no sample point (too small for the lattice).
 */
export function reachShares(grid: SampleGrid, points: readonly (readonly [number, number])[], radiusKm: number): Record<string, number | null> {
  const covered = coveredCells(grid, points, radiusKm);
  const hits = grid.codes.map(() => 0);
  for (let i = 0; i < grid.owner.length; i++) {
    const o = grid.owner[i]!;
    if (o >= 0 && covered[i]) hits[o]!++;
  }
  const out: Record<string, number | null> = {};
  grid.codes.forEach((code, i) => {
    const n = grid.pointsPer[i]!;
    out[code] = n > 0 ? hits[i]! / n : null;
  });
  return out;
}

/**
 * The covered area as the shares count it: every covered sample cell that lies on land (inside a
 * district), drawn as its spacing² square. Neighbouring cells of a lattice row are merged into one
 * rectangle, and rectangles only touch, never overlap, so a translucent fill is even — the union of
 * the circles, clipped to the districts, at the lattice's resolution. Polygon rings in [lon, lat].
 */
export function coveredArea(grid: SampleGrid, covered: Uint8Array): [number, number][][][] {
  const { cols, rows, x0, y0, spacingKm: s, owner } = grid;
  const polygons: [number, number][][][] = [];
  for (let r = 0; r < rows; r++) {
    let start = -1;
    for (let c = 0; c <= cols; c++) {
      const on = c < cols && covered[r * cols + c] === 1 && owner[r * cols + c]! >= 0;
      if (on && start < 0) start = c;
      if (!on && start >= 0) {
        const left = x0 + (start - 0.5) * s;
        const right = x0 + (c - 0.5) * s;
        const bottom = y0 + (r - 0.5) * s;
        const top = y0 + (r + 0.5) * s;
        polygons.push([[unproject(left, bottom), unproject(right, bottom), unproject(right, top), unproject(left, top), unproject(left, bottom)]]);
        start = -1;
      }
    }
  }
  return polygons;
}
