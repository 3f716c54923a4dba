// The real geo/ data builds cleanly, and holds what the app and the tour take for granted: the 16
// districts, every mapped site in its district, the two areas near their official size, a census
// and an area fact per district.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buildData, type BuildOutputs } from '../../geo/scripts/lib/build';
import { distanceToBoundaryMetres } from '../../geo/scripts/lib/geometry';
import { formatProblem } from '../../geo/scripts/lib/report';
import { readGeoInputs } from '../fixtures/geo-inputs';

const geoDir = resolve(import.meta.dirname, '../../geo');

function built(): { outputs: BuildOutputs; notes: string[] } {
  const res = buildData(readGeoInputs(geoDir));
  if (!res.ok) throw new Error(`build failed:\n${res.problems.map(formatProblem).join('\n')}`);
  return res;
}

/** The mapped sites outside their own district's outline, with how far and how precise each is. */
function sitesOutsideTheirDistrict(outputs: BuildOutputs): { id: string; metres: number; precision: number }[] {
  const byCode = new Map(outputs['districts.geojson'].features.map((d) => [d.properties.code, d]));
  return outputs['sites.json'].sites.flatMap((s) => {
    if (s.lon === null || s.lat === null) return [];
    const d = byCode.get(s.district_code)!;
    const p: [number, number] = [s.lon, s.lat];
    return booleanPointInPolygon(p, d.geometry) ? [] : [{ id: s.id, metres: distanceToBoundaryMetres(p, d.geometry), precision: s.precision_m! }];
  });
}

describe('the real geo/ data: districts', () => {
  it('builds cleanly with the 16 districts', () => {
    expect(built().outputs['districts.geojson'].features).toHaveLength(16);
  });

  it('features Xuhui, Changning and Pudong', () => {
    const districts = built().outputs['districts.geojson'].features;
    expect(districts.filter((d) => d.properties.featured).map((d) => d.properties.name_en)).toEqual(['Xuhui', 'Changning', 'Pudong New Area']);
  });

  it('draws each featured district on its own layer', () => {
    const districts = built().outputs['districts.geojson'].features;
    const layers = Object.fromEntries(districts.filter((d) => d.properties.featured_layer !== null).map((d) => [d.properties.featured_layer, d.properties.code]));
    expect(layers).toEqual({ pudong: '310115', xuhui: '310104', changning: '310105' });
  });

  it('names Chongming in Chinese', () => {
    expect(built().outputs['districts.geojson'].features.find((d) => d.properties.code === '310151')?.properties.name_zh).toBe('崇明区');
  });

  it('credits the outline source on every district', () => {
    for (const d of built().outputs['districts.geojson'].features) expect(d.properties.source_ids).toContain('echarts-4.9.0');
  });
});

describe('the real geo/ data: sites', () => {
  it('lists 31 sites, 18 of them mapped', () => {
    const sites = built().outputs['sites.json'].sites;
    expect(sites).toHaveLength(31);
    expect(sites.filter((s) => s.lon !== null && s.lat !== null)).toHaveLength(18);
  });

  it('has every mapped site inside its district, or within its precision of it', () => {
    for (const s of sitesOutsideTheirDistrict(built().outputs)) expect(s.metres, s.id).toBeLessThanOrEqual(s.precision);
  });

  it('draws no mapped site outside its own district’s outline (the Hongkou apartment sat in Yangpu until 2026-12)', () => {
    expect(sitesOutsideTheirDistrict(built().outputs)).toEqual([]);
  });

  it('lists the seven service sites known by address or name only, none of them drawn', () => {
    const ids = ['pr-service-centre', 'minhang-north-booth', 'minhang-south-booth', 'minhang-ftsc', 'hongqiao-itsc', 'exit-entry-single-window-branches', 'jinshan-stc-permits'];
    const byId = new Map(built().outputs['sites.json'].sites.map((s) => [s.id, s]));
    for (const id of ids) expect([byId.get(id)?.layer, byId.get(id)?.lon], id).toEqual(['service-centres', null]);
  });

  it('gives no university an opening year (1896 and 1905 are founding years, not campus years)', () => {
    for (const s of built().outputs['sites.json'].sites.filter((x) => x.category === 'university')) expect(s.opened, s.id).toBeNull();
  });

  it('gives the Hongqiao talent hub and the HR park no street number the sources do not give', () => {
    const byId = new Map(built().outputs['sites.json'].sites.map((s) => [s.id, s]));
    for (const id of ['hq-business-talent-hub', 'hq-hr-park']) expect(`${byId.get(id)?.address_en} ${byId.get(id)?.address_zh}`, id).not.toMatch(/2377/);
  });

  it('puts 2377 Shenkun Road on the Minhang north booth, its only sourced occupant', () => {
    expect(built().outputs['sites.json'].sites.filter((s) => s.address_en.includes('2377 Shenkun Road')).map((s) => s.id)).toEqual(['minhang-north-booth']);
  });

  it('puts the named sites on their agreed layers', () => {
    const layer = new Map(built().outputs['sites.json'].sites.map((s) => [s.id, s.layer]));
    expect(layer.get('korean-school')).toBe('hongqiao-cbd');
    for (const id of ['zhangjiang-lab', 'ssrf', 'tdli-zhangjiang']) expect(layer.get(id), id).toBe('zhangjiang');
    for (const id of ['tsung-dao-lee-library', 'qi-zhi-institute', 'tsinghua-innovation-center', 'sjtu-minhang', 'fudan-handan']) {
      expect(layer.get(id), id).toBe('universities');
    }
  });

  it('puts service centres and talent apartments on their layers by category', () => {
    for (const s of built().outputs['sites.json'].sites) {
      if (['service-centre', 'exit-entry', 'hr-park'].includes(s.category)) expect(s.layer, s.id).toBe('service-centres');
      if (s.category === 'talent-apartment') expect(s.layer, s.id).toBe('talent-apartments');
    }
  });

  it('gives every note in both languages or in neither', () => {
    for (const s of built().outputs['sites.json'].sites) expect(s.notes_zh === '', s.id).toBe(s.notes_en === '');
  });

  it('gives every Chinese address its English one', () => {
    for (const s of built().outputs['sites.json'].sites) if (s.address_zh !== '') expect(s.address_en, s.id).not.toBe('');
  });

  it('writes no Latin word into a Chinese name or address', () => {
    for (const s of built().outputs['sites.json'].sites) expect(`${s.name_zh} ${s.address_zh}`, s.id).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('has a Chinese name for every site whose status is not none', () => {
    for (const s of built().outputs['sites.json'].sites) expect(s.name_zh === '', s.id).toBe(s.name_zh_status === 'none');
  });
});

describe('the real geo/ data: areas', () => {
  it('has the two areas, each on its layer with its official size', () => {
    const areas = built().outputs['areas.geojson'].features.map((f) => f.properties);
    expect(areas.map((a) => [a.id, a.layer, a.official_area_km2])).toEqual([
      ['hongqiao-cbd', 'hongqiao-cbd', 151.4],
      ['zhangjiang-science-city', 'zhangjiang', 94],
    ]);
  });

  it('marks both areas schematic', () => {
    for (const a of built().outputs['areas.geojson'].features) expect(a.properties.schematic, a.properties.id).toBe(true);
  });

  it('draws both areas within 25% (in fact within 10%) of their official size', () => {
    for (const { properties: a } of built().outputs['areas.geojson'].features) {
      expect(Math.abs(a.drawn_area_km2 - a.official_area_km2) / a.official_area_km2, a.id).toBeLessThan(0.1);
    }
  });

  it('draws each area with 10 to 20 corners', () => {
    for (const f of built().outputs['areas.geojson'].features) {
      const n = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]!.length - 1 : 0;
      expect(n, f.properties.id).toBeGreaterThanOrEqual(10);
      expect(n, f.properties.id).toBeLessThanOrEqual(20);
    }
  });
});

describe('the real geo/ data: facts and sources', () => {
  it('keeps every facts.csv row, plus a census and an area fact per district', () => {
    const csvRows = readGeoInputs(geoDir).facts.trim().split('\n').length - 1;
    expect(built().outputs['facts.json'].facts).toHaveLength(csvRows + 32);
  });

  it('keeps both incubator figures, each with its own unit and date', () => {
    const facts = built().outputs['facts.json'].facts;
    expect(facts.filter((f) => f.metric === 'incubators').map((f) => [f.value, f.unit, f.as_of])).toEqual([
      [600, 'incubators', '2024-04'],
      [580, 'incubation carriers', '2024-12'],
    ]);
  });

  it('has one population fact per district', () => {
    expect(built().outputs['facts.json'].facts.filter((f) => f.metric === 'population')).toHaveLength(16);
  });

  it('takes Pudong’s population from the census', () => {
    expect(built().outputs['facts.json'].facts.find((f) => f.id === 'district:310115:population:2020')?.value).toBe(5681512);
  });

  it('carries a district’s land-area note into its fact', () => {
    expect(built().outputs['facts.json'].facts.find((f) => f.id === 'district:310113:land_area:undated')?.note_zh).toMatch(/6340\.50/);
  });

  it('gives every fact its own id', () => {
    const facts = built().outputs['facts.json'].facts;
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('keeps every source of the bibliography', () => {
    expect(built().outputs['sources.json'].sources).toHaveLength(73);
  });

  it('gives the talent total no qualifier the article does not use, dated when it reported the figure', () => {
    expect(built().outputs['facts.json'].facts.find((f) => f.metric === 'talent_total')).toMatchObject({ value: 6750000, qualifier: null, as_of: '2024-04' });
  });

  it('stores the Putuo walk of 500–600 m as at most 600 m, never a midpoint', () => {
    const walk = built().outputs['facts.json'].facts.find((f) => f.metric === 'distance_to_tsinghua_centre');
    expect([walk?.value, walk?.qualifier]).toEqual([600, 'up to']);
  });

  it('keeps the 12 working days as the Changning office’s own figure, not the city’s', () => {
    expect(built().outputs['facts.json'].facts.filter((f) => f.metric === 'visa_work_permit_days').map((f) => [f.scope, f.subject])).toEqual([['district', '310105']]);
  });

  it('keeps both counts of HR firms in the Hongqiao Park, each with its source', () => {
    const counts = built().outputs['facts.json'].facts.filter((f) => f.metric === 'hr_firms_attracted');
    expect(counts.map((f) => [f.value, f.qualifier, f.source_id])).toEqual([
      [50, null, 'seed-004'],
      [60, 'about', 'sd-2022-hrpark'],
    ]);
  });

  it('keeps Minhang’s expected GDP apart from the published GDP figures', () => {
    const minhang = built().outputs['facts.json'].facts.filter((f) => f.subject === '310112' && f.metric.startsWith('gdp'));
    expect(minhang.map((f) => f.metric)).toEqual(['gdp_expected']);
  });

  it('gives Shanghai Daily’s sources its Chinese name', () => {
    const sd = built().outputs['sources.json'].sources.find((s) => s.id === 'sd-2023-putuo');
    expect(sd?.publisher_zh).toBe('上海日报');
  });

  it('gives a source whose publisher has no established Chinese name none', () => {
    expect(built().outputs['sources.json'].sources.find((s) => s.id === 'wr-2019-meiyuan')?.publisher_zh).toBeNull();
  });

  it('marks the language of every source title', () => {
    for (const s of built().outputs['sources.json'].sources) expect(s.title_lang, s.id).toBe('en');
  });
});
