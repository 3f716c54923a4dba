import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANALYSIS,
  DEFAULT_LAYERS,
  DEFAULT_STATE,
  decodeCamera,
  decodeUrlState,
  encodeCamera,
  encodeUrlState,
  type UrlState,
} from '../../src/lib/url-state';

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
      analysis: DEFAULT_ANALYSIS,
    };
    const search = encodeUrlState(state);
    expect(search).toBe('?lang=zh&sel=district:310105&layers=pudong,service-centres&metric=density&map=11.00/31.2200/121.4300/30/20');
    expect(decodeUrlState(search)).toEqual(state);
  });

  it('carries the mode and drops an unknown one', () => {
    expect(decodeUrlState('?mode=present').mode).toBe('present');
    expect(decodeUrlState('?mode=admin').mode).toBe('explore');
    expect(encodeUrlState({ ...DEFAULT_STATE, mode: 'embed' })).toBe('?mode=embed');
  });

  it('writes nothing for the default view', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('keeps parameters it does not own', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, lang: 'zh' }, '?chapter=3')).toBe('?chapter=3&lang=zh');
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

  it('treats an explicit empty layer list as "no layers" and unknown-only as broken', () => {
    expect(decodeUrlState('?layers=').layers).toEqual([]);
    expect(decodeUrlState('?layers=nope,also-nope').layers).toEqual(DEFAULT_LAYERS);
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
});
