// The legend on the map: what the reader is looking at, built from the same declarations the map
// paints from — the layer registry's swatches for each visible layer (runtime layers included, as
// they are registry entries too), the choropleth's classes from the one classification, and the
// analysis overlays that are on. Collapsible; a button in the tab order opens and closes it.
import { useFlavour } from '../../derived/flavour';
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../../data/queries';
import { useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { LAYER_ENTRIES, legendFor } from './layers';
import { LegendSwatch } from './legend-swatch';
import { ChoroplethClasses, useChoroplethLegendText } from './choropleth-classes';
import { AnalysisLegend } from './analysis-legend';

function startsOpen(): boolean {
  // Open where the map is large enough to spare the room (a 1920 × 1080 screen); closed where it
  // would cover the sites (a laptop, a phone). A choropleth opens it anyway (below).
  return window.matchMedia?.('(min-width: 1600px) and (min-height: 860px)').matches ?? false;
}

export function MapLegend() {
  const t = useT();
  // Colouring the districts makes the colours need explaining: the legend opens (the reader can
  // close it again), and a link with a choropleth opens with it open.
  const choropleth = useAppStore((s) => s.analysis.choropleth !== null);
  const [open, setOpen] = useState(() => choropleth || startsOpen());
  const id = useId();
  const [wasOn, setWasOn] = useState(choropleth);
  if (choropleth !== wasOn) {
    setWasOn(choropleth);
    if (choropleth) setOpen(true);
  }
  return (
    <section className={open ? 'map-legend map-legend--open' : 'map-legend'} aria-labelledby={`${id}-h`}>
      <h2 className="map-legend__heading" id={`${id}-h`}>
        <button
          type="button"
          className="map-legend__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          title={open ? t('legend.hide') : t('legend.show')}
          onClick={() => setOpen((o) => !o)}
        >
          <span>{t('legend.title')}</span>
          <span className="map-legend__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
        </button>
      </h2>
      <div className="map-legend__body" id={`${id}-body`} hidden={!open} data-testid="map-legend">
        <LegendBody />
      </div>
    </section>
  );
}

function LegendBody() {
  const t = useT();
  const visible = useAppStore((s) => s.layers);
  const sites = useQuery(sitesQuery).data;
  const flavour = useFlavour();
  const choropleth = useChoroplethLegendText();
  const entries = LAYER_ENTRIES.filter((e) => visible.includes(e.id));
  return (
    <>
      {choropleth && (
        <div className="map-legend__block" data-testid="map-legend-choropleth">
          <p className="map-legend__block-title">{choropleth.title}</p>
          {choropleth.date && <p className="map-legend__note">{choropleth.date}</p>}
          <ChoroplethClasses legend={choropleth} compact />
        </div>
      )}
      <AnalysisLegend />
      {entries.length === 0 && !choropleth && <p className="map-legend__note">{t('legend.empty')}</p>}
      {entries.length > 0 && (
        <ul className="map-legend__layers">
          {entries.map((entry) => {
            const swatches = legendFor(entry, sites, flavour);
            const lead = swatches.find((sw) => !sw.labelKey);
            const explained = swatches.filter((sw) => sw.labelKey);
            return (
              <li key={entry.id} data-layer={entry.id}>
                <span className="map-legend__row">
                  {lead ? <LegendSwatch swatch={lead} /> : <span className="legend-swatch" aria-hidden="true" />}
                  <span>{t(entry.nameKey)}</span>
                </span>
                {explained.length > 0 && (
                  <ul className="map-legend__sub">
                    {explained.map((sw, i) => (
                      <li key={i} className="map-legend__row">
                        <LegendSwatch swatch={sw} />
                        <span>{t(sw.labelKey!)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
