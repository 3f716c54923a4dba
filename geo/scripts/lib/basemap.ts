// geo/basemap/: the built-in basemap's sea, rivers and lakes, and metro lines (made by `npm run
// basemap` from sourced files; see geo/basemap/README.md). One reader per file, each checking what
// the map relies on — the geometry type of each feature, every coordinate inside the extent the
// sources were clipped to, the properties the layers paint and label by — and naming the file,
// the feature and the problem. What passes is written to public/data/ unchanged.
import { BASEMAP_EXTENT } from '../../../src/lib/shanghai';
import { WATER_KINDS, hexColourSchema, metroLinePropsSchema, type MetroFile, type SeaFile, type WaterFile } from '../../../src/data/basemap-schemas';
import { featuresOf, jsonLineOf, locateFeatures, type RawFeature } from './geojson';
import { distinct, type ProblemAt, type Report } from './report';

const [WEST, SOUTH, EAST, NORTH] = BASEMAP_EXTENT;
const EXTENT_TEXT = `${WEST}–${EAST}°E, ${SOUTH}–${NORTH}°N`;

/** How deep the positions of each geometry type are nested. */
const DEPTH: Record<string, number> = { LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** What is wrong with a geometry of an expected type, or null: its type, its nesting, any position outside the extent. */
export function basemapGeometryProblem(geometry: unknown, allowed: readonly string[]): string | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (!g || typeof g !== 'object') return 'has no geometry';
  if (typeof g.type !== 'string' || !allowed.includes(g.type)) return `geometry.type is ${JSON.stringify(g.type)}, expected ${allowed.join(' or ')}`;
  let count = 0;
  let bad: string | null = null;
  const walk = (v: unknown, depth: number): void => {
    if (bad) return;
    if (!Array.isArray(v)) {
      bad = 'geometry.coordinates are not nested arrays of positions';
      return;
    }
    if (depth > 0) {
      if (!v.length) bad = 'geometry.coordinates has an empty part';
      for (const part of v) walk(part, depth - 1);
      return;
    }
    count += 1;
    const [x, y] = v as unknown[];
    if (v.length !== 2 || typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      bad = `position ${count} is not [lon, lat]`;
    } else if (x < WEST || x > EAST || y < SOUTH || y > NORTH) {
      bad = `position ${count} [${x}, ${y}] lies outside the basemap extent (${EXTENT_TEXT})`;
    }
  };
  walk(g.coordinates, DEPTH[g.type]!);
  return bad;
}

/** Each feature with the line it starts on (the files hold one feature per line) and a name for messages. */
function numbered(text: string, features: RawFeature[]): { feature: RawFeature; line: number | null; record: string }[] {
  return features.map((feature, i) => ({ feature, line: jsonLineOf(text, 'type', 'Feature', i), record: `feature ${i + 1}` }));
}

export function readSea(text: string, report: Report): SeaFile | null {
  const problem = report.in('sea');
  const features = featuresOf(text, problem);
  if (!features) return null;
  if (!features.length) problem(null, null, 'has no features: the map needs the sea polygon');
  const before = report.problems.length;
  for (const { feature, line, record } of numbered(text, features)) {
    if (feature.properties.kind !== 'sea') problem(line, record, `properties.kind is ${JSON.stringify(feature.properties.kind)}, expected "sea"`);
    const shape = basemapGeometryProblem(feature.geometry, ['Polygon', 'MultiPolygon']);
    if (shape) problem(line, record, shape);
  }
  return report.problems.length === before ? (JSON.parse(text) as SeaFile) : null;
}

export function readWater(text: string, report: Report): WaterFile | null {
  const problem = report.in('water');
  const features = featuresOf(text, problem);
  if (!features) return null;
  const before = report.problems.length;
  const kinds = Object.keys(WATER_KINDS);
  for (const { feature, line, record } of numbered(text, features)) {
    const kind = feature.properties.kind;
    if (typeof kind !== 'string' || !kinds.includes(kind)) {
      const hint = kind === 'coastline' ? ' (the sea polygon draws the coast; npm run basemap leaves the old coastline out)' : '';
      problem(line, record, `properties.kind is ${JSON.stringify(kind)}, expected one of ${kinds.join(', ')}${hint}`);
      continue;
    }
    const shape = basemapGeometryProblem(feature.geometry, [WATER_KINDS[kind as keyof typeof WATER_KINDS]]);
    if (shape) problem(line, record, `${kind}: ${shape}`);
    const level = feature.properties.level;
    if (kind === 'river' && level !== null && !(Number.isInteger(level) && (level as number) >= 1)) {
      problem(line, record, `properties.level is ${JSON.stringify(level)}, expected GSHHG's river level (a whole number from 1) or null`);
    }
  }
  return report.problems.length === before ? (JSON.parse(text) as WaterFile) : null;
}

const METRO_FIELDS = ['name_en', 'name_zh'] as const;

export function readMetro(text: string, report: Report): MetroFile | null {
  const problem: ProblemAt = report.in('metro');
  const features = featuresOf(text, problem);
  if (!features) return null;
  const before = report.problems.length;
  const located = locateFeatures(text, features, 'ref').map((f) => ({ ...f, record: f.key ? `line ${f.key}` : f.record }));
  const rules = {
    invalid: (ref: string) => (metroLinePropsSchema.shape.ref.safeParse(ref).success ? null : 'properties.ref (the line number drawn along the line) is missing or not 1–4 letters or digits'),
    repeated: () => 'another feature has the same ref: one feature per line',
  };
  for (const { feature, line, record } of distinct(located, rules, problem)) {
    const p = feature.properties;
    if (!hexColourSchema.safeParse(p.colour).success) problem(line, record, `properties.colour is ${JSON.stringify(p.colour)}, expected the line's colour as #rrggbb`);
    for (const field of METRO_FIELDS) {
      if (typeof p[field] !== 'string' || !(p[field] as string).trim()) problem(line, record, `properties.${field} is missing or empty`);
    }
    const shape = basemapGeometryProblem(feature.geometry, ['LineString', 'MultiLineString']);
    if (shape) problem(line, record, shape);
  }
  return report.problems.length === before ? (JSON.parse(text) as MetroFile) : null;
}
