// The geometry the data build measures with, all from turf: is a point inside a polygon, how far
// is it from the edge, how large is a drawn area. Distances are geodesic, in metres.
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { lineString } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { areasFileSchema, type AreasFile } from '../../../src/data/schemas';
import { fieldOf } from './report';

/** The geometry the app's schema accepts for districts and areas. */
export type AreaGeometry = AreasFile['features'][number]['geometry'];
export type Position = [number, number];

const geometrySchema = areasFileSchema.shape.features.element.shape.geometry;

function rings(g: AreaGeometry): Position[][] {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
}

/**
 * What keeps `g` from being a district or area outline, or null. Beyond the app's schema, rings must
 * close: turf would measure an open ring as if closed, but the map leaves the last edge out.
 */
export function geometryProblem(g: unknown): string | null {
  if (g === undefined || g === null) return 'has no geometry';
  const parsed = geometrySchema.safeParse(g);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${fieldOf(['geometry', ...issue.path])}: ${issue.message}`;
  }
  const open = rings(parsed.data).some((r) => r[0]![0] !== r[r.length - 1]![0] || r[0]![1] !== r[r.length - 1]![1]);
  return open ? 'a ring is not closed (first and last positions differ)' : null;
}

export function inside(p: Position, g: AreaGeometry): boolean {
  return booleanPointInPolygon(p, g);
}

export function areaKm2(g: AreaGeometry): number {
  return area(g) / 1e6;
}

/** Distance in metres from a point to the nearest edge of a (multi)polygon, holes included. */
export function distanceToBoundaryMetres(p: Position, g: AreaGeometry): number {
  return Math.min(...rings(g).map((r) => pointToLineDistance(p, lineString(r), { units: 'meters' })));
}

/** Every corner of the outline once: a ring's closing position repeats its first. */
export function vertices(g: AreaGeometry): Position[] {
  return rings(g).flatMap((r) => r.slice(0, -1));
}
