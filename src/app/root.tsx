// Picks the view the URL asks for. Each mode is its own lazy chunk so the dashboard does not pay
// for the presenter or the embed, and the reverse.
import { lazy, Suspense } from 'react';
import { App } from './app';
import { useAppStore } from '../store/app-store';

const EmbedView = lazy(() => import('../features/embed/embed-view'));

export function Root() {
  const mode = useAppStore((s) => s.mode);
  switch (mode) {
    case 'embed':
      return (
        <Suspense fallback={null}>
          <EmbedView />
        </Suspense>
      );
    // The presenter view lands with its issue; until then this mode opens the dashboard, which is
    // the same data and never a blank page.
    case 'present':
    case 'explore':
      return <App />;
  }
}
