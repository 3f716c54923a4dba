// The camera the map writes to the store is the camera the URL gives back.
import { describe, expect, it } from 'vitest';
import { decodeCamera, encodeCamera } from '../../src/lib/url-state';
import { roundCamera, sameCamera } from '../../src/features/map/camera';

describe('map camera rounding', () => {
  it('survives a trip through the URL unchanged', () => {
    for (const c of [
      { lng: 121.473567891, lat: 31.230416123, zoom: 9.87654, bearing: 0, pitch: 0 },
      { lng: 121.5, lat: 31.1, zoom: 14.321, bearing: -12.34, pitch: 0 },
      { lng: 121.4, lat: 31.2, zoom: 3.1, bearing: 359.96, pitch: 0 },
    ]) {
      const rounded = roundCamera(c);
      const back = decodeCamera(encodeCamera(rounded));
      expect(back).not.toBeNull();
      expect(sameCamera(back!, rounded)).toBe(true);
      expect(encodeCamera(roundCamera(rounded))).toBe(encodeCamera(rounded));
    }
  });

  it('treats views that round to the same link as the same view', () => {
    const a = { lng: 121.4735678, lat: 31.2304161, zoom: 11.004, bearing: 0, pitch: 0 };
    expect(sameCamera(a, { ...a, lng: a.lng + 1e-7 })).toBe(true);
    expect(sameCamera(a, { ...a, zoom: 11.5 })).toBe(false);
  });

  it('keeps bearings in [0, 360)', () => {
    expect(roundCamera({ lng: 121, lat: 31, zoom: 10, bearing: -90, pitch: 0 }).bearing).toBe(270);
    expect(roundCamera({ lng: 121, lat: 31, zoom: 10, bearing: 359.98, pitch: 0 }).bearing % 360).toBe(0);
  });
});
