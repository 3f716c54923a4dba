// The layer registry: one entry per LayerId, legends drawn from the paint, stable ids, and
// colours a reader can tell apart and see.
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_IDS, type Site } from '../../src/data/schemas';
import { catalogue } from '../../src/i18n/catalogue';
import {
  INTERACTIVE_LAYER_IDS,
  LAYER_ENTRIES,
  LAYER_REGISTRY,
  entryLayers,
  legendFor,
} from '../../src/features/map/layers';
import { basemapLayers } from '../../src/features/map/basemap';
import { districtLabelLayers } from '../../src/features/map/label-layers';
import { geographyLayers } from '../../src/features/map/geography-layers';
import { PALETTES } from '../../src/features/map/palette';
import { contrastRatio as contrast } from '../../src/lib/contrast';
import { FLAVOURS } from '../../src/lib/vocabulary';
import { SOURCE_IDS } from '../../src/features/map/map-data';
import * as fixture from '../fixtures/app-data';

/** Every colour string anywhere in a layer's paint (literals inside expressions included). */
function paintColours(layers: LayerSpecification[]): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)) found.add(v.toLowerCase());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const l of layers) walk('paint' in l ? l.paint : undefined);
  return found;
}

const LIGHT = { flavour: 'light' } as const;
const DARK = { flavour: 'dark' } as const;

describe('layer registry', () => {
  it('has exactly one entry per LayerId, keyed by its own id', () => {
    expect(Object.keys(LAYER_REGISTRY).sort()).toEqual([...LAYER_IDS].sort());
    for (const id of LAYER_IDS) expect(LAYER_REGISTRY[id].id).toBe(id);
    expect(LAYER_ENTRIES.map((e) => e.id)).toEqual([...LAYER_IDS]);
  });

  it('names every entry in both languages', () => {
    for (const entry of LAYER_ENTRIES) {
      expect(catalogue.en[entry.nameKey]).toBeTruthy();
      expect(catalogue.zh[entry.nameKey]).toBeTruthy();
    }
  });

  it('puts the featured districts, the talent infrastructure and the context in their groups', () => {
    const group = (g: string) => LAYER_ENTRIES.filter((e) => e.group === g).map((e) => e.id);
    expect(group('featured')).toEqual(['pudong', 'xuhui', 'changning']);
    expect(group('theme')).toEqual(['hongqiao-cbd', 'zhangjiang', 'talent-apartments', 'service-centres']);
    expect(group('context')).toEqual(['districts', 'universities']);
  });

  it('gives every map layer a unique, stable <dataset>-<role> id that names its source', () => {
    const layers = [...geographyLayers(LIGHT), ...basemapLayers(LIGHT), ...districtLabelLayers('en', LIGHT), ...LAYER_ENTRIES.flatMap((e) => e.mapLayers('en', LIGHT))].filter(
      (l) => l.type !== 'background',
    );
    const ids = layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sources = Object.values(SOURCE_IDS);
    for (const l of layers) {
      expect(l.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      const source = 'source' in l ? l.source : undefined;
      expect(sources).toContain(source);
      expect(l.id.startsWith(`${source}-`)).toBe(true);
    }
    // The same ids in the other language: only the label text changes.
    expect(LAYER_ENTRIES.flatMap((e) => e.mapLayers('zh', LIGHT)).map((l) => l.id)).toEqual(
      LAYER_ENTRIES.flatMap((e) => e.mapLayers('en', LIGHT)).map((l) => l.id),
    );
    // And in the other flavour: only the colours change.
    expect(LAYER_ENTRIES.flatMap((e) => e.mapLayers('en', DARK)).map((l) => l.id)).toEqual(
      LAYER_ENTRIES.flatMap((e) => e.mapLayers('en', LIGHT)).map((l) => l.id),
    );
  });

  it('lists only its own map layers as interactive', () => {
    for (const entry of LAYER_ENTRIES) {
      const own = entry.mapLayers('en', LIGHT).map((l) => l.id);
      expect(entry.interactiveLayerIds.length).toBeGreaterThan(0);
      for (const id of entry.interactiveLayerIds) expect(own).toContain(id);
    }
    expect(new Set(INTERACTIVE_LAYER_IDS).size).toBe(INTERACTIVE_LAYER_IDS.length);
  });

  it.each(FLAVOURS)('draws legend swatches in colours the layers actually paint (%s)', (flavour) => {
    for (const entry of LAYER_ENTRIES) {
      const painted = paintColours(entry.mapLayers('en', { flavour }));
      for (const swatch of entry.legend(PALETTES[flavour])) {
        expect(painted, `${entry.id} legend colour ${swatch.colour}`).toContain(swatch.colour.toLowerCase());
        if (swatch.kind === 'point') expect(painted, `${entry.id} edge`).toContain(swatch.edge.toLowerCase());
      }
    }
  });

  it('paints the two flavours differently, each from its own column', () => {
    for (const entry of LAYER_ENTRIES) {
      const light = paintColours(entry.mapLayers('en', LIGHT));
      const dark = paintColours(entry.mapLayers('en', DARK));
      expect(dark, entry.id).not.toEqual(light);
    }
  });

  it('filters each featured district on the layer id its data names', () => {
    for (const id of ['pudong', 'xuhui', 'changning'] as const) {
      const layers = LAYER_REGISTRY[id].mapLayers('en', LIGHT);
      for (const l of layers) expect('filter' in l && l.filter).toEqual(['==', ['get', 'featured_layer'], id]);
    }
  });

  it.each(FLAVOURS)('gives each featured district its own colour (%s)', (flavour) => {
    expect(new Set(Object.values(PALETTES[flavour].featured)).size).toBe(3);
  });

  it.each(FLAVOURS)('keeps lines and markers at 3:1 contrast or better against the land (%s)', (flavour) => {
    const { land } = PALETTES[flavour].basemap;
    for (const entry of LAYER_ENTRIES) {
      for (const swatch of entry.legend(PALETTES[flavour])) {
        if (swatch.kind === 'halo') continue;
        const best = swatch.kind === 'point' ? Math.max(contrast(swatch.colour, land), contrast(swatch.edge, land)) : contrast(swatch.colour, land);
        expect(best, `${entry.id} ${swatch.colour}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it.each(FLAVOURS)('keeps label text at 4.5:1 against its halo and the land, and borders visible (%s)', (flavour) => {
    const { basemap, proximity } = PALETTES[flavour];
    for (const text of [basemap.labelText, basemap.selectedText, proximity.ring]) {
      expect(contrast(text, basemap.labelHalo), text).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, basemap.land), text).toBeGreaterThanOrEqual(4.5);
    }
    // Area names are written in their area's colour on the same halo.
    for (const colour of Object.values(PALETTES[flavour].areaText)) expect(contrast(colour, basemap.labelHalo), colour).toBeGreaterThanOrEqual(4.5);
    // The sea, the land and the neighbours' land stay apart.
    expect(contrast(basemap.land, basemap.water)).toBeGreaterThanOrEqual(1.2);
    expect(contrast(basemap.boundary, basemap.land)).toBeGreaterThanOrEqual(flavour === 'dark' ? 2 : 1.4);
  });

  it('switches visibility through layout.visibility only', () => {
    const entry = LAYER_REGISTRY['service-centres'];
    const shown = entryLayers(entry, 'en', ['service-centres'], LIGHT);
    const hidden = entryLayers(entry, 'en', ['pudong'], LIGHT);
    expect(shown.map((l) => l.layout?.visibility)).toEqual(shown.map(() => 'visible'));
    expect(hidden.map((l) => l.layout?.visibility)).toEqual(hidden.map(() => 'none'));
    // Same layers, same filters, same paint: nothing but visibility differs.
    expect(hidden.map((l) => ({ ...l, layout: { ...l.layout, visibility: 'visible' } }))).toEqual(shown);
  });

  it('draws approximate sites with an uncertainty halo under the point, in the same entry', () => {
    for (const entry of LAYER_ENTRIES.filter((e) => e.siteLayer)) {
      const ids = entry.mapLayers('en', LIGHT).map((l) => l.id);
      const halo = ids.indexOf(`site-halos-${entry.siteLayer}-fill`);
      const point = ids.indexOf(`sites-${entry.siteLayer}-points`);
      expect(halo).toBeGreaterThanOrEqual(0);
      expect(point).toBeGreaterThan(halo);
    }
  });

  it('shows in the legend only the kinds of site the data draws', () => {
    const sites: Site[] = structuredClone(fixture.sites);
    const legend = legendFor(LAYER_REGISTRY.universities, sites, 'light');
    // The fixture draws one exact university; its research institute has no location.
    expect(legend.map((s) => (s.kind === 'point' ? s.category : s.kind))).toEqual(['university']);
    const service = legendFor(LAYER_REGISTRY['service-centres'], sites, 'light');
    expect(service.map((s) => (s.kind === 'point' ? s.category : s.kind))).toEqual(['service-centre', 'halo']);
    // Before the sites load, the declared legend is shown.
    expect(legendFor(LAYER_REGISTRY['service-centres'], undefined, 'dark')).toEqual(LAYER_REGISTRY['service-centres'].legend(PALETTES.dark));
  });

  it('keeps the three service-centre kinds apart in the legend by shape', () => {
    const legend = LAYER_REGISTRY['service-centres'].legend(PALETTES.light).filter((s) => s.kind === 'point');
    expect(legend.map((s) => s.kind === 'point' && s.category)).toEqual(['service-centre', 'exit-entry', 'hr-park']);
    expect(new Set(legend.map((s) => s.kind === 'point' && s.shape)).size).toBe(3);
  });
});
