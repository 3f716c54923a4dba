// The opt-in online basemap (an entry of the basemaps registry with tiles) under our own layers. The
// built-in basemap stays drawn beneath it, so when tiles fail (no network, a venue firewall) the
// map is never grey: the failed tiles are dropped, the built-in land shows, and a notice says why.
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import type { Basemap } from '../../lib/vocabulary';

export const ONLINE_BASEMAP_SOURCE = 'online-basemap';
export const ONLINE_BASEMAP_LAYER = 'online-basemap-tiles';

/** Failed tiles before giving up: one can be a hiccup, two with none loaded is no network. */
const FAILURES_BEFORE_FALLBACK = 2;

export type OnlineBasemapState = 'off' | 'on' | 'failed';

/** Whether the online tiles are shown, and whether they have failed (and been dropped). */
export function useOnlineBasemap(map: MapLibreMap | null, basemap: Basemap): OnlineBasemapState {
  const [failedFor, setFailedFor] = useState<Basemap | null>(null);
  const wanted = basemap !== 'builtin';

  useEffect(() => {
    if (!map || !wanted) return;
    let failures = 0;
    let loaded = 0;
    const fail = () => setFailedFor(basemap);
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      fail();
      return;
    }
    // Tile errors carry the id of the source they came from.
    const onError = (e: object) => {
      if (!('sourceId' in e) || e.sourceId !== ONLINE_BASEMAP_SOURCE) return;
      failures += 1;
      if (failures >= FAILURES_BEFORE_FALLBACK && loaded === 0) fail();
    };
    const onData = (e: MapSourceDataEvent) => {
      if (e.sourceId === ONLINE_BASEMAP_SOURCE && e.tile) loaded += 1;
    };
    map.on('error', onError);
    map.on('sourcedata', onData);
    window.addEventListener('offline', fail);
    return () => {
      map.off('error', onError);
      map.off('sourcedata', onData);
      window.removeEventListener('offline', fail);
    };
  }, [map, wanted, basemap]);

  if (!wanted) return 'off';
  return failedFor === basemap ? 'failed' : 'on';
}
