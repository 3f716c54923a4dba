// A lost WebGL context (projectors and kiosks lose them: a driver reset, a display switch, the GPU
// reclaimed by the system) leaves MapLibre's canvas blank with no word to the user, and MapLibre's
// own recovery redraws from its internal state, which by then disagrees with the store (layers
// toggled, a selection made while the map was dark). So: say what happened at once, and when the
// browser gives the context back — or the user asks — build a fresh map from the store.
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useT } from '../../i18n/i18n';

/** True while the map's drawing context is lost; calls `remount` when the browser restores it. */
export function useContextLoss(map: MapLibreMap | null, remount: () => void): boolean {
  const [lost, setLost] = useState(false);
  useEffect(() => {
    if (!map) return;
    const onLost = () => setLost(true);
    map.on('webglcontextlost', onLost);
    map.on('webglcontextrestored', remount);
    return () => {
      map.off('webglcontextlost', onLost);
      map.off('webglcontextrestored', remount);
    };
  }, [map, remount]);
  return lost;
}

/** Over the blank map: what happened, that the rest of the page still works, and a way to retry. */
export function ContextLostNotice({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <div className="talent-map__lost" role="alert">
      <div className="talent-map__notice">
        <p className="talent-map__notice-title">{t('map.contextLost.title')}</p>
        <p>{t('map.contextLost.body')}</p>
        <button type="button" className="talent-map__retry" onClick={onRetry}>
          {t('map.contextLost.retry')}
        </button>
      </div>
    </div>
  );
}
