import { describe, expect, it } from 'vitest';
import { prefixedStyle, resolveStyleUrl } from '../../src/features/map/custom-style';

const BASE = 'https://maps.example.org/shanghai/style.json';

describe('a custom basemap style', () => {
  it('resolves its addresses against the style’s own URL, keeping tile templates and pmtiles://', () => {
    expect(resolveStyleUrl('tiles/{z}/{x}/{y}.png', BASE)).toBe('https://maps.example.org/shanghai/tiles/{z}/{x}/{y}.png');
    expect(resolveStyleUrl('/fonts/{fontstack}/{range}.pbf', BASE)).toBe('https://maps.example.org/fonts/{fontstack}/{range}.pbf');
    expect(resolveStyleUrl('pmtiles://city.pmtiles', BASE)).toBe('pmtiles://https://maps.example.org/shanghai/city.pmtiles');
    expect(resolveStyleUrl('pmtiles://https://cdn.example.org/city.pmtiles', BASE)).toBe('pmtiles://https://cdn.example.org/city.pmtiles');
    expect(resolveStyleUrl('https://cdn.example.org/{z}/{x}/{y}.png', BASE)).toBe('https://cdn.example.org/{z}/{x}/{y}.png');
  });

  it('renames its sources and layers so they can never collide with the app’s, and keeps their order', () => {
    const { sources, layers } = prefixedStyle(
      {
        version: 8,
        sources: { osm: { type: 'vector', url: 'pmtiles://city.pmtiles' }, parks: { type: 'geojson', data: 'parks.geojson' } },
        layers: [
          { id: 'background', type: 'background' },
          { id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' },
          { id: 'parks', type: 'fill', source: 'parks' },
        ],
      },
      BASE,
    );
    expect(sources.map(([id]) => id)).toEqual(['online-basemap:osm', 'online-basemap:parks']);
    expect(sources[0]![1]).toMatchObject({ type: 'vector', url: 'pmtiles://https://maps.example.org/shanghai/city.pmtiles' });
    expect(sources[1]![1]).toMatchObject({ type: 'geojson', data: 'https://maps.example.org/shanghai/parks.geojson' });
    expect(layers.map((l) => l.id)).toEqual(['online-basemap:background', 'online-basemap:water', 'online-basemap:parks']);
    expect(layers[1]).toMatchObject({ source: 'online-basemap:osm', 'source-layer': 'water' });
    expect('source' in layers[0]!).toBe(false);
  });
});
