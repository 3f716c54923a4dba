// A deployment's own MapLibre style as the basemap: its sources and layers are added under the
// app's own (before the 'basemap-tiles' slot marker), renamed with the online-basemap prefix so they
// can never collide with ours and so their tile errors reach the fallback (online-basemap.ts).
// Relative addresses in the style are resolved against the style's own URL, as MapLibre would.
import { useEffect, useRef } from 'react';
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { z } from '../../lib/zod';
import { ONLINE_BASEMAP_SOURCE } from './online-basemap';
import { PMTILES_SCHEME } from './pmtiles-protocol';
import { slotMarkerId } from './slots';

// Only what this code relies on; MapLibre validates each source and layer as it is added.
const styleSchema = z.looseObject({
  version: z.literal(8),
  sources: z.record(z.string(), z.looseObject({ type: z.string() })),
  layers: z.array(z.looseObject({ id: z.string(), type: z.string(), source: z.string().optional() })),
  glyphs: z.string().optional(),
  sprite: z.string().optional(),
});

const PREFIX = `${ONLINE_BASEMAP_SOURCE}:`;

/** An address in the style, made absolute against the style's URL (pmtiles:// keeps its scheme). */
export function resolveStyleUrl(raw: string, base: string): string {
  const pm = `${PMTILES_SCHEME}://`;
  if (raw.startsWith(pm)) return pm + resolveStyleUrl(raw.slice(pm.length), base);
  // Templates keep their braces: URL() would percent-encode them.
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return raw;
  const resolved = new URL(raw.replace(/\{/g, '__OPEN__').replace(/\}/g, '__CLOSE__'), base).href;
  return resolved.replace(/__OPEN__/g, '{').replace(/__CLOSE__/g, '}');
}

type Style = z.infer<typeof styleSchema>;

/** The style's sources and layers as the map will hold them: renamed, with absolute addresses. */
export function prefixedStyle(style: Style, base: string): { sources: [string, SourceSpecification][]; layers: LayerSpecification[] } {
  const sources = Object.entries(style.sources).map(([id, spec]): [string, SourceSpecification] => {
    const out: Record<string, unknown> = { ...spec };
    if (typeof spec.url === 'string') out.url = resolveStyleUrl(spec.url, base);
    if (Array.isArray(spec.tiles)) out.tiles = spec.tiles.map((t) => (typeof t === 'string' ? resolveStyleUrl(t, base) : t));
    if (typeof spec.data === 'string') out.data = resolveStyleUrl(spec.data, base);
    return [PREFIX + id, out as unknown as SourceSpecification];
  });
  const layers = style.layers.map((l) => ({ ...l, id: PREFIX + l.id, ...(l.source ? { source: PREFIX + l.source } : {}) }) as unknown as LayerSpecification);
  return { sources, layers };
}

/** Draws the style at `url` (null: none) under the app's layers; `onFail` when it cannot. */
export function useCustomStyle(map: MapLibreMap | null, url: string | null, onFail: () => void): void {
  const failRef = useRef(onFail);
  useEffect(() => {
    failRef.current = onFail;
  }, [onFail]);

  useEffect(() => {
    if (!map || !url) return;
    const abort = new AbortController();
    const base = new URL(url, document.baseURI).href;
    const added = { sources: [] as string[], layers: [] as string[], glyphs: false, sprite: false };
    const remove = () => {
      // The map may be gone already (a lost context, leaving the page): nothing left to clean.
      try {
        for (const id of [...added.layers].reverse()) if (map.getLayer(id)) map.removeLayer(id);
        for (const id of added.sources) if (map.getSource(id)) map.removeSource(id);
        if (added.glyphs) map.setGlyphs(null);
        if (added.sprite) map.setSprite(null);
      } catch {
        /* removed with the map */
      }
      added.layers = [];
      added.sources = [];
    };
    (async () => {
      const res = await fetch(base, { signal: abort.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const style = styleSchema.parse(await res.json());
      if (abort.signal.aborted) return;
      const { sources, layers } = prefixedStyle(style, base);
      // The app's own style has no glyph server or sprite (its labels use bundled and system
      // fonts), so the custom style's own are set while it is shown.
      if (style.glyphs) {
        map.setGlyphs(resolveStyleUrl(style.glyphs, base));
        added.glyphs = true;
      }
      if (style.sprite) {
        map.setSprite(resolveStyleUrl(style.sprite, base));
        added.sprite = true;
      }
      for (const [id, spec] of sources) {
        map.addSource(id, spec);
        added.sources.push(id);
      }
      for (const layer of layers) {
        map.addLayer(layer, slotMarkerId('basemap-tiles'));
        added.layers.push(layer.id);
      }
    })().catch((e: unknown) => {
      if (abort.signal.aborted) return;
      console.error('the custom basemap style could not be drawn', e);
      remove();
      failRef.current();
    });
    return () => {
      abort.abort();
      remove();
    };
  }, [map, url]);
}
