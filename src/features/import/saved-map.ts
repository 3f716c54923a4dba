// Saving and opening a map: the imported datasets and the view in one file (save-file.ts), opened
// from a file or from `?data=<url>` when the URL's origin is this site's or on the deployment's
// list (embed-config.json's `dataOrigins`, or VITE_DATA_ORIGINS at build time). The dashboard
// (import-root.tsx) and the embed (data-link.tsx) open a link the same way (use-saved-map-link.ts);
// how the view is merged with the address that opened it is src/lib/saved-view.ts. A saved map
// over IMPORT_LIMITS.savedMapBytes is refused before it is read (size-cap.ts).
import { applyUrlState, useAppStore } from '../../store/app-store';
import { decodeUrlState, encodeUrlState, urlStateOf } from '../../lib/url-state';
import { savedViewSearch } from '../../lib/saved-view';
import { buildDataOrigins } from '../../lib/embed-messages';
import { dataUrlAllowed, readSavedMap, writeSavedMap, SAVE_EXTENSION, type SavedMap } from '../../lib/import/save-file';
import { addDatasets, useImportStore } from './store';
import { syncRegistries } from './registries';
import { downloadBlob } from '../../lib/download';
import { IMPORT_LIMITS } from '../../lib/import/limits';
import { declaredLength, overCap, readCapped } from '../../lib/import/size-cap';
import { formatNumber } from '../../lib/format';

const MB = 1024 * 1024;

/** The saved-map size limit in MB as the page's language writes it, for the messages that name it. */
export function savedMapLimitMb(): string {
  return formatNumber(IMPORT_LIMITS.savedMapBytes / MB, useAppStore.getState().lang, 0);
}

/** A saved map that takes longer than this to arrive is given up on (the page says so). */
const FETCH_TIMEOUT_MS = 30_000;

export function saveMap(): void {
  const view = encodeUrlState(urlStateOf(useAppStore.getState()));
  const text = writeSavedMap(useImportStore.getState().datasets, view);
  const blob = new Blob([text], { type: 'application/json' });
  // A file no page would open is not written: the reader removes a dataset and saves again.
  if (overCap(blob.size, IMPORT_LIMITS.savedMapBytes)) {
    const size = formatNumber(blob.size / MB, useAppStore.getState().lang, 1);
    useImportStore.getState().setNotice({ key: 'import.saveTooLarge', vars: { size, mb: savedMapLimitMb() }, tone: 'error' });
    return;
  }
  downloadBlob(blob, `shanghai-talent-map${SAVE_EXTENSION}`);
}

/**
 * Adds a saved map's datasets and applies its view, merged with `ownSearch` (the address that
 * opened it, whose explicit parameters win; '' for a file). The page's mode is kept.
 */
export function restoreSavedMap(saved: SavedMap, ownSearch: string): void {
  addDatasets(saved.datasets);
  // Registered now, not on the next render, so the view's metric is known when it is decoded.
  syncRegistries(useImportStore.getState().datasets);
  applyUrlState(decodeUrlState(savedViewSearch(saved.view, ownSearch, useAppStore.getState().mode)));
}

/** A saved-map file the reader chose or dropped: refused unread when over the limit, else opened. */
export function openSavedMapFile(file: File): void {
  if (overCap(file.size, IMPORT_LIMITS.savedMapBytes)) {
    useImportStore.getState().setNotice({ key: 'import.savedTooLarge', vars: { mb: savedMapLimitMb() }, tone: 'error' });
    return;
  }
  void file.text().then(openSavedMap, () => useImportStore.getState().setNotice({ key: 'import.savedInvalid', tone: 'error' }));
}

/** Opens a saved map's text (a file the reader chose): adds its datasets, then applies its view. False if it is not one. */
export function openSavedMap(text: string): boolean {
  const saved = readSavedMap(text);
  if (!saved) {
    useImportStore.getState().setNotice({ key: 'import.savedInvalid', tone: 'error' });
    return false;
  }
  restoreSavedMap(saved, '');
  useImportStore.getState().setNotice({ key: 'import.savedOpened', counts: { datasets: ['datasets', saved.datasets.length] }, tone: 'info' });
  return true;
}

/** The origins a `data=` saved map may come from besides this site's (also read by the share dialog, to warn before a portal pastes a link the embed will refuse). */
export async function loadDataOrigins(): Promise<Set<string>> {
  let json: unknown = null;
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}embed-config.json?v=1`, { cache: 'no-cache' });
    if (res.ok) json = await res.json();
  } catch {
    json = null;
  }
  return buildDataOrigins(json, import.meta.env.VITE_DATA_ORIGINS as string | undefined);
}

/** What became of a `?data=` link: the saved map, or why there is none. */
export type DataLinkResult =
  | { ok: true; saved: SavedMap }
  /** The URL's origin is neither this site's nor on the list (or it is no http(s) URL at all). */
  | { ok: false; problem: 'refused'; origin: string }
  /** The request failed, timed out or was answered with an error status. */
  | { ok: false; problem: 'failed' }
  /** An answer came, but it is not a saved map of this app. */
  | { ok: false; problem: 'invalid' }
  /** The file is larger than IMPORT_LIMITS.savedMapBytes (declared, or found while reading it). */
  | { ok: false; problem: 'too-large' };

/** Fetches the saved map a `?data=` link names, if its origin is allowed; adds nothing. */
export async function fetchSavedMap(raw: string): Promise<DataLinkResult> {
  const check = dataUrlAllowed(raw, window.location.origin, await loadDataOrigins());
  if (!check || !check.ok) return { ok: false, problem: 'refused', origin: check?.url.origin ?? raw.slice(0, 80) };
  const cap = IMPORT_LIMITS.savedMapBytes;
  let bytes: Uint8Array;
  try {
    const res = await fetch(check.url, { credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!res.ok) throw new Error(String(res.status));
    if (overCap(declaredLength(res.headers.get('content-length')), cap)) {
      void res.body?.cancel().catch(() => undefined);
      return { ok: false, problem: 'too-large' };
    }
    const read = await readCapped(res.body, cap);
    if (!read.ok) return { ok: false, problem: 'too-large' };
    bytes = read.bytes;
  } catch {
    return { ok: false, problem: 'failed' };
  }
  const saved = readSavedMap(new TextDecoder().decode(bytes));
  return saved ? { ok: true, saved } : { ok: false, problem: 'invalid' };
}

/** The dashboard's `?data=`, once fetched (use-saved-map-link.ts): opens the saved map (the link's own view parameters win) and says how it went in Your data. */
export function openedDataLink(result: DataLinkResult, ownSearch: string): void {
  const { setNotice } = useImportStore.getState();
  if (result.ok) {
    restoreSavedMap(result.saved, ownSearch);
    setNotice({ key: 'import.savedOpened', counts: { datasets: ['datasets', result.saved.datasets.length] }, tone: 'info' });
  } else if (result.problem === 'refused') {
    setNotice({ key: 'import.dataUrl.refused', vars: { origin: result.origin }, tone: 'error' });
  } else if (result.problem === 'too-large') {
    setNotice({ key: 'import.savedTooLarge', vars: { mb: savedMapLimitMb() }, tone: 'error' });
  } else {
    setNotice({ key: result.problem === 'invalid' ? 'import.savedInvalid' : 'import.dataUrl.failed', tone: 'error' });
  }
}
