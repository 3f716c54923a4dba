// The map's colours: as the system prefers, light, or dark (for a projector). Writes only the
// store's choice (the `flavour` URL parameter); the map, the legend and the page follow it through
// useFlavour.
//
//   <FlavourChoice />   (no props)
import { useId } from 'react';
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import { FLAVOUR_CHOICES } from '../../lib/vocabulary';

export function FlavourChoice() {
  const t = useT();
  const name = useId();
  const choice = useAppStore((s) => s.flavour);
  const setFlavour = useAppStore((s) => s.setFlavour);
  return (
    <fieldset className="layers-panel basemap-choice flavour-choice">
      <legend className="layers-panel__legend">{t('map.flavour.legend')}</legend>
      {FLAVOUR_CHOICES.map((f) => (
        <label key={f} className="basemap-choice__option">
          <input type="radio" name={name} value={f} checked={choice === f} onChange={() => setFlavour(f)} />
          <span>{t(`map.flavour.${f}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
