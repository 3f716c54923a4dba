// The printed page's legend rows come from the same declarations as the legend on the map: the
// registry's swatches in the map's flavour, the choropleth's words from the one classification
// (with its unit, date and "no data"), the reach style and the proximity palette.
import { describe, expect, it } from 'vitest';
import { legendRows, type LegendState } from '../../src/features/map/legend-model';
import { LAYER_REGISTRY, legendFor } from '../../src/features/map/layers';
import { choroplethLegendText } from '../../src/features/map/choropleth-classes';
import { REACH_STYLE } from '../../src/features/map/proximity-overlay';
import { PALETTES } from '../../src/features/map/palette';
import { classify, NO_DATA_COLOUR } from '../../src/lib/classify';
import { translate } from '../../src/i18n/i18n';
import type { Lang } from '../../src/lib/vocabulary';
import * as fixture from '../fixtures/app-data';

const state = (lang: Lang, over: Partial<LegendState> = {}): LegendState => ({
  lang,
  t: (key, vars) => translate(lang, key, vars),
  flavour: 'light',
  visible: ['pudong', 'service-centres'],
  sites: fixture.sites,
  runtime: [],
  choropleth: null,
  reach: { on: false, km: 3 },
  proximity: { on: false, rings: [1, 3, 5] },
  ...over,
});

describe('legendRows', () => {
  it('lists each visible layer with the swatches the registry declares for the map’s flavour', () => {
    for (const flavour of ['light', 'dark'] as const) {
      const rows = legendRows(state('en', { flavour }));
      const pudong = rows.find((r) => r.text === 'Pudong')!;
      expect(pudong.swatch).toEqual(legendFor(LAYER_REGISTRY.pudong, fixture.sites, flavour).find((s) => !s.labelKey));
      const declared = legendFor(LAYER_REGISTRY['service-centres'], fixture.sites, flavour).filter((s) => s.labelKey);
      expect(rows.filter((r) => r.indent).map((r) => r.swatch)).toEqual(declared);
    }
  });

  it('gives the choropleth its title with unit, its date, its classes and "no data"', () => {
    const c = classify(
      [
        { code: '310101', value: 1000 },
        { code: '310104', value: 5000 },
        { code: '310105', value: null },
      ],
      'equal',
      2,
    );
    const legend = choroplethLegendText(c, 'density', null, 'zh', (key, vars) => translate('zh', key, vars));
    const rows = legendRows(state('zh', { choropleth: legend }));
    expect(rows[0]).toEqual({ kind: 'heading', text: legend.title });
    expect(rows[0]!.text).toMatch(/（.+）/u);
    const noData = rows.find((r) => r.text === '无数据')!;
    expect(noData.swatch).toEqual({ kind: 'fill', colour: NO_DATA_COLOUR, noData: true });
    expect(rows.filter((r) => r.swatch?.kind === 'fill')).toHaveLength(legend.rows.length);
  });

  it('shows the reach area with its unit and the proximity rings in the overlay’s colours', () => {
    const rows = legendRows(state('en', { visible: [], reach: { on: true, km: 3 }, proximity: { on: true, rings: [1, 3] } }));
    const reach = rows.find((r) => r.text.startsWith('Within 3 km'))!;
    expect(reach.swatch).toMatchObject({ colour: REACH_STYLE.fill, fillOpacity: REACH_STYLE.fillOpacity });
    expect(rows.some((r) => r.text.includes('%'))).toBe(true);
    const rings = rows.find((r) => r.swatch?.kind === 'rings')!;
    expect(rings.swatch).toEqual({ kind: 'rings', ring: PALETTES.light.proximity.ring, origin: PALETTES.light.proximity.origin });
    expect(rings.text).toContain('1 km, 3 km');
  });

  it('says so when nothing is shown', () => {
    expect(legendRows(state('en', { visible: [] }))).toEqual([{ kind: 'note', text: 'No layer is shown.' }]);
  });
});
