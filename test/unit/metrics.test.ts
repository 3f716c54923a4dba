import { describe, expect, it } from 'vitest';
import type { Fact, Site } from '../../src/data/schemas';
import { districtMetricRows, latestFact, sortRows } from '../../src/lib/metrics';
import { makeFact, makeSite } from '../fixtures/builders';

function fact(subject: string, metric: string, value: number, extra: Partial<Fact> = {}): Fact {
  return makeFact({ subject, metric, value, unit: metric === 'land_area' ? 'km2' : 'people', ...extra });
}

function site(id: string, district: string, layer: Site['layer']): Site {
  return makeSite({ id, district_code: district, layer });
}

const districts = [{ code: '310101' }, { code: '310104' }, { code: '310105' }];

describe('districtMetricRows', () => {
  it('gives "no data" (null), not 0, where a district has no figure', () => {
    const rows = districtMetricRows('population', districts, [fact('310101', 'population', 662030)], []);
    expect(rows.map((r) => r.value)).toEqual([662030, null, null]);
    expect(rows[1]!.basis).toEqual([]);
  });

  const xuhuiDensity = () =>
    districtMetricRows('density', [{ code: '310104' }], [fact('310104', 'population', 1113078), fact('310104', 'land_area', 54.76, { as_of: null })], [])[0];

  it('derives density from population and area', () => {
    expect(xuhuiDensity()!.value).toBeCloseTo(20326.48, 1);
  });

  it('cites both the population and the area behind a density', () => {
    expect(xuhuiDensity()!.basis.map((f) => f.metric)).toEqual(['population', 'land_area']);
  });

  it('marks a density "about" when the area is flagged as unconfirmed', () => {
    const facts = [
      fact('310112', 'population', 2653489),
      fact('310112', 'land_area', 370.75, { as_of: null, note_en: 'unconfirmed at two decimals' }),
    ];
    expect(districtMetricRows('density', [{ code: '310112' }], facts, [])[0]!.qualifier).toBe('about');
  });

  it('has no density without an area', () => {
    expect(districtMetricRows('density', [{ code: '310104' }], [fact('310104', 'population', 5)], [])[0]!.value).toBeNull();
  });

  it('counts sites per district by layer, including unmapped ones', () => {
    const sites = [
      site('a', '310105', 'service-centres'),
      site('b', '310105', 'talent-apartments'),
      site('c', '310104', 'service-centres'),
    ];
    expect(districtMetricRows('service-centres', districts, [], sites).map((r) => r.value)).toEqual([0, 1, 1]);
    expect(districtMetricRows('sites', districts, [], sites).map((r) => r.value)).toEqual([0, 1, 2]);
  });

  it('handles empty inputs', () => {
    expect(districtMetricRows('population', [], [], [])).toEqual([]);
  });
});

describe('latestFact', () => {
  it('picks the newest of repeated figures', () => {
    const facts = [fact('c', 'm', 1, { as_of: '2020-10' }), fact('c', 'm', 2, { as_of: '2024-04' })];
    expect(latestFact(facts, 'district', 'c', 'm')!.value).toBe(2);
  });
});

describe('sortRows', () => {
  it('puts the largest first and "no data" last, keeping ties stable', () => {
    const rows = [
      { code: 'a', value: null, unit: '', qualifier: null, basis: [] },
      { code: 'b', value: 2, unit: '', qualifier: null, basis: [] },
      { code: 'c', value: 5, unit: '', qualifier: null, basis: [] },
      { code: 'd', value: 2, unit: '', qualifier: null, basis: [] },
    ];
    expect(sortRows(rows).map((r) => r.code)).toEqual(['c', 'b', 'd', 'a']);
  });
});
