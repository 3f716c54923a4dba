// The data build (geo/scripts/lib/build.ts and a reader per input): the small fixtures build
// cleanly, and every failure it promises names the file, the line, the record and the problem.
// The real geo/ data is checked in data-geo.test.ts, the command line in data-cli.test.ts.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, type BuildOutputs } from '../../geo/scripts/lib/build';
import { INPUT_FILES, type BuildInputs } from '../../geo/scripts/lib/inputs';
import { formatProblem } from '../../geo/scripts/lib/report';
import { FEATURED_LAYER_IDS, LAYER_IDS, QUALIFIERS } from '../../src/data/schemas';
import { appendLine, lineOf, readGeoInputs, setLine } from '../fixtures/geo-inputs';

const fixtures = readGeoInputs(resolve(import.meta.dirname, '../fixtures/data'));

/** Builds the fixtures with some inputs changed; returns the formatted problems (and fails if it built). */
function problems(changes: Partial<BuildInputs>): string[] {
  const res = buildData({ ...fixtures, ...changes });
  if (res.ok) throw new Error('expected the build to fail, but it succeeded');
  return res.problems.map(formatProblem);
}
function built(changes: Partial<BuildInputs> = {}): { outputs: BuildOutputs; notes: string[] } {
  const res = buildData({ ...fixtures, ...changes });
  if (!res.ok) throw new Error(`build failed:\n${res.problems.map(formatProblem).join('\n')}`);
  return res;
}

type AreaFc = { type: string; features: { properties: Record<string, unknown>; geometry: unknown }[] };
function editAreas(fn: (fc: AreaFc) => void): string {
  const fc = JSON.parse(fixtures.areas) as AreaFc;
  fn(fc);
  return JSON.stringify(fc, null, 2);
}
const withAreaProps = (props: Record<string, unknown>) => editAreas((fc) => Object.assign(fc.features[0]!.properties, props));

const SITE_CATEGORY_LIST = 'service-centre, exit-entry, hr-park, talent-apartment, lab, science-facility, research-institute, library, university, international-school';

describe('the fixtures', () => {
  it('build cleanly into the five files', () => {
    const { outputs } = built();
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
    const byCode = new Map(built().outputs['districts.geojson'].features.map((f) => [f.properties.code, f.properties]));
    expect(byCode.get('310101')).toEqual({
      fid: 310101,
      code: '310101',
      name_en: 'Huangpu',
      name_zh: '黄浦区',
      featured: false,
      featured_layer: null,
      label: [121.05, 31.05],
      source_ids: ['src-a', 'census-2020', 'yearbook-area', 'echarts-4.9.0'],
    });
    expect(byCode.get('310104')?.featured).toBe(true);
    expect(byCode.get('310104')?.featured_layer).toBe('xuhui');
  });

  it('turns a district’s census population into a dated, sourced fact', () => {
    expect(built().outputs['facts.json'].facts.find((f) => f.id === 'district:310112:population:2020')).toEqual({
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
  });

  it('turns a district’s land area into an undated fact carrying its note', () => {
    expect(built().outputs['facts.json'].facts.find((f) => f.id === 'district:310112:land_area:undated')).toMatchObject({
      value: 107,
      unit: 'km2',
      as_of: null,
      source_id: 'yearbook-area',
      note_en: 'Test note.',
      note_zh: '测试说明。',
    });
  });

  it('keeps a facts.csv row with its qualifier and note', () => {
    expect(built().outputs['facts.json'].facts.find((f) => f.metric === 'talent_total')).toMatchObject({
      id: 'city:310000:talent_total:2023-12',
      value: 6750000,
      qualifier: 'more than',
      note_en: 'A test note.',
    });
  });

  it('keeps an unmapped site with null coordinates', () => {
    const unmapped = built().outputs['sites.json'].sites[2]!;
    expect([unmapped.lon, unmapped.lat, unmapped.precision_m]).toEqual([null, null, null]);
  });

  it('keeps a mapped site’s place, date and notes', () => {
    expect(built().outputs['sites.json'].sites[0]).toMatchObject({ lon: 121.05, lat: 31.05, precision_m: 100, opened: '2020-01', notes_zh: '设有12个窗口，每天开放。' });
  });

  it('computes the drawn area of a schematic area', () => {
    expect(built().outputs['areas.geojson'].features[0]!.properties.drawn_area_km2).toBe(53);
  });

  it('keeps an area’s established date given with a source it cites', () => {
    const areas = withAreaProps({ established: '2017', established_source_id: 'src-a' });
    expect(built({ areas }).outputs['areas.geojson'].features[0]!.properties.established).toBe('2017');
  });

  it('gives a source without a date or link null for both', () => {
    expect(built().outputs['sources.json'].sources[4]).toMatchObject({ id: 'yearbook-area', date: null, url: null });
  });

  it('joins a publisher’s Chinese name from publishers.csv', () => {
    expect(built().outputs['sources.json'].sources[0]).toMatchObject({ publisher: 'Test Bureau', publisher_zh: '测试局' });
  });

  it('gives a publisher missing from publishers.csv no Chinese name', () => {
    expect(built().outputs['sources.json'].sources[1]!.publisher_zh).toBeNull();
  });

  it('marks a title in Latin script as English', () => {
    expect(built().outputs['sources.json'].sources[0]!.title_lang).toBe('en');
  });

  it('marks a title with Chinese characters as Chinese', () => {
    const sources = setLine(fixtures.sources, 2, (l) => l.replace('A test source', '上海人才总量达675万人'));
    expect(built({ sources }).outputs['sources.json'].sources[0]!.title_lang).toBe('zh');
  });

  it('keeps a site’s Chinese name with its status', () => {
    expect(built().outputs['sites.json'].sites[1]).toMatchObject({ name_zh: '边缘实验室', name_zh_status: 'translation' });
  });

  it('keeps a site with no Chinese name with an empty name_zh', () => {
    const sites = setLine(fixtures.sites, 4, (l) => l.replace(',未定位大学,established,', ',,none,'));
    expect(built({ sites }).outputs['sites.json'].sites[2]).toMatchObject({ name_zh: '', name_zh_status: 'none' });
  });

  it('keeps an address known in English only, with an empty Chinese one', () => {
    const sites = setLine(fixtures.sites, 4, (l) => l.replace(',Somewhere,某处,', ',Somewhere,,'));
    expect(built({ sites }).outputs['sites.json'].sites[2]).toMatchObject({ address_en: 'Somewhere', address_zh: '' });
  });

  it('notes a site just outside its district but within its precision', () => {
    expect(built().notes).toContain('geo/sites.csv:3 [site-edge] is 143 m outside district 310101, accepted within its precision_m 500; it falls in 310104 (Xuhui)');
  });
});

/** The fixture file `key` with `from` replaced by `to` on line n. */
const edit = (key: 'sites' | 'facts' | 'districts' | 'sources' | 'publishers', n: number, from: string, to: string): Partial<BuildInputs> => ({
  [key]: setLine(fixtures[key], n, (l) => l.replace(from, to)),
});
const CENSUS_GONE: Partial<BuildInputs> = { sources: fixtures.sources.replace(/^census-2020,.*\n/m, '') };
const CHONGMING_GONE: Partial<BuildInputs> = { districts: fixtures.districts.replace(/^310151,.*\n/m, '') };

/** One record broken by hand, and every problem the build must list for it, word for word. */
const EXACTLY: [string, Partial<BuildInputs>, string[]][] = [
  ['an unknown source id in sites.csv', edit('sites', 3, 'src-a;src-b', 'src-a;nope'), ['geo/sites.csv:3 [site-edge]: unknown source id "nope" in source_ids (not in geo/sources.csv)']],
  ['an unknown source id in facts.csv', edit('facts', 3, ',src-b,', ',src-x,'), ['geo/facts.csv:3 [district:310101:test_share:2018-07]: unknown source id "src-x" (not in geo/sources.csv)']],
  ['an unknown source id in areas.geojson', { areas: withAreaProps({ source_ids: ['src-a', 'gone'] }) }, ['geo/areas.geojson:7 [test-area]: unknown source id "gone" in source_ids (not in geo/sources.csv)']],
  ['a site without a source', edit('sites', 4, ',src-b,', ',,'), ['geo/sites.csv:4 [site-unmapped]: source_ids is empty: every record needs a source']],
  ['a fact without a source', edit('facts', 4, ',src-a,', ',,'), ['geo/facts.csv:4 [site:site-inside:units:2023-10]: source_id is empty']],
  ['a duplicate site id', { sites: appendLine(fixtures.sites, lineOf(fixtures.sites, 2)) }, ['geo/sites.csv:5 [site-inside]: duplicate site id (first on line 2)']],
  ['a duplicate source id', { sources: appendLine(fixtures.sources, 'src-a,news,Someone,Something else,2020,') }, ['geo/sources.csv:7 [src-a]: duplicate source id (first on line 2)']],
  ['a duplicate fact', { facts: appendLine(fixtures.facts, lineOf(fixtures.facts, 2).replace('6750000', '6800000')) }, ['geo/facts.csv:6 [city:310000:talent_total:2023-12]: duplicate fact (same scope, subject, metric and as_of as geo/facts.csv:2)']],
  ['a site in another district, beyond its precision', edit('sites', 3, ',WGS84,500,', ',WGS84,100,'), ['geo/sites.csv:3 [site-edge]: site outside its district 310101: 143 m from its outline, more than its precision_m 100; it falls in 310104 (Xuhui)']],
  ['a schematic area more than 25% larger than its official size', { areas: withAreaProps({ official_area_km2: 30 }) }, ['geo/areas.geojson:7 [test-area]: schematic area is 53 km2, 77% more than its official 30 km2 (allowed: 25%): redraw it']],
  ['a schematic area more than 25% smaller than its official size', { areas: withAreaProps({ official_area_km2: 80 }) }, ['geo/areas.geojson:7 [test-area]: schematic area is 53 km2, 34% less than its official 80 km2 (allowed: 25%): redraw it']],
  ['an official size that differs from the area_official fact (a drawing within 25% builds otherwise)', { areas: withAreaProps({ official_area_km2: 60 }) }, ['geo/areas.geojson:7 [test-area]: official_area_km2 60 differs from the area_official fact (50) in geo/facts.csv']],
  ['an established date that is not a date', { areas: withAreaProps({ established: 'spring 2017', established_source_id: 'src-a' }) }, ['geo/areas.geojson:7 [test-area]: established "spring 2017" is not a date as YYYY, YYYY-MM or YYYY-MM-DD']],
  ['an established date without its source', { areas: withAreaProps({ established: '2017' }) }, ['geo/areas.geojson:7 [test-area]: established and established_source_id go together']],
  ['an established date from a source the area does not cite', { areas: withAreaProps({ established: '2017', established_source_id: 'src-b' }) }, ['geo/areas.geojson:7 [test-area]: established_source_id "src-b" is not one of the area\'s source_ids']],
  ['an unknown site category', edit('sites', 2, 'service-centre,service-centres', 'service-center,service-centres'), [`geo/sites.csv:2 [site-inside]: unknown category "service-center" (expected one of ${SITE_CATEGORY_LIST})`]],
  ['an unknown site layer', edit('sites', 3, ',zhangjiang,', ',labs,'), [`geo/sites.csv:3 [site-edge]: unknown layer "labs" (expected one of ${LAYER_IDS.join(', ')})`]],
  ['an unknown area layer', { areas: withAreaProps({ layer: 'zhangjiang-science-city' }) }, [`geo/areas.geojson:7 [test-area]: unknown layer "zhangjiang-science-city" (expected one of ${LAYER_IDS.join(', ')})`]],
  ['a fact value without a unit', edit('facts', 4, ',234,units,', ',234,,'), ['geo/facts.csv:4 [site:site-inside:units:2023-10]: value has no unit']],
  ['a fact value without a date', edit('facts', 3, ',2018-07,', ',,'), ['geo/facts.csv:3 [district:310101:test_share:undated]: value has no date: as_of is required']],
  ['a fact value in words', edit('facts', 2, '6750000', '6.75 million'), ['geo/facts.csv:2 [city:310000:talent_total:2023-12]: non-numeric value "6.75 million" (digits and an optional decimal point only)']],
  ['a non-numeric longitude', edit('sites', 2, '121.05,31.05', '121.05E,31.05'), ['geo/sites.csv:2 [site-inside]: non-numeric lon "121.05E"']],
  ['a population that is not a whole number', edit('districts', 3, ',2000,', ',2k,'), ['geo/districts.csv:3 [310104]: pop_2020 "2k" is not a positive whole number']],
  [
    'a featured district marked the old way, without its layer id',
    edit('districts', 3, ',xuhui,', ',yes,'),
    [
      `geo/districts.csv:3 [310104]: featured must be the layer id of a featured district (${FEATURED_LAYER_IDS.join(', ')}) or empty, not "yes"`,
      'geo/districts.csv: no district is featured as "xuhui": that layer would draw nothing',
    ],
  ],
  ['two districts featured on one layer', edit('districts', 5, ',4000,,', ',4000,xuhui,'), ['geo/districts.csv:5 [310106]: featured layer "xuhui" already draws 310104 (line 3); each featured layer draws one district']],
  ['a featured layer no district names', edit('districts', 12, ',pudong,', ',,'), ['geo/districts.csv: no district is featured as "pudong": that layer would draw nothing']],
  ['an unknown qualifier', edit('facts', 2, 'more than', 'over'), [`geo/facts.csv:2 [city:310000:talent_total:2023-12]: unknown qualifier "over" (expected one of ${QUALIFIERS.join(', ')} or empty)`]],
  ['a month that does not exist, in a fact’s as_of', edit('facts', 2, '2023-12', '2023-13'), ['geo/facts.csv:2 [city:310000:talent_total:2023-13]: malformed date "2023-13" in as_of (expected YYYY, YYYY-MM or YYYY-MM-DD)']],
  ['a date with slashes, in a site’s opened', edit('sites', 2, ',2020-01,', ',2020/01,'), ['geo/sites.csv:2 [site-inside]: malformed date "2020/01" in opened (expected YYYY, YYYY-MM or YYYY-MM-DD)']],
  ['a day that does not exist, in a source’s date', edit('sources', 6, 'Land area,', 'Land area,2021-02-30'), ['geo/sources.csv:6 [yearbook-area]: malformed date "2021-02-30" (expected YYYY, YYYY-MM or YYYY-MM-DD)']],
  ['coordinates without precision_m', edit('sites', 2, ',WGS84,100,', ',WGS84,,'), ['geo/sites.csv:2 [site-inside]: coordinates are given without precision_m']],
  ['precision_m without coordinates', edit('sites', 4, ',310104,,,,,', ',310104,,,,300,'), ['geo/sites.csv:4 [site-unmapped]: precision_m is given without coordinates']],
  ['a longitude without its latitude', edit('sites', 2, '121.05,31.05', '121.05,'), ['geo/sites.csv:2 [site-inside]: lon and lat must both be given or both be empty']],
  ['a datum other than WGS84', edit('sites', 2, ',WGS84,', ',GCJ02,'), ['geo/sites.csv:2 [site-inside]: datum "GCJ02" must be WGS84 (convert GCJ-02 or BD-09 points first)']],
  ['an English text without its Chinese translation', edit('facts', 2, '测试说明。', ''), ['geo/facts.csv:2 [city:310000:talent_total:2023-12]: note_en is filled but note_zh is empty: add the Chinese text']],
  ['an unknown Chinese name status', edit('sites', 2, ',established,', ',official,'), ['geo/sites.csv:2 [site-inside]: unknown name_zh_status "official" (expected one of established, translation, none)']],
  ['a Chinese name with the status none', edit('sites', 2, ',established,', ',none,'), ['geo/sites.csv:2 [site-inside]: name_zh is filled but name_zh_status is none: give the name its status, or leave it empty']],
  ['a translation without a Chinese name', edit('sites', 3, ',边缘实验室,', ',,'), ['geo/sites.csv:3 [site-edge]: name_zh is empty but name_zh_status is translation: write the name, or set the status to none']],
  ['pinyin inside a Chinese address', edit('sites', 2, ',测试路1号,', ',Ceshi路1号,'), ['geo/sites.csv:2 [site-inside]: address_zh has the Latin word "Ceshi" inside Chinese text: write the Chinese name from a source, or leave it out']],
  ['a Chinese address without the English one', edit('sites', 2, ',1 Test Road,', ',,'), ['geo/sites.csv:2 [site-inside]: address_zh is filled but address_en is empty: add the English text']],
  ['a publisher no source has', edit('publishers', 2, 'Test Bureau,', 'Test Bureaux,'), ['geo/publishers.csv:2 [Test Bureaux]: no source in geo/sources.csv has the publisher "Test Bureaux" (write it exactly as sources.csv does)']],
  ['a publisher’s Chinese name without Chinese characters', edit('publishers', 2, ',测试局,', ',TB,'), ['geo/publishers.csv:2 [Test Bureau]: publisher_zh "TB" has no Chinese characters']],
  ['a Chinese publisher name from an unknown source', edit('publishers', 2, ',established', ',src-z'), ['geo/publishers.csv:2 [Test Bureau]: zh_name_source "src-z" is neither "established" nor a source id in geo/sources.csv']],
  ['a publisher listed twice', { publishers: appendLine(fixtures.publishers, 'Test Bureau,测试总局,established') }, ['geo/publishers.csv:3 [Test Bureau]: duplicate publisher (first on line 2)']],
  ['an unknown district', edit('sites', 2, ',310101,', ',310199,'), ['geo/sites.csv:2 [site-inside]: unknown district_code "310199" (not in geo/districts.csv)']],
  ['an unknown site', edit('facts', 4, 'site-inside', 'site-nowhere'), ['geo/facts.csv:4 [site:site-nowhere:units:2023-10]: unknown site "site-nowhere" (not in geo/sites.csv)']],
  [
    'a renamed column (one missing, one unknown)',
    edit('facts', 1, 'note_en', 'note'),
    [
      'geo/facts.csv:1: missing column(s): note_en',
      'geo/facts.csv:1: unknown column(s): note (expected scope, subject, metric, value, unit, as_of, qualifier, source_id, note_en, note_zh)',
    ],
  ],
];

/** A broken record whose problem the build must list among others it causes. */
const AMONG_OTHERS: [string, Partial<BuildInputs>, string][] = [
  ['an unknown source id in districts.csv', edit('districts', 5, 'census-2020', 'census-2010'), 'geo/districts.csv:5 [310106]: unknown source id "census-2010" in source_ids (not in geo/sources.csv)'],
  ['a district citing a source the bibliography lacks (the census)', CENSUS_GONE, 'geo/districts.csv:2 [310101]: unknown source id "census-2020" in source_ids (not in geo/sources.csv)'],
  ['a source the district facts need, missing from the bibliography', CENSUS_GONE, 'geo/sources.csv [census-2020]: source "census-2020" is needed for the district facts but missing'],
  ['a duplicate district code', { districts: appendLine(fixtures.districts, lineOf(fixtures.districts, 2)) }, 'geo/districts.csv:18 [310101]: duplicate district code (first on line 2)'],
  [
    'an area vertex outside every district',
    { areas: editAreas((fc) => ((fc.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![1] = [121.06, 30.99])) },
    'geo/areas.geojson:7 [test-area]: vertex 2 [121.06, 30.99] lies outside every district outline',
  ],
];

describe('failures name the file, line, record and problem', () => {
  it.each(EXACTLY)('%s', (_name, changes, expected) => {
    expect(problems(changes)).toEqual(expected);
  });

  it.each(AMONG_OTHERS)('%s', (_name, changes, expected) => {
    expect(problems(changes)).toContain(expected);
  });

  it('a duplicate area id, at the line of the second one', () => {
    const found = problems({ areas: editAreas((fc) => fc.features.push(structuredClone(fc.features[0]!))) });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^geo\/areas\.geojson:(\d+) \[test-area\]: duplicate area id$/);
    expect(Number(/:(\d+) /.exec(found[0]!)?.[1])).toBeGreaterThan(30);
  });

  it('a site far away, in no district at all', () => {
    expect(problems(edit('sites', 2, '121.05,31.05', '122.3,31.9'))[0]).toMatch(
      /^geo\/sites\.csv:2 \[site-inside\]: site outside its district 310101: \d+ m from its outline, more than its precision_m 100; it falls in no district$/,
    );
  });

  it('a fact value with thousands separators', () => {
    expect(problems(edit('facts', 2, '6750000', '"6,750,000"'))[0]).toContain('non-numeric value "6,750,000"');
  });

  it('an outline without a row in districts.csv', () => {
    expect(problems(CHONGMING_GONE)[0]).toBe('geo/district-outlines.geojson:17 [310151]: outline has no row in geo/districts.csv');
  });

  it('fewer than 16 districts, named once after the row problems', () => {
    const found = problems(CHONGMING_GONE);
    expect(found).toHaveLength(2);
    expect(found[1]).toBe('geo/districts.csv: expected the 16 districts of Shanghai, found 15');
  });

  it('lists every problem at once, in file order', () => {
    const found = problems({
      sites: setLine(setLine(fixtures.sites, 2, (l) => l.replace(',WGS84,100,', ',WGS84,,')), 3, (l) => l.replace(',lab,', ',labs,')),
      facts: setLine(setLine(fixtures.facts, 2, (l) => l.replace('6750000', 'many')), 5, (l) => l.replace(',2017,', ',17,')),
      sources: setLine(fixtures.sources, 3, (l) => l.replace(',news,', ',blog,')),
    });
    expect(found).toEqual([
      'geo/sources.csv:3 [src-b]: unknown kind "blog" (expected one of article, official, dataset, news, report, reference, commentary)',
      'geo/sites.csv:2 [site-inside]: coordinates are given without precision_m',
      `geo/sites.csv:3 [site-edge]: unknown category "labs" (expected one of ${SITE_CATEGORY_LIST})`,
      'geo/facts.csv:2 [city:310000:talent_total:2023-12]: non-numeric value "many" (digits and an optional decimal point only)',
      'geo/facts.csv:5 [area:test-area:area_official:17]: malformed date "17" in as_of (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });

  it('uses the file names it is given', () => {
    const res = buildData({ ...fixtures, ...edit('facts', 4, ',234,units,', ',234,,') }, { ...INPUT_FILES, facts: 'elsewhere/facts.csv' });
    expect(res.ok ? [] : res.problems.map(formatProblem)).toEqual(['elsewhere/facts.csv:4 [site:site-inside:units:2023-10]: value has no unit']);
  });
});
