// Mirrors one store value (the selection or the hover) onto MapLibre feature-state, so the layers
// restyle through their `feature-state` expressions and no data is ever replaced to highlight.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Selection } from '../../lib/vocabulary';
import { SOURCES_BY_KIND, featureIdOf, type MapData } from './map-data';

type Applied = { sources: readonly string[]; id: number } | null;

function setState(map: MapLibreMap, applied: NonNullable<Applied>, key: string, value: boolean): void {
  for (const source of applied.sources) {
    // A source can be missing for a moment while the style is being replaced.
    if (map.getSource(source)) map.setFeatureState({ source, id: applied.id }, { [key]: value });
  }
}

export function useFeatureState(
  map: MapLibreMap | null,
  key: 'selected' | 'hover',
  target: Selection | null,
  data: MapData,
): void {
  const applied = useRef<Applied>(null);
  useEffect(() => {
    if (!map) return;
    const id = target ? featureIdOf(target, data) : null;
    const next: Applied = target && id !== null ? { sources: SOURCES_BY_KIND[target.kind], id } : null;
    const prev = applied.current;
    if (prev && next && prev.id === next.id && prev.sources === next.sources) return;
    if (prev) setState(map, prev, key, false);
    if (next) setState(map, next, key, true);
    applied.current = next;
  }, [map, key, target, data]);

  useEffect(
    () => () => {
      // The map outlives nothing here, but a remount with a fresh map must not inherit state.
      applied.current = null;
    },
    [map],
  );
}

/**
 * Like useFeatureState for a set of features (the presenter's highlighted features): each
 * feature in `targets` gets `key: true`, each one that left the set gets `key: false`.
 */
export function useFeatureStates(map: MapLibreMap | null, key: 'highlight', targets: readonly Selection[], data: MapData): void {
  const applied = useRef<NonNullable<Applied>[]>([]);
  useEffect(() => {
    if (!map) return;
    const next: NonNullable<Applied>[] = [];
    for (const t of targets) {
      const id = featureIdOf(t, data);
      if (id !== null) next.push({ sources: SOURCES_BY_KIND[t.kind], id });
    }
    const same = (a: NonNullable<Applied>, b: NonNullable<Applied>) => a.id === b.id && a.sources === b.sources;
    for (const prev of applied.current) if (!next.some((n) => same(n, prev))) setState(map, prev, key, false);
    for (const n of next) setState(map, n, key, true);
    applied.current = next;
  }, [map, key, targets, data]);

  useEffect(
    () => () => {
      applied.current = [];
    },
    [map],
  );
}
