// The layers panel: one checkbox per registry entry, grouped, each with the swatches of its legend.
// It reads and writes only the store's visible layers; the map reacts to the store.
//
//   <LayersPanel />   (no props)
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../../data/queries';
import { useAppStore } from '../../store/app-store';
import { useFlavour } from '../../derived/flavour';
import { useT } from '../../i18n/i18n';
import { GROUP_ORDER, type LayerEntry, type LayerGroup } from './layer-entry';
import { LAYER_ENTRIES, legendFor } from './layers';
import { LegendSwatch } from './legend-swatch';
import './layers-panel.css';

export function LayersPanel() {
  const t = useT();
  const sites = useQuery(sitesQuery).data;
  return (
    <fieldset className="layers-panel">
      <legend className="layers-panel__legend">{t('map.layers.legend')}</legend>
      {GROUP_ORDER.map((group) => (
        <LayerGroupList key={group} group={group} entries={LAYER_ENTRIES.filter((e) => e.group === group)} sites={sites} />
      ))}
    </fieldset>
  );
}

function LayerGroupList({
  group,
  entries,
  sites,
}: {
  group: LayerGroup;
  entries: readonly LayerEntry[];
  sites: Parameters<typeof legendFor>[1];
}) {
  const t = useT();
  const headingId = useId();
  return (
    <div className="layers-panel__group" role="group" aria-labelledby={headingId}>
      <p className="layers-panel__group-title" id={headingId}>
        {t(`map.group.${group}`)}
      </p>
      <ul className="layers-panel__list">
        {entries.map((entry) => (
          <LayerRow key={entry.id} entry={entry} sites={sites} />
        ))}
      </ul>
    </div>
  );
}

function LayerRow({ entry, sites }: { entry: LayerEntry; sites: Parameters<typeof legendFor>[1] }) {
  const t = useT();
  const checked = useAppStore((s) => s.layers.includes(entry.id));
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const flavour = useFlavour();
  const legend = legendFor(entry, sites, flavour);
  // An unlabelled swatch stands for the whole layer, beside its name; labelled ones are listed below.
  const lead = legend.find((sw) => !sw.labelKey);
  const explained = legend.filter((sw) => sw.labelKey);
  return (
    <li className={checked ? 'layers-panel__item' : 'layers-panel__item layers-panel__item--off'}>
      <label className="layers-panel__label">
        <input type="checkbox" checked={checked} onChange={(e) => setLayerVisible(entry.id, e.target.checked)} />
        {lead && <LegendSwatch swatch={lead} />}
        <span>{t(entry.nameKey)}</span>
      </label>
      {explained.length > 0 && (
        <ul className="layers-panel__legend-list">
          {explained.map((sw, i) => (
            <li key={i}>
              <LegendSwatch swatch={sw} />
              <span>{t(sw.labelKey!)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
