// The data build (geo/scripts/lib/build.ts): every failure it promises names the file, the line,
// the record and the problem; the small fixtures build cleanly; and so does the real geo/ data.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buildData, type BuildOutputs } from '../../geo/scripts/lib/build';
import { isPartialDate } from '../../geo/scripts/lib/cells';
import { csvRecordLines } from '../../geo/scripts/lib/csv';
import { distanceToBoundaryMetres } from '../../geo/scripts/lib/geometry';
import { INPUT_FILES, type BuildInputs } from '../../geo/scripts/lib/inputs';
import { formatProblem } from '../../geo/scripts/lib/report';
import { LAYER_IDS, QUALIFIERS } from '../../src/data/schemas';
import { INPUT_KEYS, inputFileName, readGeoInputs } from '../fixtures/geo-inputs';

const root = resolve(import.meta.dirname, '../..');
const fixtureDir = resolve(root, 'test/fixtures/data');
const load = readGeoInputs;

const fixtures = load(fixtureDir);

/** Replaces line n (1-based) of a text. */
function setLine(text: string, n: number, fn: (line: string) => string): string {
  const lines = text.split('\n');
  lines[n - 1] = fn(lines[n - 1] ?? '');
  return lines.join('\n');
}
const appendLine = (text: string, line: string) => `${text.trimEnd()}\n${line}\n`;
function lineOf(text: string, n: number): string {
  return text.split('\n')[n - 1] ?? '';
}

/** Builds the fixtures with some inputs changed; returns the formatted problems (and fails if it built). */
function problems(changes: Partial<BuildInputs>): string[] {
  const res = buildData({ ...fixtures, ...changes });
  if (res.ok) throw new Error('expected the build to fail, but it succeeded');
  return res.problems.map(formatProblem);
}
function built(inputs: BuildInputs): { outputs: BuildOutputs; notes: string[] } {
  const res = buildData(inputs);
  if (!res.ok) throw new Error(`build failed:\n${res.problems.map(formatProblem).join('\n')}`);
  return res;
}

type AreaFc = { type: string; features: { properties: Record<string, unknown>; geometry: unknown }[] };
function editAreas(fn: (fc: AreaFc) => void): string {
  const fc = JSON.parse(fixtures.areas) as AreaFc;
  fn(fc);
  return JSON.stringify(fc, null, 2);
}

describe('helpers', () => {
  it('knows real partial dates from malformed ones', () => {
    for (const d of ['2024', '2024-02', '2024-02-29', '2021-12-31']) expect(isPartialDate(d), d).toBe(true);
    for (const d of ['24', '2024-13', '2023-02-29', '2024/05', '2024-5', '2021-04-31', 'May 2024', '']) {
      expect(isPartialDate(d), d).toBe(false);
    }
  });

  it('numbers CSV records by their first line, even with a newline inside quotes', () => {
    expect(csvRecordLines('a,b\n1,"x\ny"\n2,z\n')).toEqual([1, 2, 4, 5]);
  });

  it('measures the distance from a point to a polygon edge in metres', () => {
    const ring: [number, number][] = [[121, 31], [121.1, 31], [121.1, 31.1], [121, 31.1], [121, 31]];
    const square = { type: 'Polygon' as const, coordinates: [ring] };
    // 0.001° of longitude at 31.05° N is about 95 m.
    const d = distanceToBoundaryMetres([121.101, 31.05], square);
    expect(d).toBeGreaterThan(90);
    expect(d).toBeLessThan(100);
  });
});

describe('the fixtures', () => {
  const { outputs, notes } = built(fixtures);

  it('build cleanly into the five files', () => {
    expect(outputs['districts.geojson'].features).toHaveLength(16);
    expect(outputs['sites.json'].sites.map((s) => [s.fid, s.id])).toEqual([
      [1, 'site-inside'],
      [2, 'site-edge'],
      [3, 'site-unmapped'],
    ]);
    expect(outputs['areas.geojson'].features.map((f) => [f.properties.fid, f.properties.id])).toEqual([[1, 'test-area']]);
    // 4 rows in facts.csv + population and land area for each of the 16 districts.
    expect(outputs['facts.json'].facts).toHaveLength(4 + 32);
    expect(outputs['sources.json'].sources.map((s) => s.id)).toEqual(['src-a', 'src-b', 'echarts-4.9.0', 'census-2020', 'yearbook-area']);
  });

  it('joins outlines with districts.csv', () => {
    const byCode = new Map(outputs['districts.geojson'].features.map((f) => [f.properties.code, f.properties]));
    expect(byCode.get('310101')).toEqual({
      fid: 310101,
      code: '310101',
      name_en: 'Huangpu',
      name_zh: '黄浦区',
      featured: false,
      label: [121.05, 31.05],
      source_ids: ['src-a', 'census-2020', 'yearbook-area', 'echarts-4.9.0'],
    });
    expect(byCode.get('310104')?.featured).toBe(true);
  });

  it('turns census population and land area into dated, sourced facts', () => {
    const facts = outputs['facts.json'].facts;
    expect(facts.find((f) => f.id === 'district:310112:population:2020')).toEqual({
      id: 'district:310112:population:2020',
      scope: 'district',
      subject: '310112',
      metric: 'population',
      value: 8000,
      unit: 'people',
      as_of: '2020',
      qualifier: null,
      source_id: 'census-2020',
      note_en: null,
      note_zh: null,
    });
    expect(facts.find((f) => f.id === 'district:310112:land_area:undated')).toMatchObject({
      value: 107,
      unit: 'km2',
      as_of: null,
      source_id: 'yearbook-area',
      note_en: 'Test note.',
      note_zh: '测试说明。',
    });
    expect(facts.find((f) => f.metric === 'talent_total')).toMatchObject({
      id: 'city:310000:talent_total:2023-12',
      value: 6750000,
      qualifier: 'more than',
      note_en: 'A test note.',
    });
  });

  it('keeps unmapped sites with null coordinates and computes the drawn area', () => {
    const unmapped = outputs['sites.json'].sites[2]!;
    expect([unmapped.lon, unmapped.lat, unmapped.precision_m]).toEqual([null, null, null]);
    expect(outputs['sites.json'].sites[0]).toMatchObject({ lon: 121.05, lat: 31.05, precision_m: 100, opened: '2020-01', notes_zh: '设有12个窗口，每天开放。' });
    expect(outputs['areas.geojson'].features[0]!.properties.drawn_area_km2).toBe(53);
    expect(outputs['sources.json'].sources[4]).toEqual({ id: 'yearbook-area', kind: 'official', publisher: 'Test yearbook', title: 'Land area', date: null, url: null });
  });

  it('accepts a site just outside its district within its precision, and says so', () => {
    expect(notes).toContain('geo/sites.csv:3 [site-edge] is 143 m outside district 310101, accepted within its precision_m 500; it falls in 310104 (Xuhui)');
  });
});

describe('failures name the file, line, record and problem', () => {
  it('an unknown source id', () => {
    expect(problems({ sites: setLine(fixtures.sites, 3, (l) => l.replace('src-a;src-b', 'src-a;nope')) })).toEqual([
      'geo/sites.csv:3 [site-edge]: unknown source id "nope" in source_ids (not in geo/sources.csv)',
    ]);
    expect(problems({ facts: setLine(fixtures.facts, 3, (l) => l.replace(',src-b,', ',src-x,')) })).toEqual([
      'geo/facts.csv:3 [district:310101:test_share:2018-07]: unknown source id "src-x" (not in geo/sources.csv)',
    ]);
    expect(problems({ districts: setLine(fixtures.districts, 5, (l) => l.replace('census-2020', 'census-2010')) })).toContain(
      'geo/districts.csv:5 [310106]: unknown source id "census-2010" in source_ids (not in geo/sources.csv)',
    );
    const areas = editAreas((fc) => (fc.features[0]!.properties.source_ids = ['src-a', 'gone']));
    expect(problems({ areas })).toEqual(['geo/areas.geojson:7 [test-area]: unknown source id "gone" in source_ids (not in geo/sources.csv)']);
  });

  it('a missing source id', () => {
    expect(problems({ sites: setLine(fixtures.sites, 4, (l) => l.replace(',src-b,', ',,')) })).toEqual([
      'geo/sites.csv:4 [site-unmapped]: source_ids is empty: every record needs a source',
    ]);
    expect(problems({ facts: setLine(fixtures.facts, 4, (l) => l.replace(',src-a,', ',,')) })).toEqual([
      'geo/facts.csv:4 [site:site-inside:units:2023-10]: source_id is empty',
    ]);
    // The census source itself gone: every district cites it, and the derived facts need it.
    const found = problems({ sources: fixtures.sources.replace(/^census-2020,.*\n/m, '') });
    expect(found).toContain('geo/districts.csv:2 [310101]: unknown source id "census-2020" in source_ids (not in geo/sources.csv)');
    expect(found).toContain('geo/sources.csv [census-2020]: source "census-2020" is needed for the district facts but missing');
  });

  it('a duplicate id in sites, sources, facts and areas', () => {
    expect(problems({ sites: appendLine(fixtures.sites, lineOf(fixtures.sites, 2)) })).toEqual([
      'geo/sites.csv:5 [site-inside]: duplicate site id (first on line 2)',
    ]);
    expect(problems({ sources: appendLine(fixtures.sources, 'src-a,news,Someone,Something else,2020,') })).toEqual([
      'geo/sources.csv:7 [src-a]: duplicate source id (first on line 2)',
    ]);
    expect(problems({ facts: appendLine(fixtures.facts, lineOf(fixtures.facts, 2).replace('6750000', '6800000')) })).toEqual([
      'geo/facts.csv:6 [city:310000:talent_total:2023-12]: duplicate fact (same scope, subject, metric and as_of as geo/facts.csv:2)',
    ]);
    const areas = editAreas((fc) => fc.features.push(structuredClone(fc.features[0]!)));
    const found = problems({ areas });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^geo\/areas\.geojson:(\d+) \[test-area\]: duplicate area id$/);
    expect(Number(/:(\d+) /.exec(found[0]!)?.[1])).toBeGreaterThan(30);
  });

  it('a duplicate district code', () => {
    const found = problems({ districts: appendLine(fixtures.districts, lineOf(fixtures.districts, 2)) });
    expect(found).toContain('geo/districts.csv:18 [310101]: duplicate district code (first on line 2)');
  });

  it('a site outside its district by more than its precision', () => {
    expect(problems({ sites: setLine(fixtures.sites, 3, (l) => l.replace(',WGS84,500,', ',WGS84,100,')) })).toEqual([
      'geo/sites.csv:3 [site-edge]: site outside its district 310101: 143 m from its outline, more than its precision_m 100; it falls in 310104 (Xuhui)',
    ]);
    // Far away, in no district at all.
    expect(problems({ sites: setLine(fixtures.sites, 2, (l) => l.replace('121.05,31.05', '122.3,31.9')) })[0]).toMatch(
      /^geo\/sites\.csv:2 \[site-inside\]: site outside its district 310101: \d+ m from its outline, more than its precision_m 100; it falls in no district$/,
    );
  });

  it('a schematic area more than 25% off its official size', () => {
    const bigger = editAreas((fc) => (fc.features[0]!.properties.official_area_km2 = 30));
    expect(problems({ areas: bigger })).toEqual([
      'geo/areas.geojson:7 [test-area]: schematic area is 53 km2, 77% more than its official 30 km2 (allowed: 25%): redraw it',
    ]);
    const smaller = editAreas((fc) => (fc.features[0]!.properties.official_area_km2 = 80));
    expect(problems({ areas: smaller })).toEqual([
      'geo/areas.geojson:7 [test-area]: schematic area is 53 km2, 34% less than its official 80 km2 (allowed: 25%): redraw it',
    ]);
    // Within 25% it builds, but the official size must match the area_official fact.
    const near = editAreas((fc) => (fc.features[0]!.properties.official_area_km2 = 60));
    expect(problems({ areas: near })).toEqual([
      'geo/areas.geojson:7 [test-area]: official_area_km2 60 differs from the area_official fact (50) in geo/facts.csv',
    ]);
  });

  it('an area established date: only a real date, only with a source the area cites', () => {
    const good = editAreas((fc) => Object.assign(fc.features[0]!.properties, { established: '2017', established_source_id: 'src-a' }));
    expect(built({ ...fixtures, areas: good }).outputs['areas.geojson'].features[0]!.properties.established).toBe('2017');
    const badDate = editAreas((fc) => Object.assign(fc.features[0]!.properties, { established: 'spring 2017', established_source_id: 'src-a' }));
    expect(problems({ areas: badDate })).toEqual(['geo/areas.geojson:7 [test-area]: established "spring 2017" is not a date as YYYY, YYYY-MM or YYYY-MM-DD']);
    const noSource = editAreas((fc) => Object.assign(fc.features[0]!.properties, { established: '2017' }));
    expect(problems({ areas: noSource })).toEqual(['geo/areas.geojson:7 [test-area]: established and established_source_id go together']);
    const otherSource = editAreas((fc) => Object.assign(fc.features[0]!.properties, { established: '2017', established_source_id: 'src-b' }));
    expect(problems({ areas: otherSource })).toEqual([
      'geo/areas.geojson:7 [test-area]: established_source_id "src-b" is not one of the area\'s source_ids',
    ]);
  });

  it('an area vertex outside every district', () => {
    const areas = editAreas((fc) => {
      const ring = (fc.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
      ring[1] = [121.06, 30.99];
    });
    expect(problems({ areas })).toContain('geo/areas.geojson:7 [test-area]: vertex 2 [121.06, 30.99] lies outside every district outline');
  });

  it('an unknown category or layer', () => {
    expect(problems({ sites: setLine(fixtures.sites, 2, (l) => l.replace('service-centre,service-centres', 'service-center,service-centres')) })).toEqual([
      `geo/sites.csv:2 [site-inside]: unknown category "service-center" (expected one of service-centre, exit-entry, hr-park, talent-apartment, lab, science-facility, research-institute, library, university, international-school)`,
    ]);
    expect(problems({ sites: setLine(fixtures.sites, 3, (l) => l.replace(',zhangjiang,', ',labs,')) })).toEqual([
      `geo/sites.csv:3 [site-edge]: unknown layer "labs" (expected one of ${LAYER_IDS.join(', ')})`,
    ]);
    const areas = editAreas((fc) => (fc.features[0]!.properties.layer = 'zhangjiang-science-city'));
    expect(problems({ areas })).toEqual([
      `geo/areas.geojson:7 [test-area]: unknown layer "zhangjiang-science-city" (expected one of ${LAYER_IDS.join(', ')})`,
    ]);
  });

  it('a fact value without a unit or without a date', () => {
    expect(problems({ facts: setLine(fixtures.facts, 4, (l) => l.replace(',234,units,', ',234,,')) })).toEqual([
      'geo/facts.csv:4 [site:site-inside:units:2023-10]: value has no unit',
    ]);
    expect(problems({ facts: setLine(fixtures.facts, 3, (l) => l.replace(',2018-07,', ',,')) })).toEqual([
      'geo/facts.csv:3 [district:310101:test_share:undated]: value has no date: as_of is required',
    ]);
  });

  it('a non-numeric value', () => {
    expect(problems({ facts: setLine(fixtures.facts, 2, (l) => l.replace('6750000', '6.75 million')) })).toEqual([
      'geo/facts.csv:2 [city:310000:talent_total:2023-12]: non-numeric value "6.75 million" (digits and an optional decimal point only)',
    ]);
    expect(problems({ facts: setLine(fixtures.facts, 2, (l) => l.replace('6750000', '"6,750,000"')) })[0]).toContain('non-numeric value "6,750,000"');
    expect(problems({ sites: setLine(fixtures.sites, 2, (l) => l.replace('121.05,31.05', '121.05E,31.05')) })).toEqual([
      'geo/sites.csv:2 [site-inside]: non-numeric lon "121.05E"',
    ]);
    expect(problems({ districts: setLine(fixtures.districts, 3, (l) => l.replace(',2000,', ',2k,')) })).toEqual([
      'geo/districts.csv:3 [310104]: pop_2020 "2k" is not a positive whole number',
    ]);
  });

  it('an unknown qualifier', () => {
    expect(problems({ facts: setLine(fixtures.facts, 2, (l) => l.replace('more than', 'over')) })).toEqual([
      `geo/facts.csv:2 [city:310000:talent_total:2023-12]: unknown qualifier "over" (expected one of ${QUALIFIERS.join(', ')} or empty)`,
    ]);
  });

  it('a malformed date', () => {
    expect(problems({ facts: setLine(fixtures.facts, 2, (l) => l.replace('2023-12', '2023-13')) })).toEqual([
      'geo/facts.csv:2 [city:310000:talent_total:2023-13]: malformed date "2023-13" in as_of (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(problems({ sites: setLine(fixtures.sites, 2, (l) => l.replace(',2020-01,', ',2020/01,')) })).toEqual([
      'geo/sites.csv:2 [site-inside]: malformed date "2020/01" in opened (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(problems({ sources: setLine(fixtures.sources, 6, (l) => l.replace('Land area,', 'Land area,2021-02-30')) })).toEqual([
      'geo/sources.csv:6 [yearbook-area]: malformed date "2021-02-30" (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('coordinates without precision_m, or precision_m without coordinates', () => {
    expect(problems({ sites: setLine(fixtures.sites, 2, (l) => l.replace(',WGS84,100,', ',WGS84,,')) })).toEqual([
      'geo/sites.csv:2 [site-inside]: coordinates are given without precision_m',
    ]);
    expect(problems({ sites: setLine(fixtures.sites, 4, (l) => l.replace(',310104,,,,,', ',310104,,,,300,')) })).toEqual([
      'geo/sites.csv:4 [site-unmapped]: precision_m is given without coordinates',
    ]);
    expect(problems({ sites: setLine(fixtures.sites, 2, (l) => l.replace('121.05,31.05', '121.05,')) })).toEqual([
      'geo/sites.csv:2 [site-inside]: lon and lat must both be given or both be empty',
    ]);
  });

  it('a datum other than WGS84', () => {
    expect(problems({ sites: setLine(fixtures.sites, 2, (l) => l.replace(',WGS84,', ',GCJ02,')) })).toEqual([
      'geo/sites.csv:2 [site-inside]: datum "GCJ02" must be WGS84 (convert GCJ-02 or BD-09 points first)',
    ]);
  });

  it('an English text without its Chinese translation', () => {
    expect(problems({ facts: setLine(fixtures.facts, 2, (l) => l.replace('测试说明。', '')) })).toEqual([
      'geo/facts.csv:2 [city:310000:talent_total:2023-12]: note_en is filled but note_zh is empty: add the Chinese text',
    ]);
  });

  it('an unknown district, site or column', () => {
    expect(problems({ sites: setLine(fixtures.sites, 2, (l) => l.replace(',310101,', ',310199,')) })).toEqual([
      'geo/sites.csv:2 [site-inside]: unknown district_code "310199" (not in geo/districts.csv)',
    ]);
    expect(problems({ facts: setLine(fixtures.facts, 4, (l) => l.replace('site-inside', 'site-nowhere')) })).toEqual([
      'geo/facts.csv:4 [site:site-nowhere:units:2023-10]: unknown site "site-nowhere" (not in geo/sites.csv)',
    ]);
    expect(problems({ facts: setLine(fixtures.facts, 1, (l) => l.replace('note_en', 'note')) })).toEqual([
      'geo/facts.csv:1: missing column(s): note_en',
      'geo/facts.csv:1: unknown column(s): note (expected scope, subject, metric, value, unit, as_of, qualifier, source_id, note_en, note_zh)',
    ]);
  });

  it('a district without an outline, and fewer than 16 districts', () => {
    const districts = fixtures.districts.replace(/^310151,.*\n/m, '');
    expect(problems({ districts })).toEqual([
      'geo/district-outlines.geojson:17 [310151]: outline has no row in geo/districts.csv',
      'geo/districts.csv: expected the 16 districts of Shanghai, found 15',
    ]);
  });

  it('lists every problem at once, in file order', () => {
    const found = problems({
      sites: setLine(setLine(fixtures.sites, 2, (l) => l.replace(',WGS84,100,', ',WGS84,,')), 3, (l) => l.replace(',lab,', ',labs,')),
      facts: setLine(setLine(fixtures.facts, 2, (l) => l.replace('6750000', 'many')), 5, (l) => l.replace(',2017,', ',17,')),
      sources: setLine(fixtures.sources, 3, (l) => l.replace(',news,', ',blog,')),
    });
    expect(found).toEqual([
      'geo/sources.csv:3 [src-b]: unknown kind "blog" (expected one of article, official, dataset, news, report, reference)',
      'geo/sites.csv:2 [site-inside]: coordinates are given without precision_m',
      `geo/sites.csv:3 [site-edge]: unknown category "labs" (expected one of service-centre, exit-entry, hr-park, talent-apartment, lab, science-facility, research-institute, library, university, international-school)`,
      'geo/facts.csv:2 [city:310000:talent_total:2023-12]: non-numeric value "many" (digits and an optional decimal point only)',
      'geo/facts.csv:5 [area:test-area:area_official:17]: malformed date "17" in as_of (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('uses the file names it is given', () => {
    const res = buildData({ ...fixtures, facts: setLine(fixtures.facts, 4, (l) => l.replace(',234,units,', ',234,,')) }, { ...INPUT_FILES, facts: 'elsewhere/facts.csv' });
    expect(res.ok ? [] : res.problems.map(formatProblem)).toEqual(['elsewhere/facts.csv:4 [site:site-inside:units:2023-10]: value has no unit']);
  });
});

describe('the real geo/ data', () => {
  const real = load(resolve(root, 'geo'));
  const { outputs, notes } = built(real);
  const districts = outputs['districts.geojson'].features;
  const sites = outputs['sites.json'].sites;
  const facts = outputs['facts.json'].facts;

  it('builds cleanly with the 16 districts', () => {
    expect(districts).toHaveLength(16);
    expect(districts.filter((d) => d.properties.featured).map((d) => d.properties.name_en)).toEqual(['Xuhui', 'Changning', 'Pudong New Area']);
    expect(districts.find((d) => d.properties.code === '310151')?.properties.name_zh).toBe('崇明区');
    for (const d of districts) expect(d.properties.source_ids).toContain('echarts-4.9.0');
  });

  it('has every mapped site inside its district, or within its precision of it', () => {
    const byCode = new Map(districts.map((d) => [d.properties.code, d]));
    expect(sites).toHaveLength(24);
    const mapped = sites.filter((s) => s.lon !== null && s.lat !== null);
    expect(mapped).toHaveLength(18);
    const outside: string[] = [];
    for (const s of mapped) {
      const d = byCode.get(s.district_code)!;
      const p: [number, number] = [s.lon!, s.lat!];
      if (booleanPointInPolygon(p, d.geometry)) continue;
      outside.push(s.id);
      expect(distanceToBoundaryMetres(p, d.geometry), s.id).toBeLessThanOrEqual(s.precision_m!);
    }
    // Only the Hongkou apartment sits (825 m) over the line, in Yangpu on this outline.
    expect(outside).toEqual(['hongkou-orion-apartment']);
    expect(notes.some((n) => n.includes('[hongkou-orion-apartment] is 825 m outside district 310109'))).toBe(true);
  });

  it('draws both areas within 25% (in fact within 10%) of their official size', () => {
    const areas = outputs['areas.geojson'].features.map((f) => f.properties);
    expect(areas.map((a) => [a.id, a.layer, a.official_area_km2])).toEqual([
      ['hongqiao-cbd', 'hongqiao-cbd', 151.4],
      ['zhangjiang-science-city', 'zhangjiang', 94],
    ]);
    for (const a of areas) {
      expect(a.schematic).toBe(true);
      expect(Math.abs(a.drawn_area_km2 - a.official_area_km2) / a.official_area_km2, a.id).toBeLessThan(0.1);
    }
    for (const f of outputs['areas.geojson'].features) {
      const n = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]!.length - 1 : 0;
      expect(n, f.properties.id).toBeGreaterThanOrEqual(10);
      expect(n, f.properties.id).toBeLessThanOrEqual(20);
    }
  });

  it('puts the sites on the agreed layers', () => {
    const layer = new Map(sites.map((s) => [s.id, s.layer]));
    expect(layer.get('korean-school')).toBe('hongqiao-cbd');
    for (const id of ['zhangjiang-lab', 'ssrf', 'tdli-zhangjiang']) expect(layer.get(id), id).toBe('zhangjiang');
    for (const id of ['tsung-dao-lee-library', 'qi-zhi-institute', 'tsinghua-innovation-center', 'sjtu-minhang', 'fudan-handan']) {
      expect(layer.get(id), id).toBe('universities');
    }
    for (const s of sites) {
      if (['service-centre', 'exit-entry', 'hr-park'].includes(s.category)) expect(s.layer, s.id).toBe('service-centres');
      if (s.category === 'talent-apartment') expect(s.layer, s.id).toBe('talent-apartments');
      expect(s.address_zh === '', s.id).toBe(s.address_en === '');
      expect(s.notes_zh === '', s.id).toBe(s.notes_en === '');
    }
  });

  it('keeps every fact, both incubator figures, and one census and area fact per district', () => {
    const csvRows = real.facts.trim().split('\n').length - 1;
    expect(facts).toHaveLength(csvRows + 32);
    expect(facts.filter((f) => f.metric === 'incubators').map((f) => [f.value, f.unit, f.as_of])).toEqual([
      [600, 'incubators', '2024-04'],
      [580, 'incubation carriers', '2024-12'],
    ]);
    expect(facts.filter((f) => f.metric === 'population')).toHaveLength(16);
    expect(facts.find((f) => f.id === 'district:310115:population:2020')?.value).toBe(5681512);
    expect(facts.find((f) => f.id === 'district:310113:land_area:undated')?.note_zh).toMatch(/6340\.50/);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('keeps every source of the bibliography', () => {
    expect(outputs['sources.json'].sources).toHaveLength(39);
  });
});

describe('the command line', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'data-build-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const tsx = resolve(root, 'node_modules/.bin/tsx');
  const script = resolve(root, 'geo/scripts/build-data.ts');
  for (const f of [...INPUT_KEYS.map(inputFileName), 'tour.json']) copyFileSync(join(fixtureDir, f), join(tmp, f));

  it('exits 1 listing every problem, and writes nothing', () => {
    writeFileSync(join(tmp, 'facts.csv'), setLine(setLine(fixtures.facts, 3, (l) => l.replace(',%,', ',,')), 4, (l) => l.replace('234', 'x')));
    const out = join(tmp, 'out-bad');
    const res = spawnSync(tsx, [script, '--geo', tmp, '--out', out], { cwd: tmp, encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('data build failed: 2 problem(s)');
    expect(res.stderr).toContain('facts.csv:3 [district:310101:test_share:2018-07]: value has no unit');
    expect(res.stderr).toContain('facts.csv:4 [site:site-inside:units:2023-10]: non-numeric value "x"');
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('writes the six files (five data files and the tour) when the inputs are good', () => {
    copyFileSync(join(fixtureDir, 'facts.csv'), join(tmp, 'facts.csv'));
    const out = join(tmp, 'out-good');
    const res = spawnSync(tsx, [script, '--geo', tmp, '--out', out], { cwd: tmp, encoding: 'utf8' });
    expect(res.stderr).not.toContain('problem');
    expect(res.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['areas.geojson', 'districts.geojson', 'facts.json', 'sites.json', 'sources.json', 'tour.json']);
    const sitesText = readFileSync(join(out, 'sites.json'), 'utf8');
    expect(sitesText).not.toContain('\n');
    expect((JSON.parse(sitesText) as { sites: unknown[] }).sites).toHaveLength(3);
  }, 30_000);
});
