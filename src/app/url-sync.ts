// Keeps the address bar and the store in step: the URL is read once at start and on back/forward;
// store changes are written back with replaceState (a pan is not a history entry), at most every
// 250 ms so dragging the map does not flood the history API.
import { applyUrlState, useAppStore } from '../store/app-store';
import { decodeUrlState, encodeUrlState, urlStateOf } from '../lib/url-state';
import { URL_STATE_FIELDS } from '../lib/url-params';
import { languageOf, type Lang } from '../i18n/languages';
import { translate } from '../i18n/i18n';

const WRITE_INTERVAL_MS = 250;

export function startUrlSync(): () => void {
  applyUrlState(decodeUrlState(window.location.search));
  syncDocumentLanguage(useAppStore.getState().lang);

  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const search = encodeUrlState(urlStateOf(useAppStore.getState()), window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  };
  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (state.lang !== prev.lang) syncDocumentLanguage(state.lang);
    const changed = URL_STATE_FIELDS.some((f) => state[f] !== prev[f]);
    if (changed && timer === null) timer = setTimeout(write, WRITE_INTERVAL_MS);
  });
  const onPop = () => applyUrlState(decodeUrlState(window.location.search));
  window.addEventListener('popstate', onPop);
  // A reload right after a change must not lose it.
  const flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      write();
    }
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', flush);
    if (timer !== null) clearTimeout(timer);
  };
}

function syncDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = languageOf(lang).htmlLang;
  document.title = translate(lang, 'app.title');
}
