// The flavour the map and the page are drawn in now: the store's choice, the mode, the embed's
// theme and the system's preference, put through the one rule in src/lib/flavour.ts.
import { useSyncExternalStore } from 'react';
import { useAppStore } from '../store/app-store';
import { resolveFlavour } from '../lib/flavour';
import { decodeEmbedOptions } from '../lib/url-state';
import type { Flavour } from '../lib/vocabulary';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const mq = typeof window !== 'undefined' ? window.matchMedia?.(DARK_QUERY) : undefined;
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

const systemPrefersDark = (): boolean => (typeof window !== 'undefined' && window.matchMedia?.(DARK_QUERY).matches) || false;

/** The embed reads its options from the URL once, when it opens; so does this. */
let embedTheme: string | null | undefined;
function embedThemeOnce(): string | null {
  if (embedTheme === undefined) embedTheme = typeof window === 'undefined' ? null : decodeEmbedOptions(window.location.search).theme;
  return embedTheme;
}

export function useFlavour(): Flavour {
  const mode = useAppStore((s) => s.mode);
  const choice = useAppStore((s) => s.flavour);
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  return resolveFlavour({ mode, choice, embedTheme: mode === 'embed' ? embedThemeOnce() : null, systemDark });
}
