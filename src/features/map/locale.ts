// MapLibre's own UI strings (the cooperative-gesture hints) in the reader's language. MapLibre
// reads its locale once, when the map is created and when the hint is built; a language change
// afterwards needs the patch below.
import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Patches the map's UI strings and rebuilds the cooperative-gesture hint, which copies them when
 * it is built. `_locale` is declared in MapLibre's types but has no setter (maplibre-gl 6).
 */
function applyLocale(map: MapLibreMap, locale: Record<string, string>): void {
  map._locale = { ...map._locale, ...locale };
  if (map.cooperativeGestures.isEnabled()) {
    map.cooperativeGestures.disable();
    map.cooperativeGestures.enable();
  }
}

export function useMapLocale(map: MapLibreMap | null, locale: Record<string, string> | undefined): void {
  useEffect(() => {
    if (map && locale) applyLocale(map, locale);
  }, [map, locale]);
}
