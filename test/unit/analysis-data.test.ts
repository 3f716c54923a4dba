// The pure parts of the Analyse panel: proximity from a site or a point, the rings overlay,
// openings per year, and what the CSV and GeoJSON exports contain.
import { describe, expect, it } from 'vitest';
import type { Site, Source } from '../../src/data/schemas';
import { computeProximity, proximityFeatures } from '../../src/derived/analysis';
import { chartCsv, visibleSites, visibleSitesGeoJson, CHART_CSV_HEADER } from '../../src/lib/export-data';
import { openingsPerYear } from '../../src/lib/timeline';
import { BOM } from '../../src/lib/csv';
import { makeSite } from '../fixtures/builders';

function site(id: string, over: Partial<Site> = {}): Site {
  return makeSite({ id, name_zh: `站${id}`, lon: 121.4, lat: 31.2, precision_m: 100, source_ids: ['s1'], ...over });
}

describe('computeProximity', () => {
  const sites = [
    site('apt', { category: 'talent-apartment', layer: 'talent-apartments', lon: 121.4, lat: 31.2, precision_m: 1500 }),
    site('near', { lon: 121.41, lat: 31.2, precision_m: 700 }),
    site('far', { lon: 121.5, lat: 31.2 }),
    site('unmapped', { lon: null, lat: null, precision_m: null }),
  ];

  it('lists service sites nearest first, with the uncertainty of both ends', () => {
    const p = computeProximity({ kind: 'site', id: 'apt' }, sites)!;
    expect(p.nearest.map((n) => n.site.id)).toEqual(['near', 'far']);
    expect(p.nearest[0]!.km).toBeCloseTo(0.95, 1);
    expect(p.nearest[0]!.errKm).toBeCloseTo(1.5 + 0.7);
    expect(p.nearest[1]!.errKm).toBeCloseTo(1.5); // 100 m is an exact location: no ±
  });

  it('does not measure a service site to itself', () => {
    expect(computeProximity({ kind: 'site', id: 'near' }, sites)!.nearest.map((n) => n.site.id)).toEqual(['far']);
  });

  it('measures from a bare point', () => {
    expect(computeProximity({ kind: 'point', lng: 121.5, lat: 31.2 }, sites)!.nearest[0]!.km).toBe(0);
  });

  it('gives nothing for an unknown or unmapped site', () => {
    expect(computeProximity({ kind: 'site', id: 'nope' }, sites)).toBeNull();
    expect(computeProximity({ kind: 'site', id: 'unmapped' }, sites)).toBeNull();
  });

  function overlay() {
    return proximityFeatures(computeProximity({ kind: 'site', id: 'apt' }, sites), [1, 3, 5]);
  }

  it('draws a labelled ring per distance, a link to each of the nearest three, and the origin', () => {
    const roles = overlay().features.map((f) => f.properties!.role);
    expect(roles.filter((r) => r === 'ring')).toHaveLength(3);
    expect(roles.filter((r) => r === 'ring-label')).toHaveLength(3);
    expect(roles.filter((r) => r === 'link')).toHaveLength(2);
    expect(roles.filter((r) => r === 'origin')).toHaveLength(1);
  });

  it('gives every overlay feature its own id', () => {
    const fc = overlay();
    expect(new Set(fc.features.map((f) => f.properties!.fid)).size).toBe(fc.features.length);
  });

  it('draws nothing without a proximity', () => {
    expect(proximityFeatures(null, [1]).features).toEqual([]);
  });
});

describe('openingsPerYear', () => {
  it('counts each year over the recent span, with zero for a year without openings', () => {
    expect(openingsPerYear([2020, 2020, 2022], 16)).toEqual([
      { year: 2020, count: 2 },
      { year: 2021, count: 0 },
      { year: 2022, count: 1 },
    ]);
  });
  it('groups the years before the recent span into one leading bin', () => {
    const bins = openingsPerYear([1896, 2010, 2025], 16);
    expect(bins[0]).toEqual({ year: null, before: 2010, count: 1 });
    expect(bins).toHaveLength(17);
  });
  it('is empty without dates', () => {
    expect(openingsPerYear([])).toEqual([]);
  });
});

describe('exports', () => {
  const sources = new Map<string, Source>([['census', { id: 'census', kind: 'official', publisher: 'Bureau', title: 'Census', date: '2021', url: null }]]);

  function twoDistrictCsv(): string {
    return chartCsv(
      'population',
      [
        { code: '310105', value: 693051, unit: 'people', qualifier: null, basis: [{ id: 'f', scope: 'district', subject: '310105', metric: 'population', value: 693051, unit: 'people', as_of: '2020', qualifier: null, source_id: 'census', note_en: null, note_zh: null }] },
        { code: '310104', value: null, unit: 'people', qualifier: null, basis: [] },
      ],
      [
        { code: '310105', name_en: 'Changning', name_zh: '长宁区' },
        { code: '310104', name_en: 'Xuhui', name_zh: '徐汇区' },
      ],
      sources,
      'counted in this map',
    );
  }
  const csvLines = (csv: string) => csv.slice(1).split('\r\n');

  it('writes the chart CSV with a BOM before the header', () => {
    const csv = twoDistrictCsv();
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csvLines(csv)[0]).toBe(CHART_CSV_HEADER.join(','));
  });

  it('writes a district row with its value and the citation of its source', () => {
    expect(csvLines(twoDistrictCsv())[1]).toBe('310105,Changning,长宁区,population,693051,people,,2020,census,"Bureau, Census, 2021"');
  });

  it('leaves the value of a district without data empty, citing the fallback', () => {
    expect(csvLines(twoDistrictCsv())[2]).toBe('310104,Xuhui,徐汇区,population,,people,,,,counted in this map');
  });

  function view() {
    const sites = [
      site('in', { opened: '2015' }),
      site('later', { opened: '2020' }),
      site('undated'),
      site('outside', { lon: 122, lat: 31.5, opened: '2010' }),
      site('hidden-layer', { layer: 'universities', opened: '2010' }),
      site('unmapped', { lon: null, lat: null, precision_m: null, opened: '2010' }),
    ];
    return { sites, visibleLayers: ['service-centres' as const], bounds: [121, 31, 121.8, 31.4] as [number, number, number, number] };
  }

  it('exports only drawn sites of visible layers, inside the view, opened by the year', () => {
    expect(visibleSites({ ...view(), year: 2016 }).map((s) => s.id)).toEqual(['in']);
  });

  it('exports later and undated sites too when the timeline is off', () => {
    expect(visibleSites({ ...view(), year: null }).map((s) => s.id)).toEqual(['in', 'later', 'undated']);
  });

  it('writes the visible sites as GeoJSON with their properties and cited sources', () => {
    const fc = visibleSitesGeoJson({ ...view(), year: 2016, sources, exported: '2026-11-22' });
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.properties).toMatchObject({ id: 'in', name_zh: '站in', precision_m: 100, approximate: false });
    expect(fc.sources).toEqual([{ id: 's1' }]);
  });
});
