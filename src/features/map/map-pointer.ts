// The map's pointer: hover (the tooltip and the hover feature-state, through the store), and a
// click that selects what is under it, or places the proximity origin while the Analyse panel's
// "Measure from here" is waiting for one. Stable callbacks, so the map's handlers are set once.
import { useCallback, type RefObject } from 'react';
import type { MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { useAppStore } from '../../store/app-store';
import { usePickStore } from '../../store/pick-store';
import { pickFeature, sameSelection } from './hit';
import { appLngLat } from './map-frame';
import type { TooltipHandle } from './map-tooltip';

export function usePointerHandlers(tooltip: RefObject<TooltipHandle | null>) {
  const onMouseMove = useCallback((e: MapLayerMouseEvent) => {
    const picked = pickFeature(e.features);
    const store = useAppStore.getState();
    if (!sameSelection(picked, store.hover)) store.setHover(picked);
    e.target.getCanvas().style.cursor = picked ? 'pointer' : '';
    const box = e.target.getContainer();
    tooltip.current?.move(picked ? { x: e.point.x, y: e.point.y, width: box.clientWidth, height: box.clientHeight } : null);
  }, [tooltip]);

  const onMouseOut = useCallback(() => {
    const store = useAppStore.getState();
    if (store.hover !== null) store.setHover(null);
    tooltip.current?.move(null);
  }, [tooltip]);

  const onClick = useCallback((e: MapLayerMouseEvent) => {
    // The click answers the tooltip's question: the details show what it said.
    tooltip.current?.move(null);
    // Measure mode (Analyse panel): this click places the proximity origin instead of selecting.
    if (usePickStore.getState().picking) {
      usePickStore.getState().setPicking(false);
      const at = appLngLat(e.target, e.lngLat);
      useAppStore.getState().setAnalysis({ origin: { kind: 'point', lng: at.lng, lat: at.lat } });
      return;
    }
    // Chosen on the map: the camera stays where the user put it.
    useAppStore.getState().selectOnMap(pickFeature(e.features));
  }, [tooltip]);

  return { onMouseMove, onMouseOut, onClick };
}
