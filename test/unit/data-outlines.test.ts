// The ECharts decoder and the GCJ-02 → WGS84 conversion, checked with hand-worked cases, and the
// committed geo/district-outlines.geojson checked against a fresh conversion of the package.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import {
  cleanRing,
  convertEchartsMap,
  decodeRing,
  encodeRing,
  formatFeatureCollection,
  gcjToWgs,
  rewindPolygon,
  labelAnchor,
  round,
  signedArea2,
  zigzagDecode,
  zigzagEncode,
  type EchartsMap,
  type OutlineCollection,
  type Ring,
} from '../../geo/scripts/lib/outlines';

const root = resolve(import.meta.dirname, '../..');

describe('zigzag', () => {
  it('maps 0, 1, 2, 3, 4, 5 to 0, -1, 1, -2, 2, -3', () => {
    expect([0, 1, 2, 3, 4, 5].map(zigzagDecode)).toEqual([0, -1, 1, -2, 2, -3]);
  });
  it('encodes back', () => {
    for (const v of [-40, -3, -1, 0, 1, 2, 31]) expect(zigzagDecode(zigzagEncode(v))).toBe(v);
    expect(zigzagEncode(-1)).toBe(1);
    expect(zigzagEncode(2)).toBe(4);
  });
});

describe('decodeRing', () => {
  it('decodes a hand-worked string on scale 1', () => {
    // "@@": step (0, 0) → the offset itself. "BD": B = 66 → 2 → +1, D = 68 → 4 → +2.
    // "AC": A = 65 → 1 → -1, C = 67 → 3 → -2: back to the start.
    expect(decodeRing('@@BDAC', [100, 200], 1)).toEqual([
      [100, 200],
      [101, 202],
      [100, 200],
    ]);
  });

  it('decodes the first points of Huangpu in echarts 4.9.0 (scale 1024)', () => {
    // Offset [124373, 31970]; then "AH": A → -1, H = 72 → 8 → +4.
    const ring = decodeRing('@@AH', [124373, 31970]);
    expect(ring).toEqual([
      [124373 / 1024, 31970 / 1024],
      [124372 / 1024, 31974 / 1024],
    ]);
    expect(ring[0]).toEqual([121.4580078125, 31.220703125]);
  });

  it('rejects an odd-length string', () => {
    expect(() => decodeRing('@@A', [0, 0])).toThrow(/odd length/);
  });

  it('round-trips a ring encoded the way ECharts encodes it', () => {
    const pts: Ring = [
      [121.5, 31.25],
      [121.5 + 3 / 1024, 31.25 - 5 / 1024],
      [121.5 + 10 / 1024, 31.25 + 7 / 1024],
      [121.5, 31.25],
    ];
    const { encoded, offset } = encodeRing(pts);
    expect(encoded.startsWith('@@')).toBe(true);
    expect(offset).toEqual([121.5 * 1024, 31.25 * 1024]);
    expect(decodeRing(encoded, offset)).toEqual(pts);
  });
});

describe('gcjToWgs', () => {
  it('moves a point in central Shanghai about 500 m, to the west and north', () => {
    const gcj: [number, number] = [121.47, 31.23];
    const wgs = gcjToWgs(gcj);
    const metres = distance(gcj, wgs, { units: 'kilometers' }) * 1000;
    expect(metres).toBeGreaterThan(400);
    expect(metres).toBeLessThan(600);
    expect(gcj[0] - wgs[0]).toBeGreaterThan(0.004);
    expect(gcj[0] - wgs[0]).toBeLessThan(0.005);
    expect(wgs[1] - gcj[1]).toBeGreaterThan(0.001);
    expect(wgs[1] - gcj[1]).toBeLessThan(0.003);
  });
});

describe('ring helpers', () => {
  it('rounds to 5 decimals without producing -0', () => {
    expect(round(121.123456789)).toBe(121.12346);
    expect(Object.is(round(-0.000001), 0)).toBe(true);
  });

  it('closes an open ring', () => {
    expect(cleanRing([[0, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
  });

  it('drops repeated points (closing the ring as it goes)', () => {
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });

  it('winds exterior rings counter-clockwise (RFC 7946)', () => {
    const cw: Ring = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    expect(signedArea2(cw)).toBe(-2);
    const [outer] = rewindPolygon([cw]);
    expect(signedArea2(outer!)).toBe(2);
  });

  it('anchors the label of a square at its middle', () => {
    expect(
      labelAnchor([
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ]),
    ).toEqual([1, 1]);
  });

  it('anchors the label of a U shape inside it, where its centroid is not', () => {
    const u: [number, number][][] = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const [x, y] = labelAnchor(u);
    // Inside one of the three bars of the U, not in the notch between its arms.
    expect(y < 1 || x < 1 || x > 2).toBe(true);
  });
});

describe('convertEchartsMap', () => {
  // Sides of 0.125° = 128/1024: the corners sit exactly on ECharts' grid.
  const square = (x: number, y: number) => encodeRing([
    [x, y],
    [x + 0.125, y],
    [x + 0.125, y + 0.125],
    [x, y + 0.125],
  ]);
  const a = square(121.5, 31.5);
  const b = square(121.25, 31.25);
  const map: EchartsMap = {
    UTF8Encoding: true,
    features: [
      { properties: { name: '崇明区' }, geometry: { type: 'MultiPolygon', coordinates: [[a.encoded]], encodeOffsets: [[a.offset]] } },
      { id: '310101', properties: { name: '黄浦区', cp: [121.3, 31.3] }, geometry: { type: 'Polygon', coordinates: [b.encoded], encodeOffsets: [b.offset] } },
    ],
  };

  it('maps the id-less Chongming feature to 310151', () => {
    expect(convertEchartsMap(map).features.find((f) => f.properties.code === '310151')).toBeDefined();
  });

  it('sorts the features by code', () => {
    expect(convertEchartsMap(map).features.map((f) => f.properties.code)).toEqual(['310101', '310151']);
  });

  it('closes each decoded ring', () => {
    const [hp] = convertEchartsMap(map).features;
    expect(hp!.geometry.type).toBe('Polygon');
    const ring = (hp!.geometry.coordinates as Ring[])[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
  });

  it('converts each position from GCJ-02 to WGS84, rounded', () => {
    const [hp] = convertEchartsMap(map).features;
    expect((hp!.geometry.coordinates as Ring[])[0]![0]).toEqual(gcjToWgs([121.25, 31.25]).map((n) => round(n)));
  });

  it('labels each feature at the pole of inaccessibility of its shape, not at the package\'s cp point', () => {
    const [hp, cm] = convertEchartsMap(map).features;
    // Within metres of each converted square's centre (the GCJ-02 shift varies a little across a square);
    // Huangpu's cp (121.3, 31.3), over a kilometre from its square's centre, is not used.
    const near = (label: number[], centre: number[]) => distance(label, centre, { units: 'kilometers' }) * 1000;
    expect(near(hp!.properties.label, gcjToWgs([121.3125, 31.3125]))).toBeLessThan(15);
    expect(near(cm!.properties.label, gcjToWgs([121.5625, 31.5625]))).toBeLessThan(15);
  });

  it('refuses a feature with neither an id nor a known name', () => {
    const bad: EchartsMap = { UTF8Encoding: true, features: [{ ...map.features[0]!, properties: { name: '无名' } }] };
    expect(() => convertEchartsMap(bad)).toThrow(/无名/);
  });

  it('formats one feature per line', () => {
    const text = formatFeatureCollection(convertEchartsMap(map));
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^\{"type":"Feature","properties":\{"code":"310101"/);
    expect(JSON.parse(text)).toEqual(convertEchartsMap(map));
  });
});

describe('geo/district-outlines.geojson', () => {
  const text = readFileSync(resolve(root, 'geo/district-outlines.geojson'), 'utf8');
  const fc = JSON.parse(text) as OutlineCollection;

  it('is exactly what the converter makes from echarts 4.9.0 today', () => {
    const src = JSON.parse(readFileSync(resolve(root, 'node_modules/echarts/map/json/province/shanghai.json'), 'utf8')) as EchartsMap;
    expect(text).toBe(formatFeatureCollection(convertEchartsMap(src)));
  });

  it('holds the 16 districts, sorted by code', () => {
    expect(fc.features.map((f) => f.properties.code)).toEqual([
      '310101', '310104', '310105', '310106', '310107', '310109', '310110', '310112',
      '310113', '310114', '310115', '310116', '310117', '310118', '310120', '310151',
    ]);
  });

  it('closes every ring', () => {
    for (const f of fc.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polys.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('puts each label inside its district', () => {
    for (const f of fc.features) expect(booleanPointInPolygon(f.properties.label, f.geometry), f.properties.code).toBe(true);
  });
});
