import { describe, expect, it } from 'vitest';
import type { DistrictFeature } from '../../src/data/schemas';
import { districtsInView, isServiceCentre } from '../../src/lib/geo';
import { districts } from '../fixtures/app-data';

/** An L-shaped district whose bounding box covers a corner its land does not. */
const lShaped: DistrictFeature = {
  type: 'Feature',
  properties: { ...districts.features[0]!.properties, code: '310151', fid: 310151 },
  geometry: {
    type: 'Polygon',
    coordinates: [[[121.6, 31.3], [121.8, 31.3], [121.8, 31.32], [121.62, 31.32], [121.62, 31.5], [121.6, 31.5], [121.6, 31.3]]],
  },
};

describe('districtsInView', () => {
  it('lists the districts whose outline reaches into the view', () => {
    // The fixture squares: Changning 121.38–121.43, Xuhui 121.43–121.48, Huangpu 121.48–121.53.
    expect([...districtsInView(districts.features, [121.39, 31.21, 121.44, 31.24])].sort()).toEqual(['310104', '310105']);
  });

  it('leaves out a district whose bounding box, but not its land, overlaps the view', () => {
    expect(districtsInView([lShaped], [121.7, 31.4, 121.75, 31.45]).size).toBe(0);
    expect(districtsInView([lShaped], [121.7, 31.31, 121.75, 31.45]).has('310151')).toBe(true);
  });

  it('is empty for a view away from every district', () => {
    expect(districtsInView(districts.features, [122.5, 30.5, 122.6, 30.6]).size).toBe(0);
  });
});

describe('isServiceCentre', () => {
  it('counts a one-stop service centre', () => {
    expect(isServiceCentre({ category: 'service-centre' })).toBe(true);
  });

  it('does not count an exit-entry office, though the service-centres layer draws it', () => {
    expect(isServiceCentre({ category: 'exit-entry' })).toBe(false);
  });
});
