import { describe, expect, it } from 'vitest';
import { BASEMAP_REGISTRY, ONLINE_TILE_ORIGINS } from '../../src/lib/basemaps';
import { catalogue } from '../../src/i18n/catalogue';
import { LANGS } from '../../src/i18n/languages';

describe('the basemaps registry', () => {
  it.each(BASEMAP_REGISTRY.map((b) => [b.id, b] as const))('names %s and its credits in every language', (_id, b) => {
    for (const lang of LANGS) {
      const messages = catalogue[lang] as Record<string, string>;
      expect(messages[b.labelKey]).toBeTruthy();
      for (const a of b.attribution) expect(messages[a.labelKey]).toBeTruthy();
    }
  });

  it('marks exactly the basemaps with tiles as online', () => {
    for (const b of BASEMAP_REGISTRY) expect(b.online).toBe(b.tiles !== null);
  });

  it('lets the security policy allow the tile hosts of every online basemap and no other', () => {
    expect(ONLINE_TILE_ORIGINS).toEqual(['https://tile.openstreetmap.org']);
  });

  it('keeps a built-in basemap that needs no network', () => {
    expect(BASEMAP_REGISTRY.some((b) => !b.online)).toBe(true);
  });
});
