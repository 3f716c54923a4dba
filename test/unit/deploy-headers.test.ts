import { describe, expect, it } from 'vitest';
import { cacheRuleFor, cspHeader, headersFor, IMMUTABLE, REVALIDATE } from '../../src/lib/deploy-headers';

describe('the deployment header table', () => {
  it('lets hashed files live a year and makes the page, the worker and the runtime configuration revalidate', () => {
    expect(cacheRuleFor('assets/index-Be1NAAqt.js').cacheControl).toBe(IMMUTABLE);
    expect(cacheRuleFor('assets/inter-latin-500-normal-Cerq10X2.woff2').cacheControl).toBe(IMMUTABLE);
    expect(cacheRuleFor('workbox-12bd46aa.js').cacheControl).toBe(IMMUTABLE);
    for (const p of ['', 'index.html', 'sw.js', 'registerSW.js', 'embed-config.json', 'map-config.json', 'data/facts.json', 'favicon.svg', 'embed-resize.js']) {
      expect(cacheRuleFor(p).cacheControl, p).toBe(REVALIDATE);
    }
  });

  it('treats an extension-less path as the page, with its policy and an HTML type', () => {
    const h = headersFor('some/deep/link', "default-src 'self'");
    expect(h['Content-Type']).toBe('text/html; charset=utf-8');
    expect(h['Content-Security-Policy']).toBe("default-src 'self'");
    expect(headersFor('data/facts.json', 'x')['Content-Security-Policy']).toBeUndefined();
  });

  it('names the types servers get wrong', () => {
    expect(headersFor('data/districts.geojson', '')['Content-Type']).toBe('application/geo+json; charset=utf-8');
    expect(headersFor('tiles/shanghai.pmtiles', '')['Content-Type']).toBe('application/vnd.pmtiles');
    expect(headersFor('manifest.webmanifest', '')['Content-Type']).toBe('application/manifest+json; charset=utf-8');
    expect(headersFor('assets/maplibre-gl-worker-x.mjs', '')['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('adds frame-ancestors for this site and the embed allowlist', () => {
    expect(cspHeader("default-src 'self'", ['https://portal.example'])).toBe("default-src 'self'; frame-ancestors 'self' https://portal.example");
    expect(cspHeader("default-src 'self'", [])).toBe("default-src 'self'; frame-ancestors 'self'");
  });

  it('a leading slash changes nothing', () => {
    expect(headersFor('/assets/a-1.js', '')).toEqual(headersFor('assets/a-1.js', ''));
  });
});
