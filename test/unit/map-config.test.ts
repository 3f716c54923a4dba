import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EMPTY_MAP_CONFIG, isBareOrigin, parseMapConfig } from '../../src/lib/map-config';

describe('map-config.json', () => {
  it('ships with nothing configured, so a fresh deployment offers the built-in basemap and OpenStreetMap only', () => {
    const { config, error } = parseMapConfig(JSON.parse(readFileSync('public/map-config.json', 'utf8')));
    expect(error).toBeNull();
    expect(config.tianditu?.key ?? '').toBe('');
    expect(config.amap?.enabled ?? false).toBe(false);
    expect(config.customStyle?.url ?? '').toBe('');
  });

  it('reads a full configuration', () => {
    const json = {
      version: 1,
      tianditu: { key: 'abc123' },
      amap: { enabled: true },
      customStyle: { url: 'styles/city.json', attribution: '© OSM', name: { en: 'City map', zh: '城市地图' }, origins: ['https://tiles.example.org'], datum: 'GCJ-02' },
    };
    expect(parseMapConfig(json)).toEqual({ config: json, error: null });
  });

  it('treats no file as nothing configured, without an error', () => {
    expect(parseMapConfig(null)).toEqual({ config: EMPTY_MAP_CONFIG, error: null });
  });

  it.each([
    ['a wrong version', { version: 2 }, 'version'],
    ['an unknown key', { version: 1, bing: {} }, '(root)'],
    ['a key that could break out of its URL', { version: 1, tianditu: { key: 'abc&callback=x' } }, 'tianditu.key'],
    ['a style address with another scheme', { version: 1, customStyle: { url: 'javascript:alert(1)', attribution: '' } }, 'customStyle.url'],
    ['a protocol-relative style address', { version: 1, customStyle: { url: '//evil.example/style.json', attribution: '' } }, 'customStyle.url'],
    ['an origin with a path', { version: 1, customStyle: { url: 'a.json', attribution: '', origins: ['https://a.example/tiles'] } }, 'customStyle.origins.0'],
    ['a credit with a bidi control', { version: 1, customStyle: { url: 'a.json', attribution: 'OSM\u202e' } }, 'customStyle.attribution'],
  ])('ignores a file with %s, naming the field', (_what, json, field) => {
    const { config, error } = parseMapConfig(json);
    expect(config).toEqual(EMPTY_MAP_CONFIG);
    expect(error).toContain(field);
  });

  it('accepts bare origins only', () => {
    expect(isBareOrigin('https://tiles.example.org')).toBe(true);
    expect(isBareOrigin('http://127.0.0.1:8080')).toBe(true);
    expect(isBareOrigin('https://tiles.example.org/')).toBe(false);
    expect(isBareOrigin('ftp://tiles.example.org')).toBe(false);
  });
});
