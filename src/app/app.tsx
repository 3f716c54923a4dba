// The explore view: header, city figures, finder and layers on the left, the map in the middle,
// details and the chart on the right. At phone width the same parts stack under the map, each
// behind a disclosure, so the map keeps most of the screen.
import { lazy, Suspense, useEffect, useState } from 'react';
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
import { PresentLink } from '../features/tour/present-link';
import { DataStatus } from './data-status';
import { ShareButton } from '../features/embed/share-dialog';
import { detectPhraseBreaks } from '../components/phrase-breaks';
import { ImportPanel } from '../features/import/import-panel';
import { DropZone } from '../features/import/drop-zone';

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

/** A panel that is always open on wide screens and a disclosure on narrow ones. */
function Panel({ title, narrow, defaultOpen, children }: { title: string; narrow: boolean; defaultOpen?: boolean; children: React.ReactNode }) {
  if (!narrow) return <div className="panel">{children}</div>;
  return (
    <details className="panel panel--collapsible" open={defaultOpen}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

export function App() {
  const t = useT();
  const narrow = useIsNarrow();
  const hasSelection = useAppStore((s) => s.selection !== null);
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
          <Panel title={t('panel.find')} narrow={narrow}>
            <Finder />
          </Panel>
          <Panel title={t('panel.layers')} narrow={narrow}>
            <LayersPanel />
            <BasemapChoice />
          </Panel>
          <Panel title={t('import.title')} narrow={narrow}>
            <ImportPanel />
          </Panel>
        </aside>
        <div className="app__map">
          <DropZone>
            <Suspense fallback={<div className="map-placeholder">{t('common.loadingMap')}</div>}>
              <MapView />
            </Suspense>
          </DropZone>
        </div>
        <aside className="app__right">
          <Panel title={t('panel.details')} narrow={narrow} defaultOpen={hasSelection}>
            <DetailsPanel />
          </Panel>
          <Panel title={t('panel.chart')} narrow={narrow}>
            <ChartPanel />
          </Panel>
          <Panel title={t('panel.analysis')} narrow={narrow}>
            <Suspense fallback={<p>{t('common.loading')}</p>}>
              <AnalysisPanel />
            </Suspense>
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
