// The map's labels as specs: what text each reads in each language, by the page's naming rules;
// the sizes of each mode; which sites are named at every zoom; which names win a collision; and
// the marker boxes that keep names off markers. Drawing them is tested in test/e2e/labels.test.ts.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { LAYER_IDS } from '../../src/data/schemas';
import type { LayerContext } from '../../src/derived/layer-context';
import { assembleStyle, mapLayers } from '../../src/features/map/style';
import { districtLabelLayers, LABEL_SIZES, MARKER_BOX_IMAGE, markerBoxDiameter, markerBoxImage, MIN_HALL_LABEL_PX, SITE_LABEL_MINZOOM } from '../../src/features/map/label-layers';
import { MARKER_RADIUS } from '../../src/features/map/site-layers';
import { districtLabelPoints, labelProperty, sitePoints } from '../../src/features/map/map-data';
import { SLOTS, slotOf } from '../../src/features/map/slots';
import { namedSiteIds } from '../../src/features/map/use-label-context';
import { POINT } from '../../src/features/map/palette';
import { makeSite } from '../fixtures/builders';
import * as fixture from '../fixtures/app-data';

const ALL = [...LAYER_IDS];

function symbols(ctx: Partial<LayerContext> = {}, lang: 'en' | 'zh' = 'en'): SymbolLayerSpecification[] {
  return mapLayers(lang, ALL, { flavour: 'light', ...ctx }).filter((l): l is SymbolLayerSpecification => l.type === 'symbol');
}

function textLayers(ctx?: Partial<LayerContext>, lang: 'en' | 'zh' = 'en'): SymbolLayerSpecification[] {
  return symbols(ctx, lang).filter((l) => l.layout?.['text-field'] !== undefined);
}

function byId(layers: readonly LayerSpecification[], id: string): SymbolLayerSpecification {
  const l = layers.find((x) => x.id === id);
  if (!l || l.type !== 'symbol') throw new Error(`no symbol layer ${id}`);
  return l;
}

/** The largest px a size spec can give: a number, or the stops of a zoom interpolation. */
function sizeRange(size: unknown): { min: number; max: number } {
  if (typeof size === 'number') return { min: size, max: size };
  const stops = (size as unknown[]).slice(3).filter((_, i) => i % 2 === 1) as number[];
  return { min: Math.min(...stops), max: Math.max(...stops) };
}

describe('label text', () => {
  it('every text layer reads the label property of the current language', () => {
    for (const lang of ['en', 'zh'] as const) {
      // The metro's badges are line numbers, the same in every language.
      const fields = textLayers(undefined, lang)
        .filter((l) => l.source !== 'proximity' && l.source !== 'metro')
        .map((l) => l.layout?.['text-field']);
      expect(fields.length).toBeGreaterThan(10);
      for (const f of fields) expect(f).toEqual(['get', `label_${lang}`]);
    }
  });

  it('writes a site’s label by the page’s naming rules: established, translated (marked), missing (English, marked)', () => {
    const points = sitePoints([
      makeSite({ id: 'a', name_en: 'Alpha Centre', name_zh: '甲中心', name_zh_status: 'established', lon: 121.4, lat: 31.2 }),
      makeSite({ id: 'b', name_en: 'Beta Hub', name_zh: '乙港', name_zh_status: 'translation', lon: 121.4, lat: 31.2 }),
      makeSite({ id: 'c', name_en: 'Gamma Office', name_zh: '', name_zh_status: 'none', lon: 121.4, lat: 31.2 }),
    ]).features.map((f) => f.properties);
    expect(points.map((p) => p.label_en)).toEqual(['Alpha Centre', 'Beta Hub', 'Gamma Office']);
    expect(points.map((p) => p.label_zh)).toEqual(['甲中心', '乙港 （译名）', 'Gamma Office （英文）']);
  });

  it('labels districts with their names in each language', () => {
    const [first] = districtLabelPoints(structuredClone(fixture.districts)).features;
    const props = first!.properties as Record<string, unknown>;
    expect(props[labelProperty('en')]).toBe(props['name_en']);
    expect(props[labelProperty('zh')]).toBe(props['name_zh']);
  });
});

describe('label sizes', () => {
  it('presenter mode (hall) draws every map label at 16 px or more, at every zoom', () => {
    const layers = textLayers({ labelType: 'hall' }).filter((l) => l.source !== 'proximity');
    expect(layers.length).toBeGreaterThan(10);
    for (const l of layers) expect(sizeRange(l.layout?.['text-size']).min, l.id).toBeGreaterThanOrEqual(MIN_HALL_LABEL_PX);
  });

  it('the dashboard (desk) keeps smaller type, and is the default', () => {
    expect(textLayers()).toEqual(textLayers({ labelType: 'desk' }));
    const district = byId(textLayers(), 'district-labels-text');
    expect(sizeRange(district.layout?.['text-size']).min).toBeLessThan(MIN_HALL_LABEL_PX);
    for (const kind of ['district', 'area', 'site'] as const) {
      expect(sizeRange(LABEL_SIZES.hall[kind]).min, kind).toBeGreaterThan(sizeRange(LABEL_SIZES.desk[kind]).min);
    }
  });
});

describe('which sites are named', () => {
  it('names ordinary sites from their layer’s zoom, the service centres first', () => {
    const layers = symbols();
    expect(byId(layers, 'sites-service-centres-labels').minzoom).toBe(SITE_LABEL_MINZOOM['service-centres']);
    expect(byId(layers, 'sites-universities-labels').minzoom).toBe(SITE_LABEL_MINZOOM.universities);
    for (const [layer, zoom] of Object.entries(SITE_LABEL_MINZOOM)) {
      expect(zoom, layer).toBeGreaterThanOrEqual(SITE_LABEL_MINZOOM['service-centres']);
      expect(zoom, layer).toBeLessThanOrEqual(12);
    }
  });

  it('names the selected and highlighted sites at every zoom, in their own layer, and only there', () => {
    const layers = symbols({ namedSites: ['sjtu-xuhui'] });
    const named = byId(layers, 'sites-universities-named-labels');
    expect(named.minzoom).toBeUndefined();
    expect(JSON.stringify(named.filter)).toContain('"sjtu-xuhui"');
    expect(named.layout?.['text-overlap']).toBe('always');
    // The ordinary layer leaves it out, so it is never named twice.
    const ordinary = byId(layers, 'sites-universities-labels');
    expect((ordinary.filter as unknown[])[0]).toBe('all');
    expect(JSON.stringify(ordinary.filter)).toContain('["!",["in",["get","id"],["literal",["sjtu-xuhui"]]]]');
  });

  it('names no site at every zoom when nothing is selected or highlighted', () => {
    const named = byId(symbols(), 'sites-service-centres-named-labels');
    expect(JSON.stringify(named.filter)).toContain('["in",["get","id"],["literal",[]]]');
  });

  it('collects the named sites from the selection and the highlights, once each', () => {
    expect(
      namedSiteIds({ kind: 'site', id: 'a' }, [
        { kind: 'district', id: '310105' },
        { kind: 'site', id: 'b' },
        { kind: 'site', id: 'a' },
      ]),
    ).toEqual(['a', 'b']);
    expect(namedSiteIds({ kind: 'district', id: '310105' }, [])).toEqual([]);
    expect(namedSiteIds(null, [{ kind: 'area', id: 'hongqiao-cbd' }])).toEqual([]);
  });
});

describe('collisions', () => {
  it('ranks featured districts before the others', () => {
    expect(byId(symbols(), 'district-labels-text').layout?.['symbol-sort-key']).toEqual(['case', ['get', 'featured'], 0, 1]);
  });

  it('ranks site names by kind: service centres before libraries', () => {
    const key = byId(symbols(), 'sites-service-centres-labels').layout?.['symbol-sort-key'] as unknown[];
    expect(key[0]).toBe('match');
    const rank = (category: string) => key[key.indexOf(category) + 1] as number;
    expect(rank('service-centre')).toBeLessThan(rank('university'));
    expect(rank('university')).toBeLessThan(rank('library'));
  });

  it('lets a name step around its point rather than disappear at once', () => {
    const anchors = (l: SymbolLayerSpecification) => (l.layout?.['text-variable-anchor-offset'] as unknown[]).filter((x) => typeof x === 'string');
    expect(anchors(byId(symbols(), 'district-labels-text'))[0]).toBe('center');
    expect(anchors(byId(symbols(), 'district-labels-text')).length).toBeGreaterThanOrEqual(5);
    expect(anchors(byId(symbols(), 'sites-universities-labels')).length).toBeGreaterThanOrEqual(4);
  });

  it('puts a marker box over every site layer’s markers, with the markers’ own filter', () => {
    const layers = mapLayers('en', ALL, { flavour: 'light' });
    const markers = layers.filter((l) => l.type === 'circle' && l.id.endsWith('-points'));
    expect(markers.length).toBe(5);
    for (const m of markers) {
      const box = byId(layers, m.id.replace(/-points$/, '-marker-boxes'));
      expect(box.filter).toEqual((m as { filter?: unknown }).filter);
      expect(box.layout?.['icon-image']).toBe(MARKER_BOX_IMAGE);
      expect(box.layout?.['icon-overlap']).toBe('always');
      expect(box.layout?.['icon-ignore-placement']).toBe(false);
    }
  });

  it('sizes the marker box to the drawn marker, ring included', () => {
    const d = markerBoxDiameter(MARKER_RADIUS);
    expect(d.z9).toBeCloseTo(2 * (MARKER_RADIUS.z9 + POINT.ringStroke));
    expect(d.z14).toBeGreaterThan(d.z9);
    const img = markerBoxImage();
    expect(img.data.length).toBe(img.width * img.height * 4);
    expect(img.data.every((v) => v === 0)).toBe(true);
  });

  it('places marker boxes first, then named sites, areas, districts and other sites (top of the style down)', () => {
    const order = (slot: (typeof SLOTS)[number]) => SLOTS.indexOf(slot);
    expect(order('marker-boxes')).toBe(SLOTS.length - 1);
    expect(order('named-site-labels')).toBeGreaterThan(order('area-labels'));
    expect(order('area-labels')).toBeGreaterThan(order('district-labels'));
    expect(order('district-labels')).toBeGreaterThan(order('site-labels'));
    expect(order('site-labels')).toBeGreaterThan(order('points'));
    for (const l of districtLabelLayers('en', { flavour: 'light' })) expect(slotOf(l)).toBe('district-labels');
  });

  it('assembles a valid style with named sites and each label type', () => {
    for (const labelType of ['desk', 'hall'] as const) {
      const style = assembleStyle('zh', ALL, {}, { flavour: 'light', labelType, namedSites: ['a', 'b'] });
      expect(validateStyleMin(style)).toEqual([]);
    }
  });
});
