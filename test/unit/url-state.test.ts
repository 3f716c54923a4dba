import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS, DEFAULT_LAYERS, DEFAULT_STATE, decodeAutoplay, decodeCamera, decodeChapter, decodeUrlState, encodeCamera, encodeUrlState } from '../../src/lib/url-state';
import { type UrlState } from '../../src/lib/vocabulary';

describe('url-state codec', () => {
  it('decodes an empty query to the defaults', () => {
    expect(decodeUrlState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips a full view', () => {
    const state: UrlState = {
      mode: 'explore',
      lang: 'zh',
      selection: { kind: 'district', id: '310105' },
      layers: ['pudong', 'service-centres'],
      metric: 'density',
      camera: { zoom: 11, lat: 31.22, lng: 121.43, bearing: 30, pitch: 20 },
      chapter: 1,
      part: 1,
      tour: null,
      autoplay: null,
      basemap: 'builtin',
      flavour: 'dark',
      analysis: DEFAULT_ANALYSIS,
    };
    const search = encodeUrlState(state);
    expect(search).toBe('?lang=zh&sel=district:310105&layers=pudong,service-centres&metric=density&map=11.00/31.2200/121.4300/30/20&flavour=dark');
    expect(decodeUrlState(search)).toEqual(state);
  });

  it('carries the flavour, and falls back to auto on a value it does not know', () => {
    expect(decodeUrlState('?flavour=dark').flavour).toBe('dark');
    expect(decodeUrlState('?flavour=sepia&lang=zh')).toEqual({ ...DEFAULT_STATE, lang: 'zh' });
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'present', flavour: 'light' })).toBe('?mode=present&flavour=light');
  });

  it('carries the mode', () => {
    expect(decodeUrlState('?mode=present').mode).toBe('present');
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'embed' })).toBe('?mode=embed');
  });

  it('drops an unknown mode', () => {
    expect(decodeUrlState('?mode=admin').mode).toBe('explore');
  });

  it('writes nothing for the default view', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('keeps parameters it does not own', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, lang: 'zh' }, '?embed-id=3')).toBe('?embed-id=3&lang=zh');
  });

  it('falls back per parameter, keeping the good ones', () => {
    const s = decodeUrlState('?lang=xx&sel=district:310105&layers=%%%&metric=../../&map=NaN/abc');
    expect(s.lang).toBe('en');
    expect(s.selection).toEqual({ kind: 'district', id: '310105' });
    expect(s.layers).toEqual(DEFAULT_LAYERS);
    expect(s.metric).toBe('population');
    expect(s.camera).toBeNull();
  });

  it('rejects hostile selection ids', () => {
    expect(decodeUrlState('?sel=site:<script>alert(1)</script>').selection).toBeNull();
    expect(decodeUrlState('?sel=planet:earth').selection).toBeNull();
    expect(decodeUrlState('?sel=district').selection).toBeNull();
    expect(decodeUrlState(`?sel=site:${'a'.repeat(600)}`).selection).toBeNull();
  });

  it('treats an explicit empty layer list as "no layers"', () => {
    expect(decodeUrlState('?layers=').layers).toEqual([]);
  });

  it('treats a layer list of unknown ids only as broken', () => {
    expect(decodeUrlState('?layers=nope,also-nope').layers).toEqual(DEFAULT_LAYERS);
  });

  it('keeps the known layers of a list that also names unknown ones', () => {
    expect(decodeUrlState('?layers=nope,xuhui').layers).toEqual(['xuhui']);
  });

  it('rejects cameras outside Shanghai or out of range', () => {
    expect(decodeCamera('10/48.85/2.35')).toBeNull(); // Paris
    expect(decodeCamera('30/31.2/121.4')).toBeNull();
    expect(decodeCamera('10/31.2/121.4/0/90')).toBeNull();
    expect(decodeCamera('10//121.4')).toBeNull();
    expect(decodeCamera('10/31.2/121.4/1/2/3')).toBeNull();
    expect(decodeCamera('10/31.2/121.4/-90')).toEqual({ zoom: 10, lat: 31.2, lng: 121.4, bearing: 270, pitch: 0 });
  });

  it('rounds coordinates more when zoomed out', () => {
    expect(encodeCamera({ zoom: 3, lat: 31.123456, lng: 121.123456, bearing: 0, pitch: 0 })).toBe('3.00/31.12/121.12');
    expect(encodeCamera({ zoom: 15, lat: 31.123456, lng: 121.123456, bearing: 0, pitch: 0 })).toBe('15.00/31.12346/121.12346');
  });

  it('reads the tour chapter, 1-based', () => {
    expect(decodeUrlState('?mode=present&chapter=5').chapter).toBe(5);
  });

  it('falls back to chapter 1 when the chapter is malformed or absent', () => {
    for (const bad of ['0', '-1', '2.5', 'five', '', '1e2', '05x', '1000', ' 3']) {
      expect(decodeUrlState(`?chapter=${encodeURIComponent(bad)}`).chapter, bad).toBe(1);
    }
    expect(decodeChapter(null)).toBe(1);
  });

  it('writes the tour chapter in the presenter’s link', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'present', chapter: 4 })).toBe('?mode=present&chapter=4');
  });

  it('keeps the part of a long chapter in the presenter’s link, and reads it back', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'present', chapter: 9, part: 2 })).toBe('?mode=present&chapter=9&part=2');
    expect(decodeUrlState('?mode=present&chapter=9&part=2').part).toBe(2);
    // The dashboard's links never carry it.
    expect(encodeUrlState({ ...DEFAULT_STATE, chapter: 9, part: 2 })).toBe('');
  });

  it('opens part 1 when the part is malformed or out of range', () => {
    for (const bad of ['0', '-1', '2.5', 'two', '', '1001', '99999']) {
      expect(decodeUrlState(`?mode=present&part=${encodeURIComponent(bad)}`).part, bad).toBe(1);
    }
  });

  it('does not write chapter 1, the default', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'present', chapter: 1 }, '?mode=present&chapter=3')).toBe('?mode=present');
  });

  it('leaves presenter state out of the dashboard’s links', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, chapter: 4, autoplay: 10 }, '?mode=present&chapter=3&autoplay=10')).toBe('');
  });

  it('reads the autoplay interval in seconds', () => {
    expect(decodeUrlState('?autoplay=20').autoplay).toBe(20);
  });

  it('means no autoplay when the interval is absent or unusable', () => {
    expect(decodeUrlState('').autoplay).toBeNull();
    for (const bad of ['0', '1', '-5', 'fast', '', '3.5', '99999']) {
      expect(decodeAutoplay(bad), bad).toBeNull();
    }
  });

  it('carries a saved tour in the presenter’s and the builder’s links, never the dashboard’s', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'present', tour: 't-abc123' })).toBe('?mode=present&tour=t-abc123');
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'build', tour: 't-abc123' })).toBe('?mode=build&tour=t-abc123');
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'explore', tour: 't-abc123' })).toBe('');
    expect(decodeUrlState('?mode=present&tour=t-abc123').tour).toBe('t-abc123');
    // Not an id: the built-in tour.
    expect(decodeUrlState('?mode=present&tour=<script>').tour).toBeNull();
    expect(decodeUrlState('?mode=presenter-view').mode).toBe('presenter-view');
  });

  it('writes the autoplay interval in the presenter’s link', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'present', autoplay: 15 })).toBe('?mode=present&autoplay=15');
  });

  it('round-trips a presenter link with its chapter, autoplay and language', () => {
    const round = decodeUrlState('?mode=present&chapter=7&autoplay=30&lang=zh');
    expect(round).toMatchObject({ mode: 'present', chapter: 7, autoplay: 30, lang: 'zh' });
    expect(decodeUrlState(encodeUrlState(round))).toEqual(round);
  });

  it('carries an opt-in online basemap', () => {
    expect(decodeUrlState('?basemap=osm').basemap).toBe('osm');
    expect(encodeUrlState({ ...DEFAULT_STATE, basemap: 'osm' })).toBe('?basemap=osm');
  });

  it('ignores an unknown basemap', () => {
    expect(decodeUrlState('?basemap=satellite').basemap).toBe('builtin');
  });

  it('keeps the built-in basemap as the default, not written in the link', () => {
    expect(decodeUrlState('').basemap).toBe('builtin');
    expect(encodeUrlState({ ...DEFAULT_STATE, basemap: 'builtin' }, '?basemap=osm')).toBe('');
  });
});
