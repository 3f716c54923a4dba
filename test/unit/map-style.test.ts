// The assembled style: valid by the style specification in every flavour, self-contained (no other
// host), drawn in a fixed order with every layer in a slot, and labelled in the reader's language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LAYER_IDS } from '../../src/data/schemas';
import { assembleStyle } from '../../src/features/map/style';
import { baseStyle } from '../../src/features/map/basemap';
import { SLOTS, slotMarkerId, slotOf } from '../../src/features/map/slots';
import type { MapData } from '../../src/features/map/map-data';
import { FLAVOURS } from '../../src/lib/vocabulary';
import * as fixture from '../fixtures/app-data';

const LIGHT = { flavour: 'light' } as const;
const geoFixture = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/data', name), 'utf8')) as never;

function fixtureData(): MapData {
  return {
    districts: structuredClone(fixture.districts),
    areas: structuredClone(fixture.areas),
    sites: structuredClone(fixture.sites),
    sea: geoFixture('sea.geojson'),
    water: geoFixture('water-lines.geojson'),
    metro: geoFixture('metro-lines.geojson'),
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
  it('validates against the style specification, in both flavours and languages, with and without data', () => {
    for (const flavour of FLAVOURS) {
      for (const lang of ['en', 'zh'] as const) {
        for (const visible of [[...LAYER_IDS], []]) {
          expect(validateStyleMin(assembleStyle(lang, visible, fixtureData(), { flavour }))).toEqual([]);
          expect(validateStyleMin(assembleStyle(lang, visible, {}, { flavour, onlineBasemap: true }))).toEqual([]);
        }
      }
    }
  });

  it('puts every layer in a slot, in both flavours', () => {
    for (const flavour of FLAVOURS) {
      for (const l of assembleStyle('en', [...LAYER_IDS], fixtureData(), { flavour }).layers) {
        if (!l.id.startsWith('slot-')) expect(() => slotOf(l), l.id).not.toThrow();
      }
    }
  });

  it('draws the sea over the district land and fills, the metro over the land and under the app, borders and names on top', () => {
    const ids = assembleStyle('en', [...LAYER_IDS], fixtureData(), LIGHT).layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('sea-fill')).toBeGreaterThan(at('districts-land'));
    expect(at('sea-fill')).toBeGreaterThan(at('districts-fill'));
    expect(at('sea-fill')).toBeGreaterThan(at('districts-pudong-fill'));
    expect(at('water-rivers-line')).toBeGreaterThan(at('sea-fill'));
    expect(at('districts-boundary')).toBeGreaterThan(at('water-rivers-line'));
    expect(at('district-labels-text')).toBeGreaterThan(at('water-rivers-line'));
    expect(at('metro-lines')).toBeGreaterThan(at('districts-land'));
    expect(at('metro-lines')).toBeGreaterThan(at('metro-lines-casing'));
    for (const own of ['districts-fill', 'areas-hongqiao-cbd-fill', 'sites-service-centres-points']) expect(at('metro-labels')).toBeLessThan(at(own));
  });

  it('paints the metro in each line\'s own colour and writes its number along it', () => {
    const style = assembleStyle('en', [...LAYER_IDS], fixtureData(), LIGHT);
    const metro = layer(style, 'metro-lines');
    expect(metro.type === 'line' && metro.paint?.['line-color']).toEqual(['get', 'colour']);
    const labels = layer(style, 'metro-labels');
    expect(labels.type === 'symbol' && labels.layout?.['symbol-placement']).toBe('line');
    expect(labels.type === 'symbol' && labels.layout?.['text-field']).toEqual(['get', 'ref']);
    const source = style.sources.metro;
    const features = (source && 'data' in source ? (source.data as GeoJSON.FeatureCollection) : null)?.features ?? [];
    // Each badge's ink is the one that reads on its line's colour: dark on Line 2's light green.
    expect(features.map((f) => [f.properties?.ref, f.properties?.ink])).toEqual([['1', '#ffffff'], ['2', '#111318']]);
  });

  it('hides the built-in geography under online tiles, and keeps the background and the land', () => {
    const style = assembleStyle('en', [...LAYER_IDS], fixtureData(), { flavour: 'light', onlineBasemap: true });
    for (const id of ['sea-fill', 'water-rivers-line', 'water-lakes-fill', 'metro-lines', 'metro-labels']) expect(layer(style, id).layout?.visibility, id).toBe('none');
    expect(layer(style, 'districts-land').layout?.visibility).not.toBe('none');
  });

  it('paints the background in the flavour\'s sea colour', () => {
    const bg = (flavour: 'light' | 'dark') => layer(assembleStyle('en', [], {}, { flavour }), 'water-background');
    expect(bg('light').type === 'background' && bg('light').paint).toEqual({ 'background-color': '#c6dcea' });
    expect(bg('dark').type === 'background' && bg('dark').paint).toEqual({ 'background-color': '#0b1f33' });
  });

  it('asks no server for glyphs, sprites or tiles', () => {
    const style = assembleStyle('en', [...LAYER_IDS], fixtureData(), LIGHT);
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
    const style = assembleStyle('zh', [...LAYER_IDS], fixtureData(), LIGHT);
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
    const l = layer(assembleStyle(lang, [...LAYER_IDS], {}, LIGHT), id);
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
    const style = assembleStyle('en', [...LAYER_IDS], {}, LIGHT);
    const ids = style.layers.map((l) => l.id);
    expect(ids[0]).toBe('water-background');
    expect(ids[1]).toBe('basemap-extent-land');
    // Slot markers keep their order, and every layer sits inside its own slot.
    const markers = SLOTS.map((s) => ids.indexOf(slotMarkerId(s)));
    expect([...markers].sort((a, b) => a - b)).toEqual(markers);
    for (const l of style.layers) {
      if (l.id.startsWith('slot-')) continue;
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
    const style = assembleStyle('en', [...LAYER_IDS], fixtureData(), LIGHT);
    const sites = style.sources.sites;
    const data = sites && 'data' in sites ? (sites.data as GeoJSON.FeatureCollection) : null;
    expect(data?.features.map((f) => f.properties?.id)).toEqual(['hq-onestop-centre', 'exact-site']);
  });

  it('identifies the features of every source by their fid', () => {
    const style = assembleStyle('en', [...LAYER_IDS], fixtureData(), LIGHT);
    for (const source of Object.values(style.sources)) expect(source).toHaveProperty('promoteId', 'fid');
  });

  it('starts from a base style that is valid alone', () => {
    expect(validateStyleMin(baseStyle())).toEqual([]);
  });
});
