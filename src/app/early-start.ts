// The first of the entry's modules to run (main.tsx imports it before anything else): every view
// shows the map, so the map's code and the files it draws are asked for here, while the rest of
// the app's modules are still being evaluated and rendered. Asked for later — the files when
// main.tsx's body runs, the code when the lazy map view first renders — they arrived a good
// hundred milliseconds later on the way to the first frame (npm run bench).
import { QueryClient } from '@tanstack/react-query';
import { prefetchMapFiles } from '../data/queries';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
prefetchMapFiles(queryClient);

// The same module the views' lazy() imports name, so they find it loaded (or loading). A failure
// here is theirs to report: the view's error boundary shows it when it asks again.
import('../features/map/map-view').catch(() => undefined);
