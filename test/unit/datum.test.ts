import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import distance from '@turf/distance';
import { frameFor, gcj02ToWgs84, mapCollection, wgs84ToGcj02, WGS84_FRAME } from '../../src/lib/datum';

const metres = (a: readonly number[], b: readonly number[]) => distance([a[0]!, a[1]!], [b[0]!, b[1]!], { units: 'kilometers' }) * 1000;

// The Bund, People's Square, Zhangjiang, Hongqiao, Chongming: the city from edge to edge.
const POINTS: [number, number][] = [
  [121.4903, 31.2397],
  [121.4737, 31.2304],
  [121.5905, 31.2033],
  [121.3197, 31.1979],
  [121.3975, 31.6228],
];

describe('the WGS84 ⇄ GCJ-02 shift', () => {
  it('moves a point in Shanghai by what gcoord gives (several hundred metres)', () => {
    for (const p of POINTS) {
      const expected = gcoord.transform([...p], gcoord.WGS84, gcoord.GCJ02);
      expect(wgs84ToGcj02(p)).toEqual(expected);
      const d = metres(p, wgs84ToGcj02(p));
      expect(d).toBeGreaterThan(300);
      expect(d).toBeLessThan(800);
    }
  });

  it('comes back to within a metre', () => {
    for (const p of POINTS) expect(metres(p, gcj02ToWgs84(wgs84ToGcj02(p)))).toBeLessThan(1);
  });

  it('shifts every position of every geometry and leaves the input untouched', () => {
    const fc: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 1, properties: { fid: 1 }, geometry: { type: 'Point', coordinates: POINTS[0]! } },
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [POINTS[0]!, POINTS[1]!] } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[[POINTS[0]!, POINTS[1]!, POINTS[2]!, POINTS[0]!]]] } },
      ],
    };
    const before = JSON.stringify(fc);
    const out = mapCollection(fc, wgs84ToGcj02);
    expect(JSON.stringify(fc)).toBe(before);
    expect(out.features[0]).toMatchObject({ id: 1, properties: { fid: 1 }, geometry: { type: 'Point', coordinates: wgs84ToGcj02(POINTS[0]!) } });
    const poly = out.features[2]!.geometry as GeoJSON.MultiPolygon;
    expect(poly.coordinates[0]![0]![2]).toEqual(wgs84ToGcj02(POINTS[2]!));
  });

  it('a WGS84 frame hands the same objects through; a GCJ-02 frame converts both ways', () => {
    const fc: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    expect(frameFor('WGS84')).toBe(WGS84_FRAME);
    expect(WGS84_FRAME.toMapData(fc)).toBe(fc);
    const gcj = frameFor('GCJ-02');
    const p = { lng: POINTS[1]![0], lat: POINTS[1]![1] };
    const onMap = gcj.toMap(p);
    expect([onMap.lng, onMap.lat]).toEqual(wgs84ToGcj02(POINTS[1]!));
    const back = gcj.fromMap(onMap);
    expect(metres([back.lng, back.lat], POINTS[1]!)).toBeLessThan(1);
  });
});
