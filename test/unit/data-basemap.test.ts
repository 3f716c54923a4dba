// The built-in basemap's geography in the data build: the readers of geo/basemap/ name the file,
// the feature and the problem; the transform behind `npm run basemap` clips, joins and rounds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../geo/scripts/lib/build';
import { formatProblem } from '../../geo/scripts/lib/report';
import { clipLine, formatCollection, joinPieces, metroFrom, roundLine, waterFrom } from '../../geo/scripts/lib/basemap-source';
import { readGeoInputs } from '../fixtures/geo-inputs';

const fixtures = readGeoInputs(resolve(import.meta.dirname, '../fixtures/data'));

function problems(key: 'sea' | 'water' | 'metro', edit: (text: string) => string): string[] {
  const res = buildData({ ...fixtures, [key]: edit(fixtures[key]) });
  if (res.ok) throw new Error('expected the build to fail');
  return res.problems.map(formatProblem);
}

describe('reading geo/basemap/', () => {
  it('builds the fixtures into the three public files', () => {
    const res = buildData(fixtures);
    if (!res.ok) throw new Error(res.problems.map(formatProblem).join('\n'));
    expect(res.outputs['sea.geojson'].features).toHaveLength(1);
    expect(res.outputs['water-lines.geojson'].features.map((f) => f.properties.kind)).toEqual(['lake', 'river', 'river']);
    expect(res.outputs['metro-lines.geojson'].features.map((f) => f.properties.ref)).toEqual(['1', '2']);
  });

  it('names a sea feature of the wrong geometry type', () => {
    expect(problems('sea', (t) => t.replace('"type":"Polygon"', '"type":"LineString"'))).toEqual([
      'geo/basemap/sea.geojson:2 [feature 1]: geometry.type is "LineString", expected Polygon or MultiPolygon',
    ]);
  });

  it('names a coordinate outside the extent, with its position', () => {
    expect(problems('water', (t) => t.replace('[121.5,31.38]', '[121.5,32.38]'))).toEqual([
      'geo/basemap/water-lines.geojson:3 [feature 2]: river: position 3 [121.5, 32.38] lies outside the basemap extent (120.85–122.2°E, 30.65–31.9°N)',
    ]);
  });

  it('refuses a lake drawn as a line and an unknown kind, pointing the old coastline to the sea polygon', () => {
    const edited = (t: string) => t.replace('"kind":"lake"', '"kind":"lake_shore"').replace('"level":null', '"level":null,"x":1').replace('"kind":"river","level":2', '"kind":"coastline","level":2');
    const found = problems('water', edited);
    expect(found[0]).toBe('geo/basemap/water-lines.geojson:2 [feature 1]: lake_shore: geometry.type is "Polygon", expected LineString');
    expect(found[1]).toMatch(/^geo\/basemap\/water-lines\.geojson:3 \[feature 2\]: properties\.kind is "coastline", expected one of river, lake, lake_shore \(the sea polygon draws the coast/);
    expect(found).toHaveLength(2);
  });

  it('names a metro line by its number when its colour is not #rrggbb', () => {
    expect(problems('metro', (t) => t.replace('"#97D700"', '"green"'))).toEqual([
      'geo/basemap/metro-lines.geojson:3 [line 2]: properties.colour is "green", expected the line\'s colour as #rrggbb',
    ]);
  });

  it('names a metro line without a name, a repeated line number and a point geometry', () => {
    const edited = (t: string) =>
      t.replace('"name_zh":"测试1号线"', '"name_zh":""').replace('"ref":"2"', '"ref":"1"').replace('"type":"MultiLineString"', '"type":"Point"');
    expect(problems('metro', edited)).toEqual([
      'geo/basemap/metro-lines.geojson:2 [line 1]: properties.name_zh is missing or empty',
      'geo/basemap/metro-lines.geojson:2 [line 1]: geometry.type is "Point", expected LineString or MultiLineString',
      'geo/basemap/metro-lines.geojson:3 [line 1]: another feature has the same ref: one feature per line',
    ]);
  });

  it('says when a file is not a FeatureCollection at all', () => {
    expect(problems('sea', () => '{"type":"Feature"}')).toEqual(['geo/basemap/sea.geojson: expected a GeoJSON FeatureCollection']);
  });
});

describe('npm run basemap (the transform)', () => {
  it('cuts a line at the extent into the parts inside', () => {
    const parts = clipLine([[120.5, 31], [121, 31], [121, 32], [121.2, 31.5]], [120.85, 30.65, 122.2, 31.9]);
    expect(parts.map((p) => p.map(([x, y]) => [Number(x.toFixed(3)), Number(y.toFixed(3))]))).toEqual([
      [[120.85, 31], [121, 31], [121, 31.9]],
      [[121.04, 31.9], [121.2, 31.5]],
    ]);
  });

  it('joins shore pieces into a closed lake and rounds to five decimals without repeats', () => {
    const { rings, open } = joinPieces([[[1, 0], [1, 1], [0, 1]], [[0, 1], [0, 0], [1, 0]], [[5, 5], [6, 6]]]);
    expect(rings).toEqual([[[1, 0], [1, 1], [0, 1], [0, 0], [1, 0]]]);
    expect(open).toEqual([[[5, 5], [6, 6]]]);
    expect(roundLine([[121.123456, 31.000001], [121.123459, 31.000004], [121.2, 31]])).toEqual([[121.12346, 31], [121.2, 31]]);
  });

  it('drops the old coastline, keeps river levels and writes the same bytes twice', () => {
    const source = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: { kind: 'coastline', gshhg: 'Shore Bin # 1, Level 1' }, geometry: { type: 'LineString', coordinates: [[121, 31], [121.1, 31.1]] } },
        { type: 'Feature' as const, properties: { kind: 'river', gshhg: 'River Bin # 1, Level 3' }, geometry: { type: 'LineString', coordinates: [[121, 31], [121.1, 31.1]] } },
      ],
    };
    const out = waterFrom(source);
    expect(out.features).toEqual([{ type: 'Feature', properties: { kind: 'river', level: 3 }, geometry: { type: 'LineString', coordinates: [[121, 31], [121.1, 31.1]] } }]);
    expect(formatCollection(waterFrom(source))).toBe(formatCollection(out));
  });

  it('keeps what the map paints a metro line by, colour in lower case', () => {
    const out = metroFrom({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { ref: '1', name: '上海地铁1号线', name_en: 'Shanghai Metro Line 1', colour: '#E4002B', osm_route_relations: [1] }, geometry: { type: 'MultiLineString', coordinates: [[[121, 31], [121.1, 31.1]]] } }],
    });
    expect(out.features[0]!.properties).toEqual({ ref: '1', name_en: 'Shanghai Metro Line 1', name_zh: '上海地铁1号线', colour: '#e4002b' });
  });

  it('matches the committed geo/basemap/ files (run npm run basemap after changing the transform)', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../geo/basemap/water-lines.geojson'), 'utf8');
    const fc = JSON.parse(text) as Parameters<typeof formatCollection>[0];
    expect(formatCollection(fc)).toBe(text);
  });
});
