// `runtime://<key>/{z}/{x}/{y}`: vector tiles that a run-time layer makes itself (an imported
// point set's tiles are cut in the import worker, src/lib/point-tiles.ts). The protocol asks the
// registry: the entry whose `tiles` has the key answers. A basemap in another datum adds
// `?datum=GCJ-02` to the URL (runtime-layers.tsx), and the tiles come cut in that datum.
import { addProtocol } from 'maplibre-gl';
import { runtimeLayers } from './runtime-registry';
import { parseRuntimeTileUrl, RUNTIME_TILE_SCHEME } from './runtime-tile-url';

let registered = false;

export function registerRuntimeTileProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(RUNTIME_TILE_SCHEME, async ({ url }) => {
    const t = parseRuntimeTileUrl(url);
    if (!t) throw new Error(`Not a run-time tile URL: ${url}`);
    const tile = runtimeLayers()
      .map((e) => e.tiles?.[t.key])
      .find((f) => f !== undefined);
    // A layer removed while its tiles were on the way: an empty tile, not an error on the map.
    if (!tile) return { data: new ArrayBuffer(0) };
    return { data: await tile(t.z, t.x, t.y, t.datum) };
  });
}
