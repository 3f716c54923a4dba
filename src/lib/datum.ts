// The one place where the app's WGS84 coordinates meet a basemap drawn in another datum. AMap's
// tiles are in GCJ-02, the obfuscated datum Chinese law requires of published street maps: a
// WGS84 point drawn on them lands several hundred metres off in Shanghai. While such a basemap is
// shown, everything the app draws goes through `frame.toMapData` (WGS84 → GCJ-02) and every
// position the map reports through `frame.fromMap` (GCJ-02 → WGS84), so the data, the store and
// the URL stay WGS84. The conversion itself is gcoord's.
import gcoord from 'gcoord';

export type Datum = 'WGS84' | 'GCJ-02';
export type LngLat = { lng: number; lat: number };
type Position = number[];

/** WGS84 → GCJ-02 for one position (outside China gcoord leaves it as it is, as the datum does). */
export function wgs84ToGcj02(p: readonly [number, number]): [number, number] {
  const [lng, lat] = gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02);
  return [lng, lat];
}

/** GCJ-02 → WGS84 for one position (gcoord iterates the inverse to well under a metre). */
export function gcj02ToWgs84(p: readonly [number, number]): [number, number] {
  const [lng, lat] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84);
  return [lng, lat];
}

function mapPositions(geometry: GeoJSON.Geometry, f: (p: Position) => Position): GeoJSON.Geometry {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: f(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: geometry.coordinates.map(f) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(f)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(f))) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => mapPositions(g, f)) };
  }
}

/** A copy of `fc` with every position passed through `f` (properties and ids kept; the input is not touched). */
export function mapCollection(fc: GeoJSON.FeatureCollection, f: (p: [number, number]) => [number, number]): GeoJSON.FeatureCollection {
  // A third value (height) rides along unchanged.
  const each = (p: Position): Position => [...f([p[0]!, p[1]!]), ...p.slice(2)];
  return {
    ...fc,
    features: fc.features.map((feature) => (feature.geometry ? { ...feature, geometry: mapPositions(feature.geometry, each) } : feature)),
  };
}

/** How the app's coordinates become the map's and back, for the datum of the basemap shown. */
export interface MapFrame {
  datum: Datum;
  toMap(p: LngLat): LngLat;
  fromMap(p: LngLat): LngLat;
  toMapData(fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection;
}

const identity: MapFrame = {
  datum: 'WGS84',
  toMap: (p) => p,
  fromMap: (p) => p,
  // The same object, so a source is not re-sent to the map's worker for nothing.
  toMapData: (fc) => fc,
};

const lngLatVia = (f: (p: [number, number]) => [number, number]) => (p: LngLat): LngLat => {
  const [lng, lat] = f([p.lng, p.lat]);
  return { lng, lat };
};

const gcj02: MapFrame = {
  datum: 'GCJ-02',
  toMap: lngLatVia(wgs84ToGcj02),
  fromMap: lngLatVia(gcj02ToWgs84),
  toMapData: (fc) => mapCollection(fc, wgs84ToGcj02),
};

export function frameFor(datum: Datum): MapFrame {
  return datum === 'GCJ-02' ? gcj02 : identity;
}

export const WGS84_FRAME: MapFrame = identity;
