// Picks the view the URL asks for. Each mode is its own lazy chunk so the dashboard does not pay
// for the presenter or the embed, and the reverse.
import { lazy, Suspense, useEffect } from 'react';
import { App } from './app';
import { useAppStore } from '../store/app-store';
import { useFlavour } from '../derived/flavour';

const EmbedView = lazy(() => import('../features/embed/embed-view'));
const PresenterView = lazy(() => import('../features/tour/presenter-view'));
const SpeakerWindow = lazy(() => import('../features/tour/speaker-window'));
const BuilderView = lazy(() => import('../features/tour-builder/builder-view'));

export function Root() {
  const mode = useAppStore((s) => s.mode);
  // The page's colours follow the map's flavour (CSS variables keyed on data-flavour, app.css).
  const flavour = useFlavour();
  useEffect(() => {
    document.documentElement.dataset.flavour = flavour;
  }, [flavour]);
  switch (mode) {
    case 'present':
      return (
        <Suspense fallback={null}>
          <PresenterView />
        </Suspense>
      );
    case 'presenter-view':
      return (
        <Suspense fallback={null}>
          <SpeakerWindow />
        </Suspense>
      );
    case 'build':
      return (
        <Suspense fallback={null}>
          <BuilderView />
        </Suspense>
      );
    case 'embed':
      return (
        <Suspense fallback={null}>
          <EmbedView />
        </Suspense>
      );
    case 'explore':
      return <App />;
  }
}
