// The basemap choice: the built-in basemap (our own data, no network) or OpenStreetMap's tiles
// (online, opt-in). It writes only the store; the map follows.
//
//   <BasemapChoice />   (no props)
import { useId } from 'react';
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import { BASEMAPS, type Basemap } from '../../lib/vocabulary';
import type { MessageKey } from '../../i18n/i18n';

const LABELS: Record<Basemap, MessageKey> = { builtin: 'map.basemap.builtin', osm: 'map.basemap.osm' };

export function BasemapChoice() {
  const t = useT();
  const name = useId();
  const basemap = useAppStore((s) => s.basemap);
  const setBasemap = useAppStore((s) => s.setBasemap);
  return (
    <fieldset className="layers-panel basemap-choice">
      <legend className="layers-panel__legend">{t('map.basemap.legend')}</legend>
      {BASEMAPS.map((b) => (
        <label key={b} className="basemap-choice__option">
          <input type="radio" name={name} value={b} checked={basemap === b} onChange={() => setBasemap(b)} />
          <span>{t(LABELS[b])}</span>
        </label>
      ))}
    </fieldset>
  );
}
