// What the map derives from the data: points, uncertainty halos, label points, camera targets.
import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Site } from '../../src/data/schemas';
import {
  cameraTargetOf,
  featureIdOf,
  isApproximate,
  labelPoint,
  siteHalos,
  sitePoints,
  sitesSharingLocation,
  SITE_ZOOM,
} from '../../src/features/map/map-data';
import * as fixture from '../fixtures/app-data';

function site(overrides: Partial<Site>): Site {
  return { ...structuredClone(fixture.sites[1]!), ...overrides };
}

describe('map data', () => {
  it('draws only sites with a location', () => {
    const points = sitePoints(structuredClone(fixture.sites));
    expect(points.features.map((f) => f.properties.id)).toEqual(['hq-onestop-centre', 'exact-site']);
    expect(points.features[0]!.geometry.coordinates).toEqual([121.39, 31.21]);
  });

  it('calls a site approximate only beyond 250 m', () => {
    expect(isApproximate({ precision_m: 250 })).toBe(false);
    expect(isApproximate({ precision_m: 251 })).toBe(true);
    expect(isApproximate({ precision_m: null })).toBe(false);
  });

  it('draws a halo of radius precision_m around each approximate site only', () => {
    const halos = siteHalos(structuredClone(fixture.sites));
    expect(halos.features.map((f) => f.properties.id)).toEqual(['hq-onestop-centre']);
    const ring = halos.features[0]!.geometry.coordinates[0]!;
    for (const vertex of ring) {
      const km = distance([121.39, 31.21], vertex, { units: 'kilometers' });
      expect(km).toBeCloseTo(1.5, 2);
    }
    // The halo carries the site's fid, so selecting the site highlights its halo too.
    expect(halos.features[0]!.properties.fid).toBe(1);
  });

  it('puts an area label at the middle of a simple shape', () => {
    const [x, y] = labelPoint({
      type: 'Polygon',
      coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]],
    }) as [number, number];
    expect(x).toBeCloseTo(1);
    expect(y).toBeCloseTo(1);
  });

  it('finds the feature-state id of each kind of selection', () => {
    const data = { districts: structuredClone(fixture.districts), areas: structuredClone(fixture.areas), sites: structuredClone(fixture.sites) };
    expect(featureIdOf({ kind: 'district', id: '310105' }, data)).toBe(310105);
    expect(featureIdOf({ kind: 'area', id: 'hongqiao-cbd' }, data)).toBe(1);
    expect(featureIdOf({ kind: 'site', id: 'exact-site' }, data)).toBe(2);
    expect(featureIdOf({ kind: 'site', id: 'qi-zhi-institute' }, data)).toBeNull();
    expect(featureIdOf({ kind: 'district', id: '310105' }, {})).toBeNull();
  });

  const framingData = () => ({ districts: structuredClone(fixture.districts), sites: structuredClone(fixture.sites) });

  it('frames a district by its box', () => {
    const box = cameraTargetOf({ kind: 'district', id: '310105' }, framingData());
    expect(box && 'bounds' in box).toBe(true);
    if (box && 'bounds' in box) [121.38, 31.2, 121.43, 31.25].forEach((v, i) => expect(box.bounds[i]).toBeCloseTo(v, 9));
  });

  it('frames an exact site by a point', () => {
    expect(cameraTargetOf({ kind: 'site', id: 'exact-site' }, framingData())).toEqual({ center: [121.44, 31.21], zoom: SITE_ZOOM });
  });

  it('frames an approximate site by its circle', () => {
    const approx = cameraTargetOf({ kind: 'site', id: 'hq-onestop-centre' }, framingData());
    expect(approx && 'bounds' in approx).toBe(true);
    if (approx && 'bounds' in approx) {
      const [w, s, e, n] = approx.bounds;
      expect(distance([w, 31.21], [e, 31.21], { units: 'kilometers' })).toBeCloseTo(3, 1);
      expect(distance([121.39, s], [121.39, n], { units: 'kilometers' })).toBeCloseTo(3, 1);
    }
  });

  it('frames nothing for an unmapped site or an area it has no outline for', () => {
    const data = framingData();
    expect(cameraTargetOf({ kind: 'site', id: 'qi-zhi-institute' }, data)).toBeNull();
    expect(cameraTargetOf({ kind: 'area', id: 'hongqiao-cbd' }, data)).toBeNull();
  });

  it('lists every site at the same position, the one asked about first', () => {
    const sites = [
      site({ id: 'a', fid: 10, lon: 121.3, lat: 31.2 }),
      site({ id: 'b', fid: 11, lon: 121.3, lat: 31.2 }),
      site({ id: 'c', fid: 12, lon: 121.31, lat: 31.2 }),
      site({ id: 'd', fid: 13, lon: null, lat: null, precision_m: null }),
    ];
    expect(sitesSharingLocation('b', sites).map((s) => s.id)).toEqual(['b', 'a']);
    expect(sitesSharingLocation('c', sites).map((s) => s.id)).toEqual(['c']);
    expect(sitesSharingLocation('d', sites)).toEqual([]);
  });
});

describe('labelPoint', () => {
  // A U-shaped outline: its centroid falls in the gap between the arms, outside the shape.
  const u: import('geojson').Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [121.0, 31.0],
        [121.3, 31.0],
        [121.3, 31.3],
        [121.2, 31.3],
        [121.2, 31.1],
        [121.1, 31.1],
        [121.1, 31.3],
        [121.0, 31.3],
        [121.0, 31.0],
      ],
    ],
  };

  it('puts the label of a U-shaped outline inside the outline', () => {
    const p = labelPoint(u) as [number, number];
    expect(booleanPointInPolygon(p, u)).toBe(true);
  });

  it('labels a multipolygon in its largest part', () => {
    const small: number[][][] = [[[122, 31], [122.01, 31], [122.01, 31.01], [122, 31.01], [122, 31]]];
    const p = labelPoint({ type: 'MultiPolygon', coordinates: [small, u.coordinates] }) as [number, number];
    expect(booleanPointInPolygon(p, u)).toBe(true);
  });
});
