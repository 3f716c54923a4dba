// From the three GeoJSON files in ../shared/basemap/ to the data files in geo/basemap/ (npm run
// basemap): only what the map draws, clipped to the basemap's extent, coordinates rounded to about
// a metre, one feature per line so a diff or a build message points at one feature. Pure: the
// script does the file access, the tests feed this small collections.
import { BASEMAP_EXTENT } from '../../../src/lib/shanghai';

type Position = [number, number];
type Line = Position[];
interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}
export interface Collection {
  type: 'FeatureCollection';
  features: Feature[];
}

/** Five decimals of a degree: 1.1 m north–south, 0.95 m east–west at Shanghai's latitude. */
const DECIMALS = 5;
const round = (v: number): number => Number(v.toFixed(DECIMALS));
const roundPosition = (p: readonly number[]): Position => [round(p[0]!), round(p[1]!)];
const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** Rounded, without the repeated positions rounding leaves behind. */
export function roundLine(line: readonly (readonly number[])[]): Line {
  const out: Line = [];
  for (const p of line) {
    const r = roundPosition(p);
    if (!out.length || !same(out[out.length - 1]!, r)) out.push(r);
  }
  return out;
}

/**
 * A line cut to the extent (Liang–Barsky, segment by segment): the parts inside, each a line of
 * its own. The GSHHG extracts come in whole 1° bins, so they reach well beyond the extent.
 */
export function clipLine(line: readonly Position[], [x0, y0, x1, y1] = BASEMAP_EXTENT): Line[] {
  const parts: Line[] = [];
  let current: Line = [];
  const close = () => {
    if (current.length > 1) parts.push(current);
    current = [];
  };
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = line[i]!;
    const [bx, by] = line[i + 1]!;
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    let inside = true;
    for (const [p, q] of [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ] as const) {
      if (p === 0) {
        if (q < 0) inside = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!inside || t0 > t1) {
      close();
      continue;
    }
    const from: Position = [ax + t0 * dx, ay + t0 * dy];
    const to: Position = [ax + t1 * dx, ay + t1 * dy];
    if (!current.length || !same(current[current.length - 1]!, from)) {
      close();
      current.push(from);
    }
    current.push(to);
    // The segment left the extent: the next one starts a new part.
    if (t1 < 1) close();
  }
  close();
  return parts;
}

/**
 * Pieces of one shore cut at GSHHG's bin edges, joined end to start; a piece that comes back to
 * where it began is a closed ring (a lake the map can fill).
 */
export function joinPieces(pieces: readonly Line[]): { rings: Line[]; open: Line[] } {
  const rest = pieces.map((p) => [...p]);
  const rings: Line[] = [];
  const open: Line[] = [];
  while (rest.length) {
    let line = rest.shift()!;
    for (let grown = true; grown && !same(line[0]!, line[line.length - 1]!); ) {
      const next = rest.findIndex((p) => same(p[0]!, line[line.length - 1]!));
      grown = next >= 0;
      if (grown) line = [...line, ...rest.splice(next, 1)[0]!.slice(1)];
    }
    (same(line[0]!, line[line.length - 1]!) && line.length >= 4 ? rings : open).push(line);
  }
  return { rings, open };
}

const feature = (properties: Record<string, unknown>, type: string, coordinates: unknown): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type, coordinates },
});

/** The sea polygon as it is (already clipped), rounded. */
export function seaFrom(source: Collection): Collection {
  return {
    type: 'FeatureCollection',
    features: source.features.map((f) => {
      const g = f.geometry as { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
      const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
      const rounded = polygons.map((rings) => rings.map(roundLine));
      return feature({ kind: 'sea' }, g.type, g.type === 'Polygon' ? rounded[0] : rounded);
    }),
  };
}

/** GSHHG's hierarchy level from its segment header ("River Bin # 21001, Level 3" → 3). */
export function gshhgLevel(header: unknown): number | null {
  const m = typeof header === 'string' ? /Level (\d+)/.exec(header) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Rivers as clipped lines with their GSHHG level (2: permanent major river, 3: additional major
 * river, 8: minor or intermittent — the map draws the lower levels wider); lake shores joined into
 * lakes where they close. `coastline` is left out: the sea polygon draws a newer coast.
 */
export function waterFrom(source: Collection): Collection {
  const rivers: Feature[] = [];
  const shores: Line[] = [];
  for (const f of source.features) {
    const kind = f.properties.kind;
    const line = f.geometry.coordinates as Position[];
    if (kind === 'river') {
      for (const part of clipLine(line)) {
        const r = roundLine(part);
        if (r.length > 1) rivers.push(feature({ kind: 'river', level: gshhgLevel(f.properties.gshhg) }, 'LineString', r));
      }
    } else if (kind === 'lake_shore') {
      shores.push(...clipLine(line).map(roundLine).filter((r) => r.length > 1));
    }
  }
  const { rings, open } = joinPieces(shores);
  return {
    type: 'FeatureCollection',
    features: [
      ...rings.map((r) => feature({ kind: 'lake' }, 'Polygon', [r])),
      ...open.map((l) => feature({ kind: 'lake_shore' }, 'LineString', l)),
      ...rivers,
    ],
  };
}

/** The metro lines with what the map labels and paints them by; colours written #rrggbb, lower case. */
export function metroFrom(source: Collection): Collection {
  return {
    type: 'FeatureCollection',
    features: source.features.map((f) => {
      const p = f.properties;
      const lines = (f.geometry.coordinates as Position[][]).map(roundLine).filter((l) => l.length > 1);
      const colour = typeof p.colour === 'string' ? p.colour.toLowerCase() : p.colour;
      return feature({ ref: p.ref, name_en: p.name_en, name_zh: p.name, colour }, 'MultiLineString', lines);
    }),
  };
}

/** One feature per line: readable diffs, and build messages that point at a line. */
export function formatCollection(fc: Collection): string {
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
