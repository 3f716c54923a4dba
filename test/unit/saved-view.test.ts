import { describe, expect, it } from 'vitest';
import { savedViewSearch } from '../../src/lib/saved-view';
import { decodeUrlState } from '../../src/lib/url-state';
import { registerMetric, unregisterMetric } from '../../src/lib/metric-registry';

const SAVED = '?lang=en&sel=district:310105&layers=pudong,districts&metric=density&map=12.00/31.2200/121.4500&basemap=osm&choro=quantile:4&cover=1';

function view(own: string, mode: 'embed' | 'explore' = 'embed') {
  return decodeUrlState(savedViewSearch(SAVED, own, mode));
}

describe('a saved map’s view, merged with the address that opened it', () => {
  it('keeps the page’s mode, whatever the file says', () => {
    expect(view('?mode=embed').mode).toBe('embed');
    expect(decodeUrlState(savedViewSearch('?mode=explore&lang=zh', '?mode=embed', 'embed')).mode).toBe('embed');
    expect(decodeUrlState(savedViewSearch('?mode=embed', '', 'explore')).mode).toBe('explore');
    expect(decodeUrlState(savedViewSearch('?mode=present&chapter=3', '', 'explore')).mode).toBe('explore');
  });

  it('takes camera, metric, selection, layers, basemap and the analysis tools from the file when the address is silent', () => {
    const v = view('?mode=embed&theme=dark&title=Portal');
    expect(v.lang).toBe('en');
    expect(v.selection).toEqual({ kind: 'district', id: '310105' });
    expect(v.layers).toEqual(['pudong', 'districts']);
    expect(v.metric).toBe('density');
    expect(v.camera).toMatchObject({ zoom: 12, lat: 31.22, lng: 121.45 });
    expect(v.basemap).toBe('osm');
    expect(v.analysis.choropleth).toEqual({ method: 'quantile', classes: 4 });
    expect(v.analysis.reachOn).toBe(true);
  });

  it('lets every parameter the address gives win over the file’s', () => {
    const v = view('?mode=embed&lang=zh&metric=population&sel=district:310115&map=10.00/31.1000/121.5000&basemap=builtin&layers=xuhui');
    expect(v.lang).toBe('zh');
    expect(v.metric).toBe('population');
    expect(v.selection).toEqual({ kind: 'district', id: '310115' });
    expect(v.camera).toMatchObject({ zoom: 10, lat: 31.1, lng: 121.5 });
    expect(v.basemap).toBe('builtin');
    expect(v.layers).toEqual(['xuhui']);
    // Not given by the address: still the file's.
    expect(v.analysis.choropleth).toEqual({ method: 'quantile', classes: 4 });
  });

  it('counts an empty parameter in the address as the host’s choice (the default)', () => {
    expect(view('?mode=embed&sel=').selection).toBeNull();
  });

  it('ignores the file’s presenter and embed-only parameters', () => {
    const out = new URLSearchParams(savedViewSearch('?chapter=4&autoplay=20&theme=dark&title=Evil&desc=x&charts=1&interactive=0', '?mode=embed', 'embed'));
    for (const key of ['chapter', 'autoplay', 'theme', 'title', 'desc', 'charts', 'interactive']) expect(out.has(key)).toBe(false);
  });

  it('keeps only parameters of the URL table (a file cannot smuggle another data link)', () => {
    const out = new URLSearchParams(savedViewSearch('?data=https://evil.example/x.stmap&foo=1&lang=zh', '?mode=embed&data=a.stmap', 'embed'));
    expect(out.has('data')).toBe(false);
    expect(out.has('foo')).toBe(false);
    expect(out.get('lang')).toBe('zh');
  });

  it('a bad value still falls back to its default when decoded, parameter by parameter', () => {
    const v = decodeUrlState(savedViewSearch('?lang=xx&map=99/999/999&metric=density', '', 'explore'));
    expect(v.lang).toBe('en');
    expect(v.camera).toBeNull();
    expect(v.metric).toBe('density');
  });

  it('an imported metric in the file is kept once its dataset is registered', () => {
    registerMetric({ id: 'imp-t-0', unit: 'desks', kind: 'imported', fractionDigits: 0, needs: [], choropleth: true, labels: { en: 'Desks' }, provenance: { source: null, date: null }, row: (code) => ({ code, value: null, unit: 'desks', qualifier: null, basis: [] }) });
    try {
      expect(decodeUrlState(savedViewSearch('?metric=imp-t-0', '?mode=embed', 'embed')).metric).toBe('imp-t-0');
    } finally {
      unregisterMetric('imp-t-0');
    }
  });
});
