// Which district a WGS84 point lies in, for the coordinate-system suggestion. A box test first,
// since most of the 16 outlines are far from any given point.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';

export interface DistrictOutline {
  code: string;
  geometry: Polygon | MultiPolygon;
}

function box(g: Polygon | MultiPolygon): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      b[0] = Math.min(b[0], x!);
      b[1] = Math.min(b[1], y!);
      b[2] = Math.max(b[2], x!);
      b[3] = Math.max(b[3], y!);
    }
  return b;
}

export function districtLocator(outlines: readonly DistrictOutline[]): (lng: number, lat: number) => string | null {
  const boxes = outlines.map((o) => ({ ...o, box: box(o.geometry) }));
  return (lng, lat) => {
    for (const o of boxes) {
      if (lng < o.box[0] || lng > o.box[2] || lat < o.box[1] || lat > o.box[3]) continue;
      if (booleanPointInPolygon([lng, lat], o.geometry)) return o.code;
    }
    return null;
  };
}
