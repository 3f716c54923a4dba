// The basemap under our own layers: which one is drawn, in which datum, and whether its tiles have
// failed. The built-in basemap stays drawn beneath an online one, so when tiles fail (no network, a
// venue firewall) the map is never grey: the failed layers are dropped, the built-in land shows,
// and a notice says why. A basemap a link names but this deployment has not configured (no key in
// map-config.json) is not drawn either, with a notice of its own.
import { useCallback, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { useAppStore } from '../../store/app-store';
import { useLang } from '../../i18n/i18n';
import { mapConfigQuery } from '../../data/map-config-query';
import { basemapCredits, basemapDef, type BasemapDef, type BasemapDrawing, type Credit } from '../../lib/basemaps';
import { WGS84_FRAME, frameFor, type MapFrame } from '../../lib/datum';
import { EMPTY_MAP_CONFIG } from '../../lib/map-config';

/** Every source and layer an online basemap adds starts with this (custom styles add several). */
export const ONLINE_BASEMAP_SOURCE = 'online-basemap';
export const ONLINE_BASEMAP_LAYER = 'online-basemap-tiles';

export function isOnlineBasemapSource(id: unknown): boolean {
  return typeof id === 'string' && id.startsWith(ONLINE_BASEMAP_SOURCE);
}

/** Failed tiles before giving up: one can be a hiccup, two with none loaded is no network. */
const FAILURES_BEFORE_FALLBACK = 2;

/**
 * off: the built-in basemap was chosen. pending: the deployment's configuration is still loading.
 * unavailable: not configured here. ask: a link asked for it and the reader has not agreed yet.
 * on: drawn. failed: its tiles or style failed and were dropped.
 */
export type OnlineBasemapState = 'off' | 'pending' | 'unavailable' | 'ask' | 'on' | 'failed';

export interface BasemapView {
  /** The basemap the store asks for. */
  chosen: BasemapDef;
  state: OnlineBasemapState;
  /** What to draw over the built-in land; null unless `state` is 'on'. */
  drawing: BasemapDrawing | null;
  /** The datum the app's drawing is converted to (WGS84 unless a GCJ-02 basemap is drawn). */
  frame: MapFrame;
  /** Credits of the basemap drawn: the online one's, or the built-in one's whenever that is what shows. */
  credits: Credit[];
  /** Reports a style that could not be loaded (custom-style.ts). */
  fail: () => void;
}

export function useBasemapView(map: MapLibreMap | null): BasemapView {
  const lang = useLang();
  const basemap = useAppStore((s) => s.basemap);
  const consent = useAppStore((s) => s.onlineConsent);
  const config = useQuery(mapConfigQuery).data;
  const [failedFor, setFailedFor] = useState<string | null>(null);
  const chosen = basemapDef(basemap);

  let state: OnlineBasemapState;
  if (basemap === 'builtin') state = 'off';
  else if (!config) state = 'pending';
  else if (!chosen.configured(config)) state = 'unavailable';
  else if (!consent) state = 'ask';
  else state = failedFor === basemap ? 'failed' : 'on';

  const wanted = state === 'on' || state === 'failed';
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
      if (!('sourceId' in e) || !isOnlineBasemapSource(e.sourceId)) return;
      failures += 1;
      if (failures >= FAILURES_BEFORE_FALLBACK && loaded === 0) fail();
    };
    const onData = (e: MapSourceDataEvent) => {
      if (isOnlineBasemapSource(e.sourceId) && e.tile) loaded += 1;
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

  const fail = useCallback(() => setFailedFor(basemap), [basemap]);
  const on = state === 'on' && config !== undefined;
  return {
    chosen,
    state,
    drawing: on ? chosen.drawing(config, lang) : null,
    frame: on ? frameFor(chosen.datum(config)) : WGS84_FRAME,
    credits: basemapCredits(on ? chosen : basemapDef('builtin'), config ?? EMPTY_MAP_CONFIG),
    fail,
  };
}
