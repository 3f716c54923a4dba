/**
 * The embed view (`?mode=embed`): the map alone, for a portal's iframe. No header; a compact
 * legend, the attribution, the current selection's name and an "Open full map" link along the
 * bottom; the district chart under the map when `charts=1`. Lazy-loaded by Root, default export.
 *
 * Never traps the host page's scrolling: the map uses MapLibre's cooperative gestures (wheel and
 * one-finger drag scroll the page; Ctrl/⌘ + wheel or two fingers move the map, with a translated
 * hint), and `interactive=0` turns every gesture off. The frame never scrolls: the layout is a
 * 100%-high grid and the document itself has overflow hidden.
 */
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, factsQuery, sitesQuery } from '../../data/queries';
import { DataFileError } from '../../data/fetch-json';
import { useAppStore } from '../../store/app-store';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { useShallow } from 'zustand/react/shallow';
import { decodeEmbedOptions, fullAppSearch, viewOf } from '../../lib/url-state';
import { ChartPanel } from '../charts/chart-panel';
import { LAYER_ENTRIES, legendFor } from '../map/layers';
import { LegendSwatch } from '../map/legend-swatch';
import { useHostBridge } from './use-host-bridge';
import './embed.css';

const MapView = lazy(() => import('../map/map-view'));

/** The full app's address for the view on screen now (host commands included). */
function useFullMapHref(): string {
  // The view fields as one shallow-compared object: a change to any of them re-renders the link.
  const view = useAppStore(useShallow(viewOf));
  const search = fullAppSearch(view);
  return `${window.location.origin}${window.location.pathname}${search}`;
}

function SelectionName() {
  const t = useT();
  const lang = useLang();
  const selection = useAppStore((s) => s.selection);
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const sites = useQuery(sitesQuery).data;
  if (!selection) return null;
  let record: { name_en: string; name_zh: string } | undefined;
  if (selection.kind === 'district') record = districts?.features.find((f) => f.properties.code === selection.id)?.properties;
  else if (selection.kind === 'area') record = areas?.features.find((f) => f.properties.id === selection.id)?.properties;
  else record = sites?.find((s) => s.id === selection.id);
  if (!record) return null;
  return (
    <p className="embed__selection" aria-live="polite">
      <span className="visually-hidden">{t('embed.selected')}: </span>
      <strong>{nameOf(record, lang)}</strong>
    </p>
  );
}

function CompactLegend() {
  const t = useT();
  const visible = useAppStore((s) => s.layers);
  const sites = useQuery(sitesQuery).data;
  const entries = LAYER_ENTRIES.filter((e) => visible.includes(e.id));
  const halo = entries.flatMap((e) => legendFor(e, sites)).find((sw) => sw.kind === 'halo');
  return (
    <details className="embed__legend">
      <summary>{t('embed.legend')}</summary>
      <ul>
        {entries.map((entry) => {
          const legend = legendFor(entry, sites);
          const lead = legend.find((sw) => !sw.labelKey) ?? legend[0];
          return (
            <li key={entry.id}>
              {lead && <LegendSwatch swatch={lead} />}
              <span>{t(entry.nameKey)}</span>
            </li>
          );
        })}
        {/* The approximate-location halo explains a shape several layers draw: listed once. */}
        {halo && (
          <li>
            <LegendSwatch swatch={halo} />
            <span>{t('map.legend.approximate')}</span>
          </li>
        )}
      </ul>
    </details>
  );
}

/**
 * A data file the embed needs that failed: named over the map with a Retry, the same words as the
 * dashboard's alerts, so a portal never shows an empty map without saying why.
 */
function EmbedDataNotice({ charts }: { charts: boolean }) {
  const t = useT();
  const queries = charts ? [districtsQuery, areasQuery, sitesQuery, factsQuery] : [districtsQuery, areasQuery, sitesQuery];
  const results = useQueries({ queries });
  const failed = results.map((r, i) => ({ r, file: String(queries[i]!.queryKey[1]) })).filter(({ r }) => r.isError);
  if (failed.length === 0) return null;
  return (
    <div className="embed__notice">
      {failed.map(({ r, file }) => (
        <p key={file} role="alert">
          <span>{t(`dataError.${r.error instanceof DataFileError ? r.error.reason : 'network'}`, { file })}</span>{' '}
          <button type="button" onClick={() => void r.refetch()} disabled={r.isFetching}>
            {r.isFetching ? t('common.loading') : t('dataError.retry')}
          </button>
        </p>
      ))}
    </div>
  );
}

export default function EmbedView() {
  const t = useT();
  // Options are fixed for the life of the frame: the portal chose them in the snippet.
  const options = useMemo(() => decodeEmbedOptions(window.location.search), []);
  const href = useFullMapHref();
  const locale = useMemo(
    () => ({
      'CooperativeGesturesHandler.WindowsHelpText': t('embed.coop.windows'),
      'CooperativeGesturesHandler.MacHelpText': t('embed.coop.mac'),
      'CooperativeGesturesHandler.MobileHelpText': t('embed.coop.mobile'),
    }),
    [t],
  );
  useHostBridge();

  useEffect(() => {
    document.documentElement.classList.add('embed-root');
    return () => document.documentElement.classList.remove('embed-root');
  }, []);

  return (
    <div className={`embed embed--${options.theme}${options.charts ? ' embed--charts' : ''}`} data-theme={options.theme}>
      <div className="embed__map">
        <Suspense fallback={<div className="map-placeholder">{t('common.loadingMap')}</div>}>
          <MapView fitPadding={16} cooperativeGestures={options.interactive} interactive={options.interactive} locale={locale} />
        </Suspense>
        <EmbedDataNotice charts={options.charts} />
      </div>
      {options.charts && (
        <div className="embed__chart">
          <ChartPanel />
        </div>
      )}
      <div className="embed__bar">
        <CompactLegend />
        <SelectionName />
        <a className="embed__open" href={href} target="_blank" rel="noopener" title={t('embed.openFullNewTab')}>
          {t('embed.openFull')}
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>
    </div>
  );
}
