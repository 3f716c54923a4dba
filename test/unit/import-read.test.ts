import { describe, expect, it } from 'vitest';
import { guessColumns, parseNumber } from '../../src/lib/import/columns';
import { crsFromColumnNames, inRegion, suggestCrs, toWgs84 } from '../../src/lib/import/coords';
import { decodeText } from '../../src/lib/import/decode';
import { districtMatcher } from '../../src/lib/import/district-match';
import { parseDelimited, cleanCell } from '../../src/lib/import/table';
import { parseGeoJson } from '../../src/lib/import/geojson';
import { planPoints } from '../../src/lib/import/point-table';
import { readImport } from '../../src/lib/import/read';
import { distanceKm } from '../../src/lib/reach';
import { toCsv } from '../../src/lib/csv';

const matcher = districtMatcher([
  { code: '310115', name_en: 'Pudong New Area', name_zh: '浦东新区' },
  { code: '310104', name_en: 'Xuhui', name_zh: '徐汇区' },
]);

// "浦东新区" and "徐汇区" in GBK, written out byte by byte (Node's TextEncoder writes UTF-8 only).
const GBK_PUDONG = [0xc6, 0xd6, 0xb6, 0xab, 0xd0, 0xc2, 0xc7, 0xf8];
const GBK_XUHUI = [0xd0, 0xec, 0xbb, 0xe3, 0xc7, 0xf8];

describe('encodings', () => {
  it('reads UTF-8 as UTF-8 and drops the byte-order mark', () => {
    const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('区,1')]));
    expect(d).toEqual({ text: '区,1', encoding: 'utf-8', detected: true });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('d,v\n'), ...GBK_PUDONG, 0x2c, 0x31, 0x0a, ...GBK_XUHUI, 0x2c, 0x32]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe('d,v\n浦东新区,1\n徐汇区,2');
  });

  it('decodes with the encoding the user picks', () => {
    expect(decodeText(new Uint8Array(GBK_XUHUI), 'gb18030')).toMatchObject({ text: '徐汇区', detected: false });
  });
});

describe('column detection', () => {
  it('finds longitude and latitude by their usual names', () => {
    for (const [lng, lat] of [['lng', 'lat'], ['Longitude', 'Latitude'], ['经度', '纬度'], ['X', 'Y'], ['lon', 'lat']]) {
      const { table } = parseDelimited(`name,${lng},${lat}\na,121.5,31.2`);
      const g = guessColumns(table!, matcher);
      expect([g.lng, g.lat]).toEqual([1, 2]);
    }
  });

  it('finds them when the name carries a coordinate system, as Baidu and AMap exports write it', () => {
    for (const [lng, lat] of [['百度经度', '百度纬度'], ['lng_gcj02', 'lat_gcj02'], ['BD09_LNG', 'BD09_LAT'], ['高德经度', '高德纬度'], ['lng (WGS84)', 'lat (WGS84)']]) {
      const { table } = parseDelimited(`name,${lng},${lat}\na,121.5,31.2`);
      const g = guessColumns(table!, matcher);
      expect([g.lng, g.lat], `${lng}, ${lat}`).toEqual([1, 2]);
    }
    // A near miss is still not a coordinate: "经度表" is not "经度".
    const { table } = parseDelimited('name,经度表,纬度表\na,121.5,31.2');
    expect(guessColumns(table!, matcher)).toMatchObject({ lng: null, lat: null });
  });

  it('finds the district column by its cells and the numeric columns', () => {
    const { table } = parseDelimited('where,count,remark,share\n浦东,3,hello,1.5\nXuhui,"1,200",x,-\n');
    expect(guessColumns(table!, matcher)).toEqual({ lng: null, lat: null, district: 0, numeric: [1, 3] });
  });

  it('reads numbers as written and "no value" markers as no data', () => {
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber(' -2 ')).toBe(-2);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('—')).toBeNull();
    expect(parseNumber('暂无')).toBeNull();
    expect(parseNumber('12abc')).toBeNaN();
    expect(parseNumber('1,23')).toBeNaN();
  });
});

describe('coordinate systems', () => {
  // A published pair (WGS84 116.404, 39.915 ↔ GCJ-02 116.41024449916938, 39.91640428150164).
  it('converts GCJ-02 to WGS84 within a metre of a known point', () => {
    const w = toWgs84(116.41024449916938, 39.91640428150164, 'GCJ02');
    expect(distanceKm(w, [116.404, 39.915]) * 1000).toBeLessThan(1);
  });

  it('converts BD-09 through GCJ-02 within 2 m of a known point', () => {
    // BD-09 116.41036949371029, 39.92133699351021 is GCJ-02 116.404, 39.915, which is WGS84 ≈ 116.39775550, 39.91359572.
    const w = toWgs84(116.41036949371029, 39.92133699351021, 'BD09');
    expect(distanceKm(w, [116.3977555008306, 39.91359571849836]) * 1000).toBeLessThan(2);
  });

  it('leaves WGS84 alone and moves a Shanghai GCJ-02 point 300–700 m', () => {
    expect(toWgs84(121.47, 31.23, 'WGS84')).toEqual([121.47, 31.23]);
    const m = distanceKm(toWgs84(121.47, 31.23, 'GCJ02'), [121.47, 31.23]) * 1000;
    expect(m).toBeGreaterThan(300);
    expect(m).toBeLessThan(700);
  });

  it('reads a system from column names', () => {
    expect(crsFromColumnNames(['name', 'lng_gcj02', 'lat_gcj02'])).toBe('GCJ02');
    expect(crsFromColumnNames(['百度经度'])).toBe('BD09');
    expect(crsFromColumnNames(['wgs84_lon'])).toBe('WGS84');
    expect(crsFromColumnNames(['lng', 'lat'])).toBeNull();
  });

  it('suggests the system that puts points in the district their rows name', () => {
    // Strips of longitude as districts, and points that land in the strip their rows name only when
    // read as GCJ-02 (which shifts Shanghai east by about 0.0045°; BD-09 by about 0.011°).
    const locate = (lng: number) => (lng >= 121.5 ? 'E' : lng >= 121.495 ? 'W' : 'far west');
    const sample = [0, 1, 2].map(() => ({ lng: 121.5041, lat: 31.2, district: 'W' }));
    expect(suggestCrs(sample, locate).crs).toBe('GCJ02');
    expect(suggestCrs(sample, locate).reason).toBe('districts');
    expect(suggestCrs([], locate)).toMatchObject({ crs: 'WGS84', reason: 'default' });
  });

  it('knows the Shanghai region', () => {
    expect(inRegion(121.47, 31.23)).toBe(true);
    expect(inRegion(116.4, 39.9)).toBe(false);
  });
});

describe('points', () => {
  it('skips and lists rows without usable coordinates, keeps the rest', () => {
    const { table } = parseDelimited('name,lng,lat\na,121.47,31.23\nb,,31.2\nc,abc,31.2\nd,116.4,39.9\ne,121.5,31.1');
    const plan = planPoints(table!, 1, 2, 'WGS84');
    expect(plan.cells.map((c) => c[0])).toEqual(['a', 'e']);
    expect(plan.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['noCoordinate', 3, 'lng'],
      ['badCoordinate', 4, 'lng'],
      ['outsideRegion', 5, null],
    ]);
  });

  it('reads GeoJSON points and lists other geometries by feature number', () => {
    const doc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [121.47, 31.23] } },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [] } },
        { type: 'Feature', properties: { name: 'C' }, geometry: null },
      ],
    };
    const { table, problems } = parseGeoJson(JSON.stringify(doc));
    expect(table!.columns).toEqual(['name', 'longitude', 'latitude']);
    expect(table!.rows).toEqual([{ line: 1, cells: ['A', '121.47', '31.23'] }]);
    expect(problems.map((p) => [p.code, p.row])).toEqual([
      ['notPoint', 2],
      ['badGeometry', 3],
    ]);
  });
});

describe('reading files', () => {
  it('refuses a file over the size limit, naming the reason', async () => {
    const r = await readImport(new Uint8Array(20 * 1024 * 1024 + 1), 'big.csv');
    expect(r.table).toBeNull();
    expect(r.problems[0]!.code).toBe('tooLarge');
  });

  it('refuses a format it does not read', async () => {
    expect((await readImport(new Uint8Array([1]), 'x.shp')).problems[0]!.code).toBe('unknownFormat');
  });

  it('names the row of a broken quote', async () => {
    const r = await readImport(new TextEncoder().encode('a,b\n1,2\n"3,4\n'), 'q.csv');
    expect(r.problems.some((p) => p.code === 'badQuotes')).toBe(true);
  });

  it('removes direction controls from cells and keeps them text', () => {
    expect(cleanCell('Chan\u202eGning')).toBe('ChanGning');
    expect(cleanCell('a\u3000b')).toBe('a b');
  });
});

describe('CSV exports of imported text', () => {
  it('neutralise formula injection and keep numbers numbers', () => {
    const csv = toCsv(['name', 'value'], [['=HYPERLINK("x")', 5], ['+1', -2], ['@SUM(A1)', null], ['-3', 0]]);
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines).toEqual(['name,value', `"'=HYPERLINK(""x"")",5`, `"'+1",-2`, `"'@SUM(A1)",`, `"'-3",0`]);
  });
});
