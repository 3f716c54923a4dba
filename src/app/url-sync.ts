// Keeps the address bar and the store in step: the URL is read once at start and on back/forward;
// store changes are written back with replaceState (a pan is not a history entry), at most every
// 250 ms so dragging the map does not flood the history API.
import { applyUrlState, useAppStore } from '../store/app-store';
import { decodeUrlState, encodeUrlState } from '../lib/url-state';
import { type UrlState } from '../lib/vocabulary';

const WRITE_INTERVAL_MS = 250;

function urlPart(s: UrlState): UrlState {
  return {
    mode: s.mode,
    lang: s.lang,
    selection: s.selection,
    layers: s.layers,
    metric: s.metric,
    camera: s.camera,
    chapter: s.chapter,
    autoplay: s.autoplay,
    basemap: s.basemap,
    analysis: s.analysis,
  };
}

export function startUrlSync(): () => void {
  applyUrlState(decodeUrlState(window.location.search));
  syncDocumentLanguage(useAppStore.getState().lang);

  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const search = encodeUrlState(urlPart(useAppStore.getState()), window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  };
  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (state.lang !== prev.lang) syncDocumentLanguage(state.lang);
    const changed =
      state.mode !== prev.mode ||
      state.lang !== prev.lang ||
      state.selection !== prev.selection ||
      state.layers !== prev.layers ||
      state.metric !== prev.metric ||
      state.camera !== prev.camera ||
      state.chapter !== prev.chapter ||
      state.autoplay !== prev.autoplay ||
      state.basemap !== prev.basemap ||
      state.analysis !== prev.analysis;
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

function syncDocumentLanguage(lang: UrlState['lang']): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  document.title = lang === 'zh' ? '上海人才地图' : 'Shanghai Talent Map';
}
