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
  const ctx = { choropleth: { colourOf: c.colourOf, noData: NO_DATA_COLOUR, noDataCodes: c.noData }, year: 2016 };

  it('paints each district with its class colour through a match on the code', () => {
    const fill = byId(mapLayers('en', LAYER_IDS, ctx), 'districts-fill');
    const colour = (fill as { paint: Record<string, unknown> }).paint['fill-color'];
    expect(colour).toEqual(['match', ['get', 'code'], '310101', c.colourOf['310101'], '310104', c.colourOf['310104'], '310105', NO_DATA_COLOUR, NO_DATA_COLOUR]);
    expect(choroplethColour({}, NO_DATA_COLOUR)).toEqual(['literal', NO_DATA_COLOUR]);
  });

  it('hatches only the districts without data, and nothing without a choropleth', () => {
    const hatch = byId(mapLayers('en', LAYER_IDS, ctx), 'districts-nodata-hatch') as { filter: unknown };
    expect(hatch.filter).toEqual(['in', ['get', 'code'], ['literal', ['310105']]]);
    const plain = byId(mapLayers('en', LAYER_IDS), 'districts-nodata-hatch') as { filter: unknown };
    expect(plain.filter).toEqual(['==', ['get', 'code'], '']);
    const img = hatchImage();
    expect(img.data).toHaveLength(img.width * img.height * 4);
  });

  it('filters sites by opening year and areas by established year when the timeline is on', () => {
    const points = byId(mapLayers('en', LAYER_IDS, ctx), 'sites-service-centres-points') as { filter: unknown };
    expect(JSON.stringify(points.filter)).toContain('opened_year');
    expect(JSON.stringify(points.filter)).toContain('2016');
    const area = byId(mapLayers('en', LAYER_IDS, ctx), 'areas-zhangjiang-fill') as { filter: unknown };
    expect(JSON.stringify(area.filter)).toContain('established');
    const off = byId(mapLayers('en', LAYER_IDS), 'sites-service-centres-points') as { filter: unknown };
    expect(JSON.stringify(off.filter)).not.toContain('opened_year');
  });

  it('keeps the same layer ids with and without analysis, and validates', () => {
    expect(mapLayers('en', LAYER_IDS, ctx).map((l) => l.id)).toEqual(mapLayers('en', LAYER_IDS).map((l) => l.id));
    expect(validateStyleMin(assembleStyle('zh', LAYER_IDS, data(), ctx))).toEqual([]);
    expect(mapLayers('en', LAYER_IDS).some((l) => l.id === 'proximity-rings-line')).toBe(true);
  });
});
