// Distances, reach shares and per-capita figures against cases worked by hand.
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildSampleGrid, distanceKm, nearest, per100k, project, reachShares } from '../../src/lib/reach';
import { apartmentUnits, districtMetricRows } from '../../src/lib/metrics';
import type { Fact, Site } from '../../src/data/schemas';
import { makeFact, makeSite } from '../fixtures/builders';

/** A square district `sideKm` wide centred on (lon, lat), in the codec's own projection. */
function square(lon: number, lat: number, sideKm: number): Polygon {
  const dLon = sideKm / 2 / (111.32 * Math.cos((31.2 * Math.PI) / 180));
  const dLat = sideKm / 2 / 110.574;
  return {
    type: 'Polygon',
    coordinates: [[[lon - dLon, lat - dLat], [lon + dLon, lat - dLat], [lon + dLon, lat + dLat], [lon - dLon, lat + dLat], [lon - dLon, lat - dLat]]],
  };
}

describe('distanceKm and nearest', () => {
  it('one degree of latitude is about 111 km', () => {
    expect(distanceKm([121, 31], [121, 32])).toBeCloseTo(111.2, 0);
  });
  it('is zero from a point to itself', () => {
    expect(distanceKm([121.4, 31.2], [121.4, 31.2])).toBe(0);
  });
  const candidates = () => [
    { id: 'a', lon: 121.5, lat: 31.2 },
    { id: 'b', lon: 121.3, lat: 31.2 }, // same distance as a, on the other side
    { id: 'c', lon: 121.41, lat: 31.2 },
  ];
  it('orders by distance, ties in input order', () => {
    expect(nearest([121.4, 31.2], candidates()).map((n) => n.site.id)).toEqual(['c', 'a', 'b']);
  });
  it('gives no more than the number asked for', () => {
    expect(nearest([121.4, 31.2], candidates(), 1)).toHaveLength(1);
  });
  it('gives nothing without candidates', () => {
    expect(nearest([121.4, 31.2], [])).toEqual([]);
  });
});

describe('per100k', () => {
  it('scales a count to 100,000 residents', () => {
    expect(per100k(2, 400_000)).toBe(0.5);
    expect(per100k(0, 400_000)).toBe(0);
  });
  it('is null without a population or a count', () => {
    expect(per100k(2, null)).toBeNull();
    expect(per100k(2, 0)).toBeNull();
    expect(per100k(null, 100)).toBeNull();
  });
});

describe('reachShares (grid sampling)', () => {
  const district = { code: 'A', geometry: square(121.45, 31.2, 10) };

  it('samples a 10 km square every 0.5 km: 400 points', () => {
    expect(buildSampleGrid([district], 0.5).pointsPer[0]).toBe(400);
  });

  it('is 0 with no service sites', () => {
    expect(reachShares(buildSampleGrid([district], 0.5), [], 3).A).toBe(0);
  });

  it('is 1 when a huge radius covers the district', () => {
    expect(reachShares(buildSampleGrid([district], 0.5), [[121.45, 31.2]], 20).A).toBe(1);
  });

  it('matches π r² / area for a centre in the middle (r = 3 km in a 10 km square: 28.3%)', () => {
    const grid = buildSampleGrid([district], 0.25);
    const share = reachShares(grid, [[121.45, 31.2]], 3).A!;
    expect(share).toBeCloseTo((Math.PI * 9) / 100, 1);
    expect(Math.abs(share - (Math.PI * 9) / 100)).toBeLessThan(0.02);
  });

  it('does not count a reach that spills over into a neighbour', () => {
    // Two 10 km squares side by side, a centre in the middle of the left one, 3 km radius.
    const left = { code: 'L', geometry: square(121.4, 31.2, 10) };
    const [x] = project(121.4, 31.2);
    const rightLon = 121.4 + 10 / (111.32 * Math.cos((31.2 * Math.PI) / 180));
    const right = { code: 'R', geometry: square(rightLon, 31.2, 10) };
    expect(x).toBeDefined();
    const grid = buildSampleGrid([left, right], 0.5);
    const shares = reachShares(grid, [[121.4, 31.2]], 3);
    expect(shares.L!).toBeGreaterThan(0.25);
    expect(shares.R).toBe(0);
  });

  it('gives no districts nothing to share', () => {
    expect(reachShares(buildSampleGrid([], 0.5), [[121.4, 31.2]], 3)).toEqual({});
  });
});

const fact = (scope: Fact['scope'], subject: string, metric: string, value: number, qualifier: Fact['qualifier'] = null): Fact =>
  makeFact({ scope, subject, metric, value, qualifier, unit: metric === 'population' ? 'people' : 'units', source_id: 's' });

const site = (id: string, district: string, category: Site['category']): Site =>
  makeSite({ id, district_code: district, category, layer: category === 'talent-apartment' ? 'talent-apartments' : 'service-centres', source_ids: ['s'] });

describe('per-capita district metrics', () => {
  const facts = [fact('district', 'A', 'population', 200_000), fact('district', 'B', 'population', 1_000_000), fact('site', 'apt1', 'units', 300), fact('site', 'apt2', 'units', 100, 'about')];
  const sites = [site('sc1', 'A', 'service-centre'), site('sc2', 'A', 'service-centre'), site('ee', 'A', 'exit-entry'), site('apt1', 'A', 'talent-apartment'), site('apt2', 'B', 'talent-apartment'), site('apt3', 'B', 'talent-apartment'), site('apt4', 'C', 'talent-apartment')];
  const districts = [{ code: 'A' }, { code: 'B' }, { code: 'C' }];

  it('counts service centres (not exit-entry offices) per 100,000 residents', () => {
    const rows = districtMetricRows('centres-per-100k', districts, facts, sites);
    expect(rows.map((r) => r.value)).toEqual([1, 0, null]); // 2 per 200,000; 0; C has no population
  });

  it('sums apartment units, "at least" when an apartment has no figure, no data when none has', () => {
    expect(apartmentUnits('A', facts, sites)).toMatchObject({ value: 300, qualifier: null });
    expect(apartmentUnits('B', facts, sites)).toMatchObject({ value: 100, qualifier: 'at least' });
    expect(apartmentUnits('C', facts, sites)).toMatchObject({ value: null });
    expect(apartmentUnits('D', facts, sites)).toMatchObject({ value: 0 });
    const rows = districtMetricRows('units-per-100k', districts, facts, sites);
    expect(rows.map((r) => r.value)).toEqual([150, 10, null]);
    expect(rows[1]!.qualifier).toBe('at least');
  });

  it('turns reach shares into percentages, null stays no data', () => {
    const rows = districtMetricRows('reach', districts, facts, sites, { reach: { A: 0.25, B: null } });
    expect(rows.map((r) => r.value)).toEqual([25, null, null]);
  });
});
