// The workspace's pure rules: class breaks rounded to the precision that matters, which end of a
// class is included, the covered area drawn for reach, and where the default view looks.
import { describe, expect, it } from 'vitest';
import { classify, classRanges, roundBreaks } from '../../src/lib/classify';
import { buildSampleGrid, coveredArea, coveredCells, reachShares } from '../../src/lib/reach';
import { defaultView } from '../../src/features/map/default-view';
import type { Site } from '../../src/data/schemas';
import type { Bounds } from '../../src/lib/vocabulary';

describe('roundBreaks', () => {
  it('rounds density breaks to thousands over a range of tens of thousands', () => {
    expect(roundBreaks([7157.08, 18095.33, 26210.9, 31990.4], 538, 32357, 0)).toEqual([7000, 18000, 26000, 32000]);
  });

  it('keeps a break that a coarser step would move by more than a fiftieth of the range', () => {
    expect(roundBreaks([25, 50, 75], 0, 100, 0)).toEqual([25, 50, 75]);
  });

  it('goes finer rather than merge two breaks', () => {
    const b = roundBreaks([10.2, 10.6], 0, 100, 2);
    expect(b[0]).toBeLessThan(b[1]!);
  });

  it('never goes finer than the metric allows', () => {
    expect(roundBreaks([3.14159], 0, 10, 0).every((x) => Number.isInteger(x))).toBe(true);
  });

  it('is used by the classification, so the paint and the legend agree', () => {
    const rows = [538, 2000, 9000, 15000, 21000, 30000, 32357].map((value, i) => ({ code: `c${i}`, value }));
    const c = classify(rows, 'equal', 4, null, 0);
    for (const b of c.breaks) expect(b % 100).toBe(0);
  });
});

describe('classRanges', () => {
  it('says the first class starts at the minimum, each later one at its break, and the last ends at the maximum', () => {
    const bins = [
      { from: 538, to: 7000 },
      { from: 7000, to: 18000 },
      { from: 18000, to: 32357 },
    ];
    expect(classRanges(bins).map((r) => r.kind)).toEqual(['first', 'middle', 'last']);
    expect(classRanges([{ from: 1, to: 2 }])[0]!.kind).toBe('only');
  });
});

describe('coveredArea', () => {
  const square = { type: 'Polygon' as const, coordinates: [[[121.4, 31.1], [121.5, 31.1], [121.5, 31.2], [121.4, 31.2], [121.4, 31.1]]] };
  const grid = buildSampleGrid([{ code: 'a', geometry: square }], 0.5);

  it('draws one rectangle per run of covered land cells, none overlapping, as many cells as the share counts', () => {
    const centre: [number, number] = [121.45, 31.15];
    const covered = coveredCells(grid, [centre], 2);
    const polys = coveredArea(grid, covered);
    expect(polys.length).toBeGreaterThan(0);
    // Each rectangle is one lattice row high; their total width in cells equals the covered land cells.
    const cells = [...covered].filter((v, i) => v === 1 && grid.owner[i]! >= 0).length;
    const share = reachShares(grid, [centre], 2).a!;
    expect(cells).toBe(Math.round(share * grid.pointsPer[0]!));
    const ys = polys.map((p) => p[0]![0]![1]);
    // Rectangles of the same row never share a starting latitude and x-range (no overlaps): distinct per row.
    const keys = new Set(polys.map((p) => `${p[0]![0]![0].toFixed(6)}|${p[0]![0]![1].toFixed(6)}`));
    expect(keys.size).toBe(polys.length);
    expect(Math.min(...ys)).toBeGreaterThan(31.1 - 0.01);
  });

  it('is empty with no site', () => {
    expect(coveredArea(grid, coveredCells(grid, [], 3))).toEqual([]);
  });
});

describe('defaultView', () => {
  const site = (lon: number | null, lat: number | null) => ({ lon, lat }) as unknown as Site;
  const fit = (b: Bounds) => ({ center: [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] as [number, number], zoom: 12 });

  it('is one zoom level in from the city at most, and never further out than the city', () => {
    const sites = [site(121.4, 31.2), site(121.5, 31.25), site(121.45, 31.22)];
    expect(defaultView(sites, 9, fit)!.zoom).toBe(10);
    expect(defaultView(sites, 9, () => ({ center: [121.45, 31.2], zoom: 8 }))!.zoom).toBe(9);
  });

  it('is not pulled out to sea by one outlying site', () => {
    const sites = [...Array.from({ length: 19 }, (_, i) => site(121.4 + i * 0.01, 31.2)), site(122.5, 30.8)];
    expect(defaultView(sites, 9, fit)!.center[0]).toBeLessThan(121.6);
  });

  it('is null when no site is mapped (the whole city is the default then)', () => {
    expect(defaultView([site(null, null)], 9, fit)).toBeNull();
  });
});
