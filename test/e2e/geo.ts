// Plain geometry over the built data files, for clicking "well inside" a district. No browser and
// no vitest here, so it can be used (and tested) anywhere.

type Position = [number, number];
type Ring = Position[];
type PolygonCoords = Ring[];

export interface DistrictFeature {
  properties: { fid: number; code: string; name_en: string; name_zh: string; label: Position };
  geometry: { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
}
export interface AreaFeature {
  properties: { id: string; name_en: string };
  geometry: DistrictFeature['geometry'];
}
export interface SiteRecord {
  id: string;
  lon: number | null;
  lat: number | null;
}

function polygonsOf(g: DistrictFeature['geometry']): PolygonCoords[] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function inRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inGeometry(p: Position, g: DistrictFeature['geometry']): boolean {
  return polygonsOf(g).some(([outer, ...holes]) => outer !== undefined && inRing(p, outer) && !holes.some((h) => inRing(p, h)));
}

/** Distance in metres (equirectangular, fine at city scale) from p to the segment a–b. */
function segmentDistanceM(p: Position, a: Position, b: Position): number {
  const kx = 111_320 * Math.cos((p[1] * Math.PI) / 180);
  const ky = 110_540;
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function edgeDistanceM(p: Position, g: DistrictFeature['geometry']): number {
  let best = Infinity;
  for (const polygon of polygonsOf(g)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistanceM(p, ring[i - 1]!, ring[i]!));
    }
  }
  return best;
}

export interface ClickPoint {
  lngLat: Position;
  /** Metres from the point to the nearest district edge, area outline or site marker. */
  clearanceM: number;
}

/**
 * A point inside the district that is as far as possible from its edges, from every drawn area
 * outline and from every site marker, so a click there can only mean "this district". The
 * district's label point is a candidate, with a grid over its bounding box.
 */
export function clickPointInside(district: DistrictFeature, areas: AreaFeature[], sites: SiteRecord[]): ClickPoint {
  const points = polygonsOf(district.geometry).flatMap((p) => p[0] ?? []);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const candidates: Position[] = [district.properties.label];
  const steps = 40;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      candidates.push([minX + ((maxX - minX) * i) / steps, minY + ((maxY - minY) * j) / steps]);
    }
  }
  const located = sites.filter((s): s is SiteRecord & { lon: number; lat: number } => s.lon !== null && s.lat !== null);
  let best: Position | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    if (!inGeometry(c, district.geometry) || areas.some((a) => inGeometry(c, a.geometry))) continue;
    let score = edgeDistanceM(c, district.geometry);
    for (const a of areas) score = Math.min(score, edgeDistanceM(c, a.geometry));
    for (const s of located) score = Math.min(score, segmentDistanceM(c, [s.lon, s.lat], [s.lon, s.lat]));
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  if (!best) throw new Error(`no point inside ${district.properties.name_en} is clear of areas`);
  return { lngLat: best, clearanceM: bestScore };
}
