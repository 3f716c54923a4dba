// The basemap choice, one option per entry of the basemaps registry (the built-in basemap from our
// own data, online tiles by opt-in). It writes only the store; the map follows.
//
//   <BasemapChoice />   (no props)
import { useId } from 'react';
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import { BASEMAP_REGISTRY } from '../../lib/basemaps';
import type { MessageKey } from '../../i18n/i18n';

export function BasemapChoice() {
  const t = useT();
  const name = useId();
  const basemap = useAppStore((s) => s.basemap);
  const setBasemap = useAppStore((s) => s.setBasemap);
  return (
    <fieldset className="layers-panel basemap-choice">
      <legend className="layers-panel__legend">{t('map.basemap.legend')}</legend>
      {BASEMAP_REGISTRY.map((b) => (
        <label key={b.id} className="basemap-choice__option">
          <input type="radio" name={name} value={b.id} checked={basemap === b.id} onChange={() => setBasemap(b.id)} />
          {/* The registry's keys are checked against the catalogue by a unit test. */}
          <span>{t(b.labelKey as MessageKey)}</span>
        </label>
      ))}
    </fieldset>
  );
}
