// Which sites reach and proximity measure: the map's service centres, or one of the reader's
// imported point layers (the `places` of run-time entries in the map's layer registry). The choice
// is one for both sections (site-set-store), kept in step with the registry: a layer removed
// falls back to the service centres, a layer filtered anew is measured with its new points.
import { useEffect, useId, useSyncExternalStore } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { countText } from '../../lib/format';
import { useSiteSetStore, type SiteSet } from '../../store/site-set-store';
import { runtimeLayers, subscribeToLayers } from '../map/runtime-registry';
import type { RuntimeLayerEntry, RuntimePlaces } from '../map/layer-entry';

type PlacesEntry = RuntimeLayerEntry & { places: RuntimePlaces };

function usePlaceLayers(): PlacesEntry[] {
  const entries = useSyncExternalStore(subscribeToLayers, runtimeLayers, runtimeLayers);
  return entries.filter((e): e is PlacesEntry => e.places !== undefined);
}

function siteSetOf(e: PlacesEntry, label: string): SiteSet {
  return { id: e.id, label, positions: e.places.positions(), nameAt: e.places.nameAt };
}

/** The registry entry of the chosen set, if it is still registered. */
export function useChosenPlaces(): PlacesEntry | null {
  const id = useSiteSetStore((s) => s.siteSet?.id);
  return usePlaceLayers().find((e) => e.id === id) ?? null;
}

/** Keeps the chosen set in step with the registry (mounted once, by the Analyse panel). */
export function useSiteSetSync(): void {
  const lang = useLang();
  const layers = usePlaceLayers();
  useEffect(() => {
    const { siteSet, setSiteSet } = useSiteSetStore.getState();
    if (!siteSet) return;
    const e = layers.find((x) => x.id === siteSet.id);
    if (!e) setSiteSet(null);
    else if (e.places.positions() !== siteSet.positions) setSiteSet(siteSetOf(e, e.labels[lang] ?? e.labels.en ?? e.id));
  }, [layers, lang]);
}

export function SiteSetChoice() {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const layers = usePlaceLayers();
  const siteSet = useSiteSetStore((s) => s.siteSet);
  const setSiteSet = useSiteSetStore((s) => s.setSiteSet);
  if (layers.length === 0) return null;
  const nameOf = (e: PlacesEntry) => e.labels[lang] ?? e.labels.en ?? e.id;
  return (
    <label htmlFor={id}>
      <span>{t('import.sites.label')}</span>
      <select
        id={id}
        data-testid="site-set"
        value={siteSet?.id ?? ''}
        onChange={(ev) => {
          const e = layers.find((x) => x.id === ev.target.value);
          setSiteSet(e ? siteSetOf(e, nameOf(e)) : null);
        }}
      >
        <option value="">{t('import.sites.centres')}</option>
        {layers.map((e) => (
          <option key={e.id} value={e.id}>
            {t('import.sites.points', { name: nameOf(e), points: countText('points', e.places.positions().length, lang) })}
          </option>
        ))}
      </select>
    </label>
  );
}
