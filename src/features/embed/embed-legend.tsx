// The embed's compact legend: every swatch the layer registry declares for a visible layer (and
// that the data uses), drawn by the same LegendSwatch from the same palette (in the map's flavour) as the map's
// paint, so a symbol here is the symbol on the map — a one-stop centre is a filled dot in both.
// Run-time layers (a portal's points from a `data=` saved map) are listed with their own swatch,
// and a choropleth with its metric, unit, date, source (or "unsourced") and classes, from the one
// classification the map paints with. A disclosure in the bar; open, it floats above the map so
// the frame's height never changes.
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../../data/queries';
import { useLang, useT } from '../../i18n/i18n';
import { metricNote } from '../../i18n/metric-names';
import { metricDef } from '../../lib/metric-registry';
import { useAppStore } from '../../store/app-store';
import { LAYER_ENTRIES, legendFor } from '../map/layers';
import { LegendSwatch } from '../map/legend-swatch';
import { ChoroplethClasses, useChoroplethLegendText } from '../map/choropleth-classes';
import { AnalysisLegend } from '../map/analysis-legend';
import { useRuntimeLayers } from '../map/runtime-layers';
import { useFlavour } from '../../derived/flavour';
import type { LegendSwatch as Swatch } from '../map/layer-entry';
import './embed-legend.css';

function ChoroplethBlock() {
  const lang = useLang();
  const metric = useAppStore((s) => s.metric);
  const legend = useChoroplethLegendText();
  if (!legend) return null;
  // Figures added to the map (a saved map's table) say where they come from, or that nothing does.
  const provenance = metricDef(metric)?.provenance ? metricNote(metric, lang) : null;
  return (
    <li className="embed__legend-block" data-testid="embed-legend-choropleth">
      <p className="embed__legend-title">{legend.title}</p>
      {legend.date && <p className="embed__legend-note">{legend.date}</p>}
      {provenance && <p className="embed__legend-note">{provenance}</p>}
      <ChoroplethClasses legend={legend} compact />
    </li>
  );
}

function RuntimeRows() {
  const t = useT();
  const lang = useLang();
  const entries = useRuntimeLayers().filter((e) => e.visible);
  return entries.map((entry) => (
    <li key={entry.id} data-layer={entry.id}>
      <span className="embed__legend-row">
        {entry.legend[0] && <LegendSwatch swatch={entry.legend[0]} />}
        <span>{t('embed.legend.added', { name: entry.labels[lang] ?? entry.labels.en ?? entry.id })}</span>
      </span>
    </li>
  ));
}

export function CompactLegend() {
  const t = useT();
  const visible = useAppStore((s) => s.layers);
  const sites = useQuery(sitesQuery).data;
  const flavour = useFlavour();
  // The reach area and the proximity rings, when a saved map's view draws them.
  const overlays = useAppStore((s) => s.analysis.reachOn || s.analysis.origin !== null);
  const entries = LAYER_ENTRIES.filter((e) => visible.includes(e.id)).map((entry) => ({ entry, legend: legendFor(entry, sites, flavour) }));
  // The approximate-location halo explains a shape several layers draw: listed once, last.
  const halo = entries.flatMap((e) => e.legend).find((sw) => sw.kind === 'halo');
  return (
    <details className="embed__legend">
      <summary>{t('embed.legend')}</summary>
      {/* Focusable: in a small frame the list scrolls, and keyboard users must be able to scroll it. */}
      <ul tabIndex={0} aria-label={t('embed.legend')}>
        <ChoroplethBlock />
        {overlays && (
          <li className="embed__legend-block">
            <AnalysisLegend />
          </li>
        )}
        <RuntimeRows />
        {entries.map(({ entry, legend }) => {
          // As in the Layers panel: an unlabelled swatch stands for the layer beside its name, the
          // labelled ones (a schematic outline, each kind of site) are listed under it.
          const lead = legend.find((sw) => !sw.labelKey);
          const kinds = legend.filter((sw): sw is Exclude<Swatch, { kind: 'halo' }> => sw.labelKey !== undefined && sw.kind !== 'halo');
          return (
            <li key={entry.id} data-layer={entry.id}>
              <span className="embed__legend-row">
                {lead && <LegendSwatch swatch={lead} />}
                <span>{t(entry.nameKey)}</span>
              </span>
              {kinds.length > 0 && (
                <ul>
                  {kinds.map((sw) => (
                    <li
                      key={sw.kind === 'point' ? sw.category : sw.labelKey}
                      className="embed__legend-row"
                      data-category={sw.kind === 'point' ? sw.category : undefined}
                      data-shape={sw.kind === 'point' ? sw.shape : undefined}
                    >
                      <LegendSwatch swatch={sw} />
                      <span>{t(sw.labelKey!)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
        {halo && (
          <li className="embed__legend-row">
            <LegendSwatch swatch={halo} />
            <span>{t('map.legend.approximate')}</span>
          </li>
        )}
      </ul>
    </details>
  );
}
