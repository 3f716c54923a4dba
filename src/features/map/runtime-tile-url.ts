// The URLs of tiles a run-time layer cuts itself (runtime-tiles.ts answers them). Kept apart from
// the protocol so the registry's entry builders do not pull MapLibre into the page's first chunk.
import type { Datum } from '../../lib/datum';

export const RUNTIME_TILE_SCHEME = 'runtime';

/** The tile template of a run-time tile source with this key. */
export function runtimeTileUrl(key: string): string {
  return `${RUNTIME_TILE_SCHEME}://${key}/{z}/{x}/{y}`;
}

/** The template with the basemap's datum, when it is not WGS84. */
export function inDatum(url: string, datum: Datum): string {
  return url.startsWith(`${RUNTIME_TILE_SCHEME}://`) && datum !== 'WGS84' ? `${url}?datum=${datum}` : url;
}

const URL_SHAPE = /^runtime:\/\/([^/?]+)\/(\d+)\/(\d+)\/(\d+)(?:\?datum=(GCJ-02))?$/;

/** A requested tile's key, position and datum; null for anything else. */
export function parseRuntimeTileUrl(url: string): { key: string; z: number; x: number; y: number; datum: Datum } | null {
  const m = URL_SHAPE.exec(url);
  if (!m) return null;
  return { key: m[1]!, z: Number(m[2]), x: Number(m[3]), y: Number(m[4]), datum: (m[5] as Datum | undefined) ?? 'WGS84' };
}
