// Proximity measured to a reader's imported points (the Analyse tab's "Sites measured" choice):
// the nearest of the set, its overlay lines and the camera's bounds.
import { describe, expect, it } from 'vitest';
import { computeProximity, nearestPlaces, proximityBounds, proximityFeatures } from '../../src/derived/analysis';
import { distanceKm } from '../../src/lib/reach';
import { makeSite } from '../fixtures/builders';

const positions: [number, number][] = [
  [121.5, 31.2],
  [121.401, 31.2],
  [121.45, 31.25],
  [121.9, 30.9],
  [121.41, 31.21],
];
const set = { id: 'imported-x', label: 'shops', positions, nameAt: (i: number) => `shop ${i}` };

describe('nearest imported points', () => {
  it('lists the nearest of the set, nearest first, with their names and straight-line distances', () => {
    const got = nearestPlaces([121.4, 31.2], set, 3);
    expect(got.map((n) => n.name)).toEqual(['shop 1', 'shop 4', 'shop 2']);
    expect(got[0]!.km).toBeCloseTo(distanceKm([121.4, 31.2], [121.401, 31.2]), 6);
    expect(got[0]!.at).toEqual([121.401, 31.2]);
    // The same as sorting every point by distance.
    const all = positions.map((p, i) => ({ i, km: distanceKm([121.4, 31.2], p) })).sort((a, b) => a.km - b.km);
    expect(nearestPlaces([121.4, 31.2], set, 5).map((n) => n.name)).toEqual(all.map((a) => `shop ${a.i}`));
  });

  it('measures from a site to the set instead of the service centres, and draws lines to the nearest three', () => {
    const sites = [makeSite({ id: 'a', lon: 121.4, lat: 31.2, precision_m: 100, source_ids: ['s1'] })];
    const p = computeProximity({ kind: 'site', id: 'a' }, sites, 5, set)!;
    expect(p.nearest).toEqual([]);
    expect(p.places!.map((n) => n.name).slice(0, 2)).toEqual(['shop 1', 'shop 4']);
    const links = proximityFeatures(p, [1]).features.filter((f) => f.properties!.role === 'link');
    expect(links.map((f) => (f.geometry as GeoJSON.LineString).coordinates[1])).toEqual([
      [121.401, 31.2],
      [121.41, 31.21],
      [121.45, 31.25],
    ]);
    const [w, s, e, n] = proximityBounds(p, [1]);
    expect(w).toBeLessThan(121.4);
    expect(e).toBeGreaterThanOrEqual(121.45);
    expect(n).toBeGreaterThanOrEqual(31.25);
    expect(s).toBeLessThan(31.2);
  });

  it('without a set, measures to the service centres as before', () => {
    const sites = [makeSite({ id: 'c', lon: 121.41, lat: 31.2, precision_m: 100, source_ids: ['s1'] })];
    const p = computeProximity({ kind: 'point', lng: 121.4, lat: 31.2 }, sites)!;
    expect(p.places).toBeNull();
  });
});
