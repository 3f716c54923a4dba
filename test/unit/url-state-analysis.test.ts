// The analysis parameters of the one URL codec: each decodes on its own, a bad one falls back to
// its default, and the rest of the link still applies.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS, DEFAULT_STATE, decodeUrlState, encodeUrlState } from '../../src/lib/url-state';
import { type UrlState } from '../../src/lib/vocabulary';

const withAnalysis = (analysis: Partial<UrlState['analysis']>): UrlState => ({ ...DEFAULT_STATE, analysis: { ...DEFAULT_ANALYSIS, ...analysis } });

describe('analysis URL parameters', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('round-trips the choropleth, custom breaks, reach, rings, a site origin and a year', () => {
    const state = withAnalysis({
      choropleth: { method: 'jenks', classes: 5 },
      breaks: [100, 250.5, 1000],
      reachKm: 2.5,
      rings: [2, 4],
      origin: { kind: 'site', id: 'xuhui-westbund-apartments' },
      year: 2016,
      compare: ['310104', '310105'],
      inView: true,
    });
    const search = encodeUrlState(state);
    expect(search).toBe('?choro=jenks:5&breaks=100,250.5,1000&reach=2.5&rings=2,4&from=site:xuhui-westbund-apartments&year=2016&cmp=310104,310105&inview=1');
    expect(decodeUrlState(search)).toEqual(state);
  });

  it('round-trips a point origin at five decimals', () => {
    const state = withAnalysis({ origin: { kind: 'point', lng: 121.47, lat: 31.23 } });
    expect(encodeUrlState(state)).toBe('?from=pt:121.47000,31.23000');
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });

  it.each([
    ['choro=kmeans:5', 'choropleth', null],
    ['choro=jenks:9', 'choropleth', null],
    ['choro=jenks:2', 'choropleth', null],
    ['breaks=3,2,1', 'breaks', null],
    ['breaks=1,,2', 'breaks', null],
    ['breaks=1', 'breaks', null],
    ['breaks=1,2,3,4,5,6,7', 'breaks', null],
    ['reach=-1', 'reachKm', 3],
    ['reach=abc', 'reachKm', 3],
    ['reach=', 'reachKm', 3],
    ['rings=1,x', 'rings', [1, 3, 5]],
    ['rings=1,2,3,4,5,6', 'rings', [1, 3, 5]],
    ['from=pt:0,0', 'origin', null],
    ['from=site:<script>', 'origin', null],
    ['from=pt:121.4', 'origin', null],
    ['year=16', 'year', null],
    ['year=3000', 'year', null],
    ['year=2016.5', 'year', null],
    ['cmp=310104', 'compare', null],
    ['inview=yes', 'inView', false],
    ['cmp=310104,999999', 'compare', null],
    ['cmp=310104,310105,310101', 'compare', null],
  ] as const)('%s falls back to the default, the rest of the link still applies', (bad, key, expected) => {
    const s = decodeUrlState(`?${bad}&metric=density&lang=zh`);
    expect(s.analysis[key]).toEqual(expected);
    expect(s.metric).toBe('density');
    expect(s.lang).toBe('zh');
  });

  it('writes no half-chosen comparison', () => {
    expect(encodeUrlState(withAnalysis({ compare: ['310104', ''] }))).toBe('');
  });

  it('sorts and de-duplicates rings', () => {
    expect(decodeUrlState('?rings=5,1,5').analysis.rings).toEqual([1, 5]);
  });

  it('keeps other parameters already in the URL', () => {
    expect(encodeUrlState(withAnalysis({ year: 2020 }), '?ref=1')).toBe('?ref=1&year=2020');
  });
});
