// Picks the view the URL asks for. Each mode is its own lazy chunk so the dashboard does not pay
// for the presenter or the embed, and the reverse.
import { App } from './app';
import { useAppStore } from '../store/app-store';

export function Root() {
  const mode = useAppStore((s) => s.mode);
  switch (mode) {
    // The presenter and embed views land with their issues; until then these modes open the
    // dashboard, which is the same data and never a blank page.
    case 'present':
    case 'embed':
    case 'explore':
      return <App />;
  }
}
