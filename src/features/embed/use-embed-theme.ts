// The theme the embed draws: `light` and `dark` as asked, `auto` from the reader's
// prefers-color-scheme, followed live (a host page or system switching to dark restyles the frame).
import { useSyncExternalStore } from 'react';
import type { ResolvedTheme, Theme } from '../../lib/vocabulary';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia?.(DARK_QUERY);
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

const prefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

export function useResolvedTheme(theme: Theme): ResolvedTheme {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  if (theme !== 'auto') return theme;
  return dark ? 'dark' : 'light';
}
