// The assembled style: valid by the style specification, self-contained (no other host), drawn in
// a fixed order, and labelled in the reader's language.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LAYER_IDS } from '../../src/data/schemas';
import { assembleStyle } from '../../src/features/map/style';
import { baseStyle } from '../../src/features/map/basemap';
import { SLOTS, slotMarkerId, slotOf } from '../../src/features/map/slots';
import type { MapData } from '../../src/features/map/map-data';
import * as fixture from '../fixtures/app-data';

function fixtureData(): MapData {
  return {
    districts: structuredClone(fixture.districts),
    areas: structuredClone(fixture.areas),
    sites: structuredClone(fixture.sites),
  };
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

function layer(style: StyleSpecification, id: string): LayerSpecification {
  const found = style.layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

describe('assembled map style', () => {
  it('validates against the style specification, in both languages, with and without data', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const visible of [[...LAYER_IDS], []]) {
        expect(validateStyleMin(assembleStyle(lang, visible, fixtureData()))).toEqual([]);
        expect(validateStyleMin(assembleStyle(lang, visible, {}))).toEqual([]);
      }
    }
  });

  it('asks no server for glyphs, sprites or tiles', () => {
    const style = assembleStyle('en', [...LAYER_IDS], fixtureData());
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(source).not.toHaveProperty('tiles');
      expect(source).not.toHaveProperty('url');
      // Inline data, not a URL to fetch.
      expect(typeof ('data' in source ? source.data : undefined)).toBe('object');
    }
  });

  it('points every URL it holds at its own origin', () => {
    const style = assembleStyle('zh', [...LAYER_IDS], fixtureData());
    const fontUrls = Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
      typeof faces === 'string' ? [faces] : faces.map((f) => f.url),
    );
    expect(fontUrls.length).toBeGreaterThan(0);
    for (const url of fontUrls) {
      expect(url).toMatch(/\.woff2$/);
      // Relative or root-relative: never a scheme, never a protocol-relative host.
      expect(url).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      expect(url.startsWith('//')).toBe(false);
    }
    for (const s of allStrings(style)) expect(s).not.toMatch(/^[a-z][a-z0-9+.-]*:\/\//i);
  });

  const labelField = (lang: 'en' | 'zh', id: string) => {
    const l = layer(assembleStyle(lang, [...LAYER_IDS], {}), id);
    return l.type === 'symbol' ? l.layout?.['text-field'] : undefined;
  };

  it('labels districts in the current language', () => {
    expect(labelField('en', 'district-labels-text')).toEqual(['get', 'label_en']);
    expect(labelField('zh', 'district-labels-text')).toEqual(['get', 'label_zh']);
  });

  it('labels areas in the current language', () => {
    expect(labelField('en', 'area-labels-hongqiao-cbd-text')).toEqual(['get', 'label_en']);
    expect(labelField('zh', 'area-labels-zhangjiang-text')).toEqual(['get', 'label_zh']);
  });

  it('labels sites in the current language', () => {
    expect(labelField('en', 'sites-service-centres-labels')).toEqual(['get', 'label_en']);
    expect(labelField('zh', 'sites-universities-labels')).toEqual(['get', 'label_zh']);
  });

  it('draws the sea first, then land, fills, lines, halos, labels and points on top', () => {
    const style = assembleStyle('en', [...LAYER_IDS], {});
    const ids = style.layers.map((l) => l.id);
    expect(ids[0]).toBe('water-background');
    expect(ids.indexOf('districts-land')).toBe(1);
    // Slot markers keep their order, and every layer sits inside its own slot.
    const markers = SLOTS.map((s) => ids.indexOf(slotMarkerId(s)));
    expect([...markers].sort((a, b) => a - b)).toEqual(markers);
    for (const l of style.layers) {
      if (l.id === 'water-background' || l.id.startsWith('slot-')) continue;
      const slot = SLOTS.indexOf(slotOf(l));
      const at = ids.indexOf(l.id);
      expect(at, l.id).toBeLessThan(markers[slot]!);
      if (slot > 0) expect(at, l.id).toBeGreaterThan(markers[slot - 1]!);
    }
    const last = (prefix: string) => Math.max(...ids.flatMap((id, i) => (id.startsWith(prefix) ? [i] : [])));
    const first = (prefix: string) => ids.findIndex((id) => id.startsWith(prefix));
    expect(first('sites-')).toBeGreaterThan(last('districts-'));
    expect(first('sites-')).toBeGreaterThan(last('areas-'));
    expect(first('sites-')).toBeGreaterThan(last('site-halos-'));
  });

  it('carries only the sites that have a location', () => {
    const style = assembleStyle('en', [...LAYER_IDS], fixtureData());
    const sites = style.sources.sites;
    const data = sites && 'data' in sites ? (sites.data as GeoJSON.FeatureCollection) : null;
    expect(data?.features.map((f) => f.properties?.id)).toEqual(['hq-onestop-centre', 'exact-site']);
  });

  it('identifies the features of every source by their fid', () => {
    const style = assembleStyle('en', [...LAYER_IDS], fixtureData());
    for (const source of Object.values(style.sources)) expect(source).toHaveProperty('promoteId', 'fid');
  });

  it('starts from a base style that is valid alone', () => {
    expect(validateStyleMin(baseStyle())).toEqual([]);
  });
});
