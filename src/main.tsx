import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Root } from './app/root';
import { startUrlSync } from './app/url-sync';
import { prefetchMapFiles } from './data/queries';
// Latin UI text in the bundled Inter (same files the map labels use); Chinese falls back to the system CJK font.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './app/app.css';

// The URL is read before the first render so a shared link never flashes the default view.
startUrlSync();

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
// Every view shows the map; its files download while the map's code does (see queries.ts).
prefetchMapFiles(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
