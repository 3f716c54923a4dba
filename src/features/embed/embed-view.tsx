/**
 * The embed view (`?mode=embed`): the map for a portal's iframe. No header; the portal's own title
 * and description above the map when it gives them; a bar along the bottom with a compact legend,
 * the selection (which opens its details card), "View as table", "Get the data" and "Open full
 * map"; the district chart under the map when `charts=1`, or beside it as tabs in a frame too low
 * for both. Lazy-loaded by Root, default export.
 *
 * Never traps the host page's scrolling: the map uses MapLibre's cooperative gestures (wheel and
 * one-finger drag scroll the page; Ctrl/⌘ + wheel or two fingers move the map, with a translated
 * hint), and `interactive=0` turns every gesture off. The frame itself never scrolls: the layout
 * is a 100%-high column; the chart, the table view and the details card scroll inside it.
 *
 * `data=<url>` opens a portal's saved map in the frame (use-data-link.tsx): its datasets colour,
 * chart and draw on the map for this page only, its view applies where the address does not say
 * otherwise, and the frame stays an embed.
 */
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import { useAppStore } from '../../store/app-store';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { useShallow } from 'zustand/react/shallow';
import { decodeEmbedOptions, fullAppSearch, viewOf } from '../../lib/url-state';
import type { Selection } from '../../lib/vocabulary';
import { ChartPanel } from '../charts/chart-panel';
import { useHostBridge } from './use-host-bridge';
import { useResolvedTheme } from './use-embed-theme';
import { useEmbedMeasure } from './use-embed-measure';
import { useViewDescription } from './use-view-description';
import { CompactLegend } from './embed-legend';
import { DetailsCard } from './embed-card';
import { EmbedTables, GetDataLink } from './embed-tables';
import { EmbedDataNotice } from './embed-notice';
import { useCardState, useDescribedMap, useSelectedBarInView } from './use-embed-card';
import { useDataLink } from './use-data-link';
import { launchParam } from '../import/launch';
import { withDataParam } from '../../lib/data-link-url';
import './embed.css';
import './embed-card.css';

const MapView = lazy(() => import('../map/map-view'));

/** The full app's address for the view on screen now (host commands included), with the same `data=` saved map. */
function useFullMapHref(): string {
  // The view fields as one shallow-compared object: a change to any of them re-renders the link.
  const view = useAppStore(useShallow(viewOf));
  const search = fullAppSearch(view);
  // Without it the full app would not know the portal's metric or points. There the reader opens
  // the file themselves, so it is kept like any saved map they open (and can be removed).
  return `${window.location.origin}${window.location.pathname}${withDataParam(search, launchParam('data'))}`;
}

function useSelectionName(selection: Selection | null): string | null {
  const lang = useLang();
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const sites = useQuery(sitesQuery).data;
  if (!selection) return null;
  const record =
    selection.kind === 'district'
      ? districts?.features.find((f) => f.properties.code === selection.id)?.properties
      : selection.kind === 'area'
        ? areas?.features.find((f) => f.properties.id === selection.id)?.properties
        : sites?.find((s) => s.id === selection.id);
  return record ? nameOf(record, lang) : null;
}

type Tab = 'map' | 'chart';

function Tabs({ tab, onTab, ids }: { tab: Tab; onTab: (tab: Tab) => void; ids: Record<Tab, string> }) {
  const t = useT();
  const tabs: Tab[] = ['map', 'chart'];
  return (
    <div className="embed__tabs" role="tablist" aria-label={t('embed.tabs')}>
      {tabs.map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          id={`${ids[k]}-tab`}
          aria-selected={tab === k}
          aria-controls={ids[k]}
          tabIndex={tab === k ? 0 : -1}
          onClick={() => onTab(k)}
          onKeyDown={(e) => {
            // Arrow keys move between tabs, as a tab list's keyboard pattern expects.
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            const next = tabs[(tabs.indexOf(k) + 1) % tabs.length]!;
            onTab(next);
            document.getElementById(`${ids[next]}-tab`)?.focus();
          }}
        >
          {t(`embed.tab.${k}`)}
        </button>
      ))}
    </div>
  );
}

export default function EmbedView() {
  const t = useT();
  const ids = { map: useId(), chart: useId(), description: useId(), tables: useId() };
  // Options are fixed for the life of the frame: the portal chose them in the snippet.
  const options = useMemo(() => decodeEmbedOptions(window.location.search), []);
  // `auto` resolved against prefers-color-scheme; the chrome, the chart and the legend follow it.
  const theme = useResolvedTheme(options.theme);
  const href = useFullMapHref();
  const selection = useAppStore((s) => s.selection);
  const selectionName = useSelectionName(selection);
  const description = useViewDescription();
  const [tableView, setTableView] = useState(false);
  const [tab, setTab] = useState<Tab>('map');
  const root = useRef<HTMLDivElement>(null);
  const chartRegion = useRef<HTMLDivElement>(null);
  const mapRegion = useRef<HTMLDivElement>(null);
  const { layout, content } = useEmbedMeasure(root, { charts: options.charts, tableView });
  const card = useCardState(selection);
  useSelectedBarInView(chartRegion, selection, options.charts);
  // `data=`: the portal's saved map (its datasets and view, kept in memory only); `ready` waits for it.
  const dataLink = useDataLink();
  useHostBridge(content, dataLink.state);
  useDescribedMap(mapRegion, ids.description);

  const locale = useMemo(
    () => ({
      'CooperativeGesturesHandler.WindowsHelpText': t('embed.coop.windows'),
      'CooperativeGesturesHandler.MacHelpText': t('embed.coop.mac'),
      'CooperativeGesturesHandler.MobileHelpText': t('embed.coop.mobile'),
    }),
    [t],
  );

  useEffect(() => {
    document.documentElement.classList.add('embed-root');
    return () => document.documentElement.classList.remove('embed-root');
  }, []);
  useEffect(() => {
    // The page behind the frame's content (and the scrollbars of its regions) follow the theme.
    document.documentElement.dataset.embedTheme = theme;
  }, [theme]);

  const tabs = layout === 'tabs';
  const shown = (k: Tab) => !tableView && (!tabs || tab === k);
  const panel = (k: Tab) => (tabs ? { role: 'tabpanel', id: ids[k], 'aria-labelledby': `${ids[k]}-tab` } : {});
  const classes = ['embed', `embed--${theme}`, options.charts && 'embed--charts', tabs && 'embed--tabs', tableView && 'embed--table'];

  return (
    <div ref={root} className={classes.filter(Boolean).join(' ')} data-theme={theme} data-layout={layout}>
      {(options.title || options.description) && (
        <header className="embed__head">
          {options.title && <h1 className="embed__title">{options.title}</h1>}
          {options.description && <p className="embed__description">{options.description}</p>}
        </header>
      )}
      {tabs && !tableView && <Tabs tab={tab} onTab={setTab} ids={ids} />}
      <div className="embed__body">
        <div ref={mapRegion} className={shown('map') ? 'embed__map' : 'embed__map embed__region--hidden'} {...panel('map')}>
          <Suspense fallback={<div className="map-placeholder">{t('common.loadingMap')}</div>}>
            <MapView fitPadding={16} cooperativeGestures={options.interactive} interactive={options.interactive} locale={locale} />
          </Suspense>
          <EmbedDataNotice charts={options.charts}>{dataLink.notice}</EmbedDataNotice>
          {dataLink.loader}
        </div>
        {options.charts && (
          <div ref={chartRegion} className={shown('chart') ? 'embed__chart' : 'embed__chart embed__region--hidden'} {...panel('chart')}>
            <ChartPanel />
          </div>
        )}
        {tableView && (
          <div className="embed__tables" id={ids.tables} role="region" aria-label={t('embed.tableView')} tabIndex={0}>
            <EmbedTables />
          </div>
        )}
        {card.open && selection && (
          <DetailsCard selection={selection} href={href} focusOnOpen={card.focus} onClose={card.close} />
        )}
      </div>
      <div className="embed__bar">
        <CompactLegend />
        {selection && selectionName && (
          <p className="embed__selection">
            <span className="visually-hidden">{t('embed.selected')}: </span>
            <button type="button" className="embed__selection-button" aria-expanded={card.open} onClick={card.toggle} title={t('embed.details', { name: selectionName })}>
              <strong>{selectionName}</strong>
            </button>
          </p>
        )}
        <button type="button" className="embed__toggle" aria-pressed={tableView} aria-controls={tableView ? ids.tables : undefined} onClick={() => setTableView((v) => !v)}>
          {t('embed.tableView')}
        </button>
        <GetDataLink />
        <a className="embed__open" href={href} target="_blank" rel="noopener" title={t('embed.openFullNewTab')}>
          {t('embed.openFull')}
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>
      {/* The text alternative: read on reaching the map (aria-describedby) and announced as it changes. */}
      <p id={ids.description} className="visually-hidden" aria-live="polite" data-testid="embed-description">
        {description}
      </p>
    </div>
  );
}
