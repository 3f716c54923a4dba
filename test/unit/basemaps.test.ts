import { describe, expect, it } from 'vitest';
import { BASEMAP_REGISTRY, availableBasemaps, basemapCredits, basemapDef, basemapOrigins, onlineOrigins } from '../../src/lib/basemaps';
import { EMPTY_MAP_CONFIG, parseMapConfig, type MapConfig } from '../../src/lib/map-config';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { catalogue } from '../../src/i18n/catalogue';
import { LANGS } from '../../src/i18n/languages';

const KEY = '0123456789abcdef0123456789abcdef';
const FULL: MapConfig = {
  version: 1,
  tianditu: { key: KEY },
  amap: { enabled: true },
  customStyle: {
    url: 'https://maps.example.org/shanghai/style.json',
    attribution: '© OpenStreetMap contributors',
    origins: ['https://tiles.example.org'],
  },
};

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `))!.split(' ').slice(1);

describe('the basemaps registry', () => {
  it.each(BASEMAP_REGISTRY.map((b) => [b.id, b] as const))('names %s and its credits in every language', (_id, b) => {
    for (const lang of LANGS) {
      const messages = catalogue[lang] as Record<string, string>;
      expect(messages[b.labelKey]).toBeTruthy();
      expect(messages[b.shortKey]).toBeTruthy();
      for (const a of b.attribution) if ('labelKey' in a) expect(messages[a.labelKey]).toBeTruthy();
    }
  });

  it('marks exactly the basemaps that draw something over the built-in land as online', () => {
    for (const b of BASEMAP_REGISTRY) expect(b.online).toBe(b.drawing(FULL, 'en') !== null);
  });

  it('offers only what the deployment configured: built-in and OpenStreetMap always, the others with their key or address', () => {
    expect(availableBasemaps(EMPTY_MAP_CONFIG).map((b) => b.id)).toEqual(['builtin', 'osm']);
    expect(availableBasemaps({ version: 1, tianditu: { key: '' }, amap: { enabled: false }, customStyle: { url: '', attribution: '' } }).map((b) => b.id)).toEqual(['builtin', 'osm']);
    expect(availableBasemaps(FULL).map((b) => b.id)).toEqual(['builtin', 'osm', 'tianditu', 'amap', 'custom']);
  });

  it('asks Tianditu for its web-mercator vector map and the label layer of the reader’s language, with the key', () => {
    const en = basemapDef('tianditu').drawing(FULL, 'en');
    const zh = basemapDef('tianditu').drawing(FULL, 'zh');
    if (en?.kind !== 'raster' || zh?.kind !== 'raster') throw new Error('raster expected');
    expect(en.layers).toHaveLength(2);
    expect(en.layers[0]!.tiles).toHaveLength(8);
    expect(en.layers[0]!.tiles[3]).toBe(
      `https://t3.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${KEY}`,
    );
    expect(en.layers[1]!.tiles.every((u) => u.includes('/eva_w/wmts?') && u.includes('LAYER=eva'))).toBe(true);
    expect(zh.layers[1]!.tiles.every((u) => u.includes('/cva_w/wmts?') && u.includes('LAYER=cva'))).toBe(true);
  });

  it('draws AMap in GCJ-02 and the others in WGS84 (a custom style says its own)', () => {
    expect(basemapDef('amap').datum(FULL)).toBe('GCJ-02');
    expect(basemapDef('tianditu').datum(FULL)).toBe('WGS84');
    expect(basemapDef('custom').datum(FULL)).toBe('WGS84');
    expect(basemapDef('custom').datum({ ...FULL, customStyle: { ...FULL.customStyle!, datum: 'GCJ-02' } })).toBe('GCJ-02');
  });

  it('credits a custom style with the deployment’s own text', () => {
    expect(basemapCredits(basemapDef('custom'), FULL)).toEqual([{ text: '© OpenStreetMap contributors', url: undefined }]);
    expect(basemapCredits(basemapDef('osm'), FULL)).toEqual(basemapDef('osm').attribution);
  });

  it('lists every host a configured basemap may ask, and none for one not configured', () => {
    expect(basemapOrigins(basemapDef('tianditu'), FULL)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((s) => `https://t${s}.tianditu.gov.cn`));
    expect(basemapOrigins(basemapDef('amap'), FULL)).toEqual([1, 2, 3, 4].map((s) => `https://webrd0${s}.is.autonavi.com`));
    expect(basemapOrigins(basemapDef('custom'), FULL)).toEqual(['https://maps.example.org', 'https://tiles.example.org']);
    // A style on this site needs no host of its own.
    expect(basemapOrigins(basemapDef('custom'), { version: 1, customStyle: { url: 'styles/city.json', attribution: '' } })).toEqual([]);
    expect(basemapOrigins(basemapDef('tianditu'), EMPTY_MAP_CONFIG)).toEqual([]);
    expect(basemapOrigins(basemapDef('builtin'), FULL)).toEqual([]);
  });
});

describe('the Content-Security-Policy from the deployment’s configuration', () => {
  it('allows OpenStreetMap alone when nothing else is configured', () => {
    const policy = contentSecurityPolicy(onlineOrigins(EMPTY_MAP_CONFIG));
    expect(directive(policy, 'img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org']);
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'https://tile.openstreetmap.org']);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
  });

  it('allows exactly the configured providers’ hosts for images and connections', () => {
    const policy = contentSecurityPolicy(onlineOrigins(FULL));
    const hosts = [
      'https://tile.openstreetmap.org',
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((s) => `https://t${s}.tianditu.gov.cn`),
      ...[1, 2, 3, 4].map((s) => `https://webrd0${s}.is.autonavi.com`),
      'https://maps.example.org',
      'https://tiles.example.org',
    ];
    expect(directive(policy, 'img-src').slice(3)).toEqual(hosts);
    expect(directive(policy, 'connect-src').slice(1)).toEqual(hosts);
    // Scripts stay this site's only, whatever is configured.
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
  });

  it('follows the file: only Tianditu configured adds only its hosts', () => {
    const { config } = parseMapConfig({ version: 1, tianditu: { key: KEY } });
    expect(onlineOrigins(config)).toEqual(['https://tile.openstreetmap.org', ...[0, 1, 2, 3, 4, 5, 6, 7].map((s) => `https://t${s}.tianditu.gov.cn`)]);
  });
});
