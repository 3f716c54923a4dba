// The reader's imported points in the finder: each visible point layer of the registry (its
// `places`) is searched in the import worker as the reader types, and the first matches are listed
// under the layer's name; choosing one flies the map to it. Imported points are not selections
// (they have no details panel), so they are their own list rather than entries of the site list.
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { runtimeLayers, subscribeToLayers } from '../map/runtime-registry';
import type { InView } from '../../derived/analysis';

/** Matches listed per layer; the layer's own search (Layers › Your data) goes further. */
const SHOWN = 8;

export interface PlaceHits {
  id: string;
  name: string;
  hits: { name: string; lngLat: [number, number] }[];
}

/** The matches of `query` in every visible imported point layer; empty while the query is. */
export function useImportedPlaceHits(query: string, inView: InView | null): PlaceHits[] {
  const lang = useLang();
  const entries = useSyncExternalStore(subscribeToLayers, runtimeLayers, runtimeLayers);
  const [found, setFound] = useState<{ key: string; groups: PlaceHits[] }>({ key: '', groups: [] });
  const searched = entries.filter((e) => e.visible && e.places);
  const key = `${query}|${searched.map((e) => e.id).join(',')}`;
  useEffect(() => {
    if (!query.trim() || searched.length === 0) return;
    let live = true;
    Promise.all(
      searched.map(async (e) => ({
        id: e.id,
        name: e.labels[lang] ?? e.labels.en ?? e.id,
        // One more than shown, so a long list can say there are more.
        hits: await e.places!.search(query, SHOWN + 1).catch(() => []),
      })),
    ).then((groups) => live && setFound({ key, groups }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the query and the layers searched
  }, [key, lang]);
  if (!query.trim() || found.key !== key) return [];
  return found.groups
    .map((g) => ({ ...g, hits: inView ? g.hits.filter((h) => inView.point(h.lngLat[0], h.lngLat[1])) : g.hits }))
    .filter((g) => g.hits.length > 0);
}

export function ImportedPlaces({ groups }: { groups: PlaceHits[] }) {
  const t = useT();
  const headingId = useId();
  const fly = (lngLat: [number, number]) =>
    useAppStore.getState().requestCamera({ kind: 'view', camera: { lng: lngLat[0], lat: lngLat[1], zoom: 15, bearing: 0, pitch: 0 } });
  return groups.map((g) => (
    <div key={g.id} data-testid="finder-imported">
      <h3 className="finder__heading" id={`${headingId}-${g.id}`}>
        {t('import.finder.heading', { name: g.name })}
      </h3>
      <ul className="finder__list" aria-labelledby={`${headingId}-${g.id}`}>
        {g.hits.slice(0, SHOWN).map((h, i) => (
          <li key={i}>
            <button type="button" onClick={() => fly(h.lngLat)}>
              {h.name}
            </button>
          </li>
        ))}
      </ul>
      {g.hits.length > SHOWN && <p className="finder__empty">{t('import.finder.more', { n: SHOWN })}</p>}
    </div>
  ));
}
