// First: it starts the map's downloads before the rest of the app is evaluated (see the file).
import { queryClient } from './app/early-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { Root } from './app/root';
import { startUrlSync } from './app/url-sync';
// Latin UI text in the bundled Inter (same files the map labels use); Chinese falls back to the system CJK font.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './app/app.css';

// The URL is read before the first render so a shared link never flashes the default view.
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
