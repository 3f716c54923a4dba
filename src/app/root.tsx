// Picks the view the URL asks for. Each mode is its own lazy chunk so the dashboard does not pay
// for the presenter or the embed, and the reverse.
import { lazy, Suspense } from 'react';
import { App } from './app';
import { useAppStore } from '../store/app-store';

const PresenterView = lazy(() => import('../features/tour/presenter-view'));

export function Root() {
  const mode = useAppStore((s) => s.mode);
  switch (mode) {
    case 'present':
      return (
        <Suspense fallback={null}>
          <PresenterView />
        </Suspense>
      );
    // The embed view lands with its issue; until then it opens the dashboard, which is the same
    // data and never a blank page.
    case 'embed':
    case 'explore':
      return <App />;
  }
}
