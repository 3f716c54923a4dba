// Pure helpers for turning ECharts' compressed map JSON into plain WGS84 GeoJSON outlines.
// No file access here: build-outlines.ts reads and writes, these functions only transform.
import gcoord from 'gcoord';
import polylabel from 'polylabel';

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

/** Default scale of ECharts' `UTF8Encoding`: coordinates are stored as integers of 1/1024 degree. */
export const ECHARTS_SCALE = 1024;

/** Zigzag decoding: 0, 1, 2, 3, 4 … → 0, -1, 1, -2, 2 … */
export function zigzagDecode(v: number): number {
  return (v >> 1) ^ -(v & 1);
}

/** Zigzag encoding, the inverse of zigzagDecode. */
export function zigzagEncode(v: number): number {
  return (v << 1) ^ (v >> 31);
}

/**
 * Decodes one ECharts ring: each pair of characters is a (dx, dy) step, each character's code minus
 * 64 is a zigzag-encoded integer, steps add up from the offset, and the sum divided by the scale
 * gives degrees. The first pair is usually "@@" (a zero step), i.e. the offset itself.
 */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = ECHARTS_SCALE): Ring {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has an odd length (${encoded.length})`);
  const out: Ring = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    x += zigzagDecode(encoded.charCodeAt(i) - 64);
    y += zigzagDecode(encoded.charCodeAt(i + 1) - 64);
    out.push([x / scale, y / scale]);
  }
  return out;
}

/**
 * Encodes a ring the way ECharts does (used by the tests to round-trip). Points must already lie on
 * the 1/scale grid. Returns the string and the offset (the first point, so the string starts "@@").
 */
export function encodeRing(ring: Ring, scale = ECHARTS_SCALE): { encoded: string; offset: [number, number] } {
  const first = ring[0];
  if (!first) throw new Error('cannot encode an empty ring');
  const offset: [number, number] = [Math.round(first[0] * scale), Math.round(first[1] * scale)];
  let px = offset[0];
  let py = offset[1];
  let encoded = '';
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * scale);
    const y = Math.round(lat * scale);
    encoded += String.fromCharCode(zigzagEncode(x - px) + 64, zigzagEncode(y - py) + 64);
    px = x;
    py = y;
  }
  return { encoded, offset };
}

/** GCJ-02 ("Mars coordinates", used by AMap and the DataV outlines) → WGS84. */
export function gcjToWgs(p: readonly [number, number]): Position {
  const [lon, lat] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [lon, lat];
}

export function round(n: number, decimals = 5): number {
  const f = 10 ** decimals;
  // `+ 0` turns a rounded -0 into 0 so the file never shows "-0".
  return Math.round(n * f) / f + 0;
}

const samePoint = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Drops consecutive repeated points (rounding can create them) and closes the ring. */
export function cleanRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || !samePoint(last, p)) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && !samePoint(first, last)) out.push([first[0], first[1]]);
  return out;
}

/** Twice the signed planar area of a ring (positive = counter-clockwise in lon/lat). */
export function signedArea2(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindPolygon(poly: PolygonCoords): PolygonCoords {
  return poly.map((ring, i) => {
    const ccw = signedArea2(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

/**
 * A label anchor inside a polygon: its pole of inaccessibility (the inside point farthest from any
 * edge), so a name sits inside even a crescent or a hollow shape, where a centroid can fall outside.
 * Precision 0.0001° (about 10 m): far finer than a label.
 */
export function labelAnchor(poly: PolygonCoords): Position {
  const [x, y] = polylabel(poly as [number, number][][], 0.0001);
  return [x, y];
}

export interface EchartsFeature {
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}
export interface EchartsMap {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsFeature[];
}

export interface OutlineFeature {
  type: 'Feature';
  properties: { code: string; label: Position };
  geometry: { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
}
export interface OutlineCollection {
  type: 'FeatureCollection';
  features: OutlineFeature[];
}

/** Features the package ships without an id, matched by their Chinese name instead. */
export const CODE_BY_NAME: Readonly<Record<string, string>> = { 崇明区: '310151' };

function convertPolygon(rings: string[], offsets: [number, number][], scale: number): PolygonCoords {
  return rewindPolygon(
    rings.map((enc, i) => {
      const off = offsets[i];
      if (!off) throw new Error(`ring ${i} has no encodeOffsets entry`);
      return cleanRing(decodeRing(enc, off, scale).map((p) => gcjToWgs(p).map((n) => round(n)) as Position));
    }),
  );
}

function largestPolygon(polys: PolygonCoords[]): PolygonCoords {
  let best = polys[0]!;
  for (const p of polys) if (Math.abs(signedArea2(p[0]!)) > Math.abs(signedArea2(best[0]!))) best = p;
  return best;
}

/**
 * Decodes every feature, converts GCJ-02 → WGS84, rounds to 5 decimals (about 1 m), closes rings,
 * and keeps only `code` and `label`, the pole of inaccessibility of its largest part. Sorted by code.
 */
export function convertEchartsMap(map: EchartsMap): OutlineCollection {
  if (!map.UTF8Encoding) throw new Error('expected an ECharts map with UTF8Encoding: true');
  const scale = map.UTF8Scale ?? ECHARTS_SCALE;
  const features = map.features.map((f): OutlineFeature => {
    const code = f.id ?? CODE_BY_NAME[f.properties.name];
    if (!code) throw new Error(`feature "${f.properties.name}" has no id and no known code`);
    const g = f.geometry;
    const geometry: OutlineFeature['geometry'] =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: convertPolygon(g.coordinates, g.encodeOffsets, scale) }
        : {
            type: 'MultiPolygon',
            coordinates: g.coordinates.map((rings, i) => convertPolygon(rings, g.encodeOffsets[i] ?? [], scale)),
          };
    const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const poly of polys) {
      for (const ring of poly) if (ring.length < 4) throw new Error(`${code}: a ring has fewer than 4 points`);
    }
    // The pole of inaccessibility of the largest part: the name sits as deep inside the district
    // as it can. ECharts' own `cp` points are not used: Pudong's sits on its western edge at
    // Lujiazui, among the central districts' names and markers.
    const label = labelAnchor(largestPolygon(polys));
    return { type: 'Feature', properties: { code, label: [round(label[0]), round(label[1])] }, geometry };
  });
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { type: 'FeatureCollection', features };
}

/** One feature per line: small diffs when the package or the conversion changes. */
export function formatFeatureCollection(fc: { type: 'FeatureCollection'; features: unknown[] }): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
