// The analysis state as the layer registry draws it: the choropleth paint generated from one
// classification, the "no data" hatching, the timeline filters, and the proximity overlay, all in
// a style that validates.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_IDS } from '../../src/data/schemas';
import { assembleStyle, mapLayers } from '../../src/features/map/style';
import { choroplethColour, hatchImage } from '../../src/features/map/district-layers';
import { classify, NO_DATA_COLOUR } from '../../src/lib/classify';
import * as fixture from '../fixtures/app-data';

const PLAIN = { flavour: 'light' } as const;
const byId = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id)!;
const data = () => ({ districts: structuredClone(fixture.districts), areas: structuredClone(fixture.areas), sites: structuredClone(fixture.sites) });

describe('analysis layers', () => {
  const c = classify(
    [
      { code: '310101', value: 1 },
      { code: '310104', value: 5 },
      { code: '310105', value: null },
    ],
    'equal',
    3,
  );
  const ctx = { choropleth: { colourOf: c.colourOf, noData: NO_DATA_COLOUR, noDataCodes: c.noData }, year: 2016, flavour: 'light' as const };

  it('paints each district with its class colour through a match on the code', () => {
    const fill = byId(mapLayers('en', LAYER_IDS, ctx), 'districts-fill');
    const colour = (fill as { paint: Record<string, unknown> }).paint['fill-color'];
    expect(colour).toEqual(['match', ['get', 'code'], '310101', c.colourOf['310101'], '310104', c.colourOf['310104'], '310105', NO_DATA_COLOUR, NO_DATA_COLOUR]);
    expect(choroplethColour({}, NO_DATA_COLOUR)).toEqual(['literal', NO_DATA_COLOUR]);
  });

  const layerOf = (id: string, context: Parameters<typeof mapLayers>[2] = PLAIN) => byId(mapLayers('en', LAYER_IDS, context), id) as { filter: unknown };

  it('hatches only the districts without data', () => {
    expect(layerOf('districts-nodata-hatch', ctx).filter).toEqual(['in', ['get', 'code'], ['literal', ['310105']]]);
  });

  it('hatches nothing without a choropleth', () => {
    expect(layerOf('districts-nodata-hatch').filter).toEqual(['==', ['get', 'code'], '']);
  });

  it('makes the hatch pattern a whole RGBA image', () => {
    const img = hatchImage();
    expect(img.data).toHaveLength(img.width * img.height * 4);
  });

  it('filters sites by opening year when the timeline is on', () => {
    const points = layerOf('sites-service-centres-points', ctx);
    expect(JSON.stringify(points.filter)).toContain('opened_year');
    expect(JSON.stringify(points.filter)).toContain('2016');
  });

  it('filters areas by established year when the timeline is on', () => {
    expect(JSON.stringify(layerOf('areas-zhangjiang-fill', ctx).filter)).toContain('established');
  });

  it('does not filter sites by year when the timeline is off', () => {
    expect(JSON.stringify(layerOf('sites-service-centres-points').filter)).not.toContain('opened_year');
  });

  it('keeps the same layer ids, the proximity overlay among them, with or without analysis', () => {
    expect(mapLayers('en', LAYER_IDS, ctx).map((l) => l.id)).toEqual(mapLayers('en', LAYER_IDS, PLAIN).map((l) => l.id));
    expect(mapLayers('en', LAYER_IDS, PLAIN).some((l) => l.id === 'proximity-rings-line')).toBe(true);
  });

  it('assembles a style that validates with the analysis on', () => {
    expect(validateStyleMin(assembleStyle('zh', LAYER_IDS, data(), ctx))).toEqual([]);
  });
});
