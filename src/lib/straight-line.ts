// Straight-line distance between two mapped sites, with the honest uncertainty that comes from
// their own location precision. It is not a walking or driving distance, and the caller labels it
// so; both ends being approximate, the uncertainty can be as large as the distance itself.
import distance from '@turf/distance';
import type { Site } from '../data/schemas';

export interface StraightLine {
  metres: number;
  /** The sum of the two locations' precision radii: the distance can be off by up to this much. */
  uncertaintyMetres: number;
}

/** Great-circle (haversine) distance in metres between two [lon, lat] points. */
export function haversineMetres(a: readonly [number, number], b: readonly [number, number]): number {
  return distance([a[0], a[1]], [b[0], b[1]], { units: 'meters' });
}

/** null when either site has no verified location: no distance is better than an invented one. */
export function straightLine(a: Site, b: Site): StraightLine | null {
  if (a.lon === null || a.lat === null || b.lon === null || b.lat === null) return null;
  if (a.precision_m === null || b.precision_m === null) return null;
  return { metres: haversineMetres([a.lon, a.lat], [b.lon, b.lat]), uncertaintyMetres: a.precision_m + b.precision_m };
}

/** A reading to 0.1 km, never more precise than the uncertainty allows (0.5 km steps beyond ±1 km). */
export function roundDistanceKm(line: StraightLine): { km: number; plusMinusKm: number } {
  const step = line.uncertaintyMetres >= 1000 ? 0.5 : 0.1;
  const round = (m: number) => Math.round(m / 1000 / step) * step;
  return { km: Number(round(line.metres).toFixed(1)), plusMinusKm: Number(Math.max(step, round(line.uncertaintyMetres)).toFixed(1)) };
}
