// Keeps the address bar and the store in step: the URL is read once at start and on back/forward;
// store changes are written back with replaceState (a pan is not a history entry), at most every
// 250 ms so dragging the map does not flood the history API, and in an idle moment: replaceState
// costs the page several milliseconds (Chromium also fetches the icon again), which must not land
// in a frame of the flight that follows a selection.
import { applyUrlState, useAppStore } from '../store/app-store';
import { decodeUrlState, encodeUrlState, urlStateOf } from '../lib/url-state';
import { URL_STATE_FIELDS } from '../lib/url-params';
import { languageOf, type Lang } from '../i18n/languages';
import { translate } from '../i18n/i18n';

const WRITE_INTERVAL_MS = 250;
/** The longest a write waits for an idle moment (a map flying all the time leaves few). */
const IDLE_TIMEOUT_MS = 500;

/** Runs `fn` when the page is idle (at once where there is no requestIdleCallback); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const id = setTimeout(fn, 0);
    return () => clearTimeout(id);
  }
  const id = window.requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
  return () => window.cancelIdleCallback(id);
}

export function startUrlSync(): () => void {
  applyUrlState(decodeUrlState(window.location.search));
  syncDocumentLanguage(useAppStore.getState().lang);

  // A write waits WRITE_INTERVAL_MS, then an idle moment; `cancel` stops whichever is pending.
  let cancel: (() => void) | null = null;
  const write = () => {
    cancel = null;
    const search = encodeUrlState(urlStateOf(useAppStore.getState()), window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  };
  const schedule = () => {
    const timer = setTimeout(() => (cancel = whenIdle(write)), WRITE_INTERVAL_MS);
    cancel = () => clearTimeout(timer);
  };
  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (state.lang !== prev.lang) syncDocumentLanguage(state.lang);
    const changed = URL_STATE_FIELDS.some((f) => state[f] !== prev[f]);
    // A write already pending reads the state as it is then.
    if (changed && cancel === null) schedule();
  });
  const onPop = () => applyUrlState(decodeUrlState(window.location.search));
  window.addEventListener('popstate', onPop);
  // A reload right after a change must not lose it.
  const flush = () => {
    if (cancel !== null) {
      cancel();
      write();
    }
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', flush);
    cancel?.();
  };
}

function syncDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = languageOf(lang).htmlLang;
  document.title = translate(lang, 'app.title');
}
