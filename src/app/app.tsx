// The explore view: header, city figures, the tools (Find, Layers, Analyse) as tabs on the left,
// the map with its legend and controls in the middle, details and the chart on the right. At phone
// width the same parts stack under the map (details and chart behind a disclosure), so the map
// keeps most of the screen.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import type { Lang } from '../lib/vocabulary';
import { LANGUAGES } from '../i18n/languages';
import { HeadlineStrip } from '../features/headline/headline-strip';
import { Finder } from '../features/finder/finder';
import { DetailsPanel } from '../features/details/details-panel';
import { ChartPanel } from '../features/charts/chart-panel';
import { LayersPanel } from '../features/map/layers-panel';
import { SitesTable } from '../features/data-table/sites-table';
import { BasemapChoice } from '../features/map/basemap-choice';
import { FlavourChoice } from '../features/map/flavour-choice';
import { PresentLink } from '../features/tour/present-link';
import { DataStatus } from './data-status';
import { ShareButton } from '../features/embed/share-dialog';
import { detectPhraseBreaks } from '../components/phrase-breaks';
import { ImportPanel } from '../features/import/import-panel';
import { DropZone } from '../features/import/drop-zone';
import { useImportStore } from '../features/import/store';
import { WorkspaceTabs } from './workspace-tabs';
import './layout.css';

const MapView = lazy(() => import('../features/map/map-view'));
// The analysis tools (exports, CSV writer) are not needed for the first screen.
const AnalysisPanel = lazy(() => import('../features/analysis/analysis-panel').then((m) => ({ default: m.AnalysisPanel })));

function LanguageSelect() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <label className="lang-select">
      <span className="visually-hidden">{t('app.language')}</span>
      <select aria-label={t('app.language')} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.htmlLang}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}

function useIsNarrow(): boolean {
  const query = '(max-width: 820px)';
  const [narrow, setNarrow] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const on = () => setNarrow(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return narrow;
}

/**
 * A panel that is always open on wide screens and a disclosure on narrow ones; with
 * `openWhenSelected`, the disclosure opens while something is selected. The panel reads that
 * itself, so the first selection re-renders this panel and not the whole app (its children are
 * the app's same elements, which React then skips).
 */
function Panel({
  title,
  narrow,
  openWhenSelected = false,
  className,
  children,
}: {
  title: string;
  narrow: boolean;
  openWhenSelected?: boolean;
  className: string;
  children: React.ReactNode;
}) {
  const hasSelection = useAppStore((s) => s.selection !== null);
  if (!narrow) return <div className={`panel ${className}`}>{children}</div>;
  return (
    <details className={`panel panel--collapsible ${className}`} open={openWhenSelected ? hasSelection : undefined}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

export function App() {
  const t = useT();
  const narrow = useIsNarrow();
  const [tab, setTab] = useState('find');
  // The two districts compared in the Analyse panel are highlighted on the map (and in the chart).
  const compare = useAppStore((s) => s.analysis.compare);
  const compared = useMemo(() => (compare ?? []).filter(Boolean).map((id) => ({ kind: 'district' as const, id })), [compare]);
  // A file dropped on the map opens its preview in the import panel, which lives in the Layers tab.
  const importing = useImportStore((s) => s.pending !== null);
  const [wasImporting, setWasImporting] = useState(importing);
  if (importing !== wasImporting) {
    setWasImporting(importing);
    if (importing) setTab('layers');
  }
  // Chinese wraps at phrase boundaries where the browser can find them (see app.css).
  useEffect(() => detectPhraseBreaks(), []);
  return (
    <div className="app">
      <header className="app__header">
        <div className="app__brand">
          <h1>{t('app.title')}</h1>
          <p className="app__tagline">{t('app.tagline')}</p>
        </div>
        <div className="app__header-tools">
          <PresentLink />
          <ShareButton />
          <LanguageSelect />
        </div>
      </header>
      <DataStatus />
      <HeadlineStrip />
      <main className="app__main">
        <aside className="app__left">
          <WorkspaceTabs
            label={t('tabs.label')}
            active={tab}
            onChange={setTab}
            tabs={[
              { id: 'find', label: t('tabs.find'), content: <Finder /> },
              {
                id: 'layers',
                label: t('tabs.layers'),
                content: (
                  <>
                    <LayersPanel />
                    <BasemapChoice />
                    <FlavourChoice />
                    {/* A reader's own data becomes layers: it is added where layers are chosen. */}
                    <ImportPanel />
                  </>
                ),
              },
              {
                id: 'analyse',
                label: t('tabs.analyse'),
                content: (
                  <Suspense fallback={<p>{t('common.loading')}</p>}>
                    <AnalysisPanel />
                  </Suspense>
                ),
              },
            ]}
          />
        </aside>
        <div className="app__map">
          <DropZone>
            <Suspense fallback={<div className="map-placeholder">{t('common.loadingMap')}</div>}>
              <MapView home="sites" workspace highlights={compared} />
            </Suspense>
          </DropZone>
        </div>
        <aside className="app__right">
          <Panel title={t('panel.details')} narrow={narrow} openWhenSelected className="panel--details">
            <DetailsPanel />
          </Panel>
          <Panel title={t('panel.chart')} narrow={narrow} className="panel--chart">
            <ChartPanel />
          </Panel>
          <details className="panel panel--collapsible panel--table">
            <summary>{t('panel.table')}</summary>
            <SitesTable />
          </details>
        </aside>
      </main>
      <footer className="app__footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
