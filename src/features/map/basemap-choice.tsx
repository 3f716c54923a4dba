// The basemap choice, one option per basemap of the registry this deployment offers (the built-in
// basemap from our own data; online tiles by opt-in, each only when map-config.json configures it).
// It writes only the store; the map follows.
//
//   <BasemapChoice />   (no props)
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import { mapConfigQuery } from '../../data/map-config-query';
import { availableBasemaps } from '../../lib/basemaps';
import { EMPTY_MAP_CONFIG } from '../../lib/map-config';
import { useBasemapName } from './basemap-name';

export function BasemapChoice() {
  const t = useT();
  const name = useId();
  const nameOf = useBasemapName();
  const config = useQuery(mapConfigQuery).data ?? EMPTY_MAP_CONFIG;
  const basemap = useAppStore((s) => s.basemap);
  const setBasemap = useAppStore((s) => s.setBasemap);
  const options = availableBasemaps(config);
  // A link's basemap this site does not offer is drawn as the built-in one (with a notice on the map).
  const shown = options.some((b) => b.id === basemap) ? basemap : 'builtin';
  return (
    <fieldset className="layers-panel basemap-choice">
      <legend className="layers-panel__legend">{t('map.basemap.legend')}</legend>
      {options.map((b) => (
        <label key={b.id} className="basemap-choice__option">
          <input type="radio" name={name} value={b.id} checked={shown === b.id} onChange={() => setBasemap(b.id)} />
          <span>{nameOf(b, 'label')}</span>
        </label>
      ))}
    </fieldset>
  );
}
