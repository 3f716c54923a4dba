import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/data/schemas';
import { haversineMetres, roundDistanceKm, straightLine } from '../../src/lib/straight-line';
import { makeSite } from '../fixtures/builders';

function site(lon: number | null, lat: number | null, precision_m: number | null): Site {
  return makeSite({ id: 's', category: 'lab', layer: 'zhangjiang', district_code: '310115', lon, lat, precision_m });
}

describe('straight-line distance', () => {
  it('measures a known distance (one degree of latitude is about 111.2 km)', () => {
    expect(haversineMetres([121, 31], [121, 32]) / 1000).toBeCloseTo(111.2, 1);
  });

  it('carries both precision radii as its uncertainty', () => {
    const line = straightLine(site(121.46, 31.17, 1500), site(121.42972, 31.20083, 500))!;
    expect(line.metres).toBeGreaterThan(4400);
    expect(line.metres).toBeLessThan(4550);
    expect(line.uncertaintyMetres).toBe(2000);
    expect(roundDistanceKm(line)).toEqual({ km: 4.5, plusMinusKm: 2 });
  });

  it('gives no distance when a site has no verified location', () => {
    expect(straightLine(site(null, null, null), site(121.4, 31.2, 500))).toBeNull();
  });

  it('rounds to 0.1 km only when both locations are precise', () => {
    expect(roundDistanceKm({ metres: 1234, uncertaintyMetres: 200 })).toEqual({ km: 1.2, plusMinusKm: 0.2 });
  });
});
