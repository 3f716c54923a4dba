import { describe, expect, it } from 'vitest';
import { dataUrlAllowed, readSavedMap, writeSavedMap } from '../../src/lib/import/save-file';
import { districtDatasetCsv, pointDatasetGeoJson } from '../../src/lib/import/export';
import type { DistrictDataset, PointDataset } from '../../src/lib/import/dataset';
import { registerLayer, runtimeLayers, setRuntimeLayerVisible, unregisterLayer } from '../../src/features/map/layers';
import { importedPointsEntry } from '../../src/features/map/imported-layers';
import { inDatum, parseRuntimeTileUrl } from '../../src/features/map/runtime-tile-url';
import { paletteOf } from '../../src/features/map/palette';

const table: DistrictDataset = {
  kind: 'districts',
  id: 'dis-1',
  name: 'desks',
  created: '2026-12-02T00:00:00.000Z',
  metrics: [{ column: 'desks', label: 'Desks', unit: 'desks', date: '2024', source: null, values: { '310115': 12 }, fractionDigits: 0 }],
};
const points: PointDataset = {
  kind: 'points',
  id: 'poi-1',
  name: 'places',
  created: '2026-12-02T00:00:00.000Z',
  crs: 'GCJ02',
  columns: ['name', 'kind'],
  coords: [121.47, 31.23],
  rows: ['Square\u001fpark'],
  nameColumn: 0,
  filter: null,
  colour: 0,
  reachKm: 3,
};

describe('saved maps', () => {
  it('round-trip the datasets and the view', () => {
    const saved = readSavedMap(writeSavedMap([table, points], '?metric=imp-dis-1-0&map=12.00/31.2/121.4'));
    expect(saved).toEqual({ view: '?metric=imp-dis-1-0&map=12.00/31.2/121.4', datasets: [table, points], dropped: 0 });
  });

  it('leave out a dataset that does not pass the checks and count it', () => {
    const bad = { ...points, coords: [500, 31] };
    const saved = readSavedMap(writeSavedMap([table, bad as PointDataset], ''));
    expect(saved?.datasets).toEqual([table]);
    expect(saved?.dropped).toBe(1);
  });

  it('refuse a file that is not a saved map', () => {
    expect(readSavedMap('{"format":"something else"}')).toBeNull();
    expect(readSavedMap('not json')).toBeNull();
  });

  it('load ?data= only from this site or an allowed origin', () => {
    const allowed = new Set(['https://portal.example.gov.cn']);
    expect(dataUrlAllowed('/maps/a.stmap', 'https://map.example', allowed)?.ok).toBe(true);
    expect(dataUrlAllowed('https://portal.example.gov.cn/a.stmap', 'https://map.example', allowed)?.ok).toBe(true);
    expect(dataUrlAllowed('https://evil.example/a.stmap', 'https://map.example', allowed)?.ok).toBe(false);
    expect(dataUrlAllowed('javascript:alert(1)', 'https://map.example', allowed)).toBeNull();
    expect(dataUrlAllowed('https://u:p@portal.example.gov.cn/a', 'https://map.example', allowed)).toBeNull();
  });
});

describe('exports of imported data', () => {
  it('write "unsourced" where no source was given, and no data as an empty cell', () => {
    const csv = districtDatasetCsv(table, [
      { code: '310115', name_en: 'Pudong New Area', name_zh: '浦东新区' },
      { code: '310104', name_en: 'Xuhui', name_zh: '徐汇区' },
    ]).replace('\uFEFF', '');
    expect(csv.split('\r\n')).toEqual([
      'district_code,district_en,district_zh,metric,value,unit,as_of,source',
      '310115,Pudong New Area,浦东新区,Desks,12,desks,2024,unsourced',
      '310104,Xuhui,徐汇区,Desks,,desks,2024,unsourced',
    ]);
  });

  it('write points as WGS84 GeoJSON with their columns', () => {
    const fc = pointDatasetGeoJson(points);
    expect(fc.features[0]).toEqual({ type: 'Feature', geometry: { type: 'Point', coordinates: [121.47, 31.23] }, properties: { name: 'Square', kind: 'park' } });
    expect(fc.note).toContain('converted from GCJ02');
  });
});

describe('run-time layers in the layer registry', () => {
  const entry = () => importedPointsEntry({ id: 'poi-1', name: 'places', colour: '#d0237f', tileKey: 'poi-1.1', tiles: async () => new ArrayBuffer(0), tooltip: undefined });

  it('registers, hides and unregisters a layer', () => {
    registerLayer(entry());
    expect(runtimeLayers().map((e) => [e.id, e.visible])).toEqual([['imported-poi-1', true]]);
    setRuntimeLayerVisible('imported-poi-1', false);
    expect(runtimeLayers()[0]!.visible).toBe(false);
    unregisterLayer('imported-poi-1');
    expect(runtimeLayers()).toEqual([]);
  });

  it('draws a point set from its own runtime:// tiles, asked for in the basemap datum', () => {
    const e = entry();
    const source = Object.values(e.sources)[0]!;
    expect(source).toMatchObject({ type: 'vector', tiles: ['runtime://poi-1.1/{z}/{x}/{y}'] });
    expect(Object.keys(e.tiles!)).toEqual(['poi-1.1']);
    expect(e.mapLayers('en', paletteOf('light')).every((l) => 'source-layer' in l && l['source-layer'] === 'points')).toBe(true);
    expect(inDatum('runtime://poi-1.1/{z}/{x}/{y}', 'GCJ-02')).toBe('runtime://poi-1.1/{z}/{x}/{y}?datum=GCJ-02');
    expect(inDatum('runtime://poi-1.1/{z}/{x}/{y}', 'WGS84')).toBe('runtime://poi-1.1/{z}/{x}/{y}');
    expect(parseRuntimeTileUrl('runtime://poi-1.1/12/3425/1675?datum=GCJ-02')).toEqual({ key: 'poi-1.1', z: 12, x: 3425, y: 1675, datum: 'GCJ-02' });
    expect(parseRuntimeTileUrl('runtime://poi-1.1/12/3425/1675?datum=BD09')).toBeNull();
  });

  it('refuses the id of a built-in layer', () => {
    expect(() => registerLayer({ ...entry(), id: 'districts' })).toThrow();
  });
});
