// Saving and opening a map: the imported datasets and the view in one file (save-file.ts), opened
// from a file or from `?data=<url>` when the URL's origin is this site's or on the deployment's
// list (embed-config.json's `dataOrigins`, or VITE_DATA_ORIGINS at build time).
import { applyUrlState, useAppStore } from '../../store/app-store';
import { decodeUrlState, encodeUrlState, urlStateOf } from '../../lib/url-state';
import { buildDataOrigins } from '../../lib/embed-messages';
import { dataUrlAllowed, readSavedMap, writeSavedMap, SAVE_EXTENSION } from '../../lib/import/save-file';
import { addDatasets, useImportStore } from './store';
import { syncRegistries } from './registries';
import { downloadBlob } from '../../lib/download';

export function saveMap(): void {
  const view = encodeUrlState(urlStateOf(useAppStore.getState()));
  const text = writeSavedMap(useImportStore.getState().datasets, view);
  downloadBlob(new Blob([text], { type: 'application/json' }), `shanghai-talent-map${SAVE_EXTENSION}`);
}

/** Opens a saved map's text: adds its datasets, then applies its view. False if it is not one. */
export function openSavedMap(text: string): boolean {
  const saved = readSavedMap(text);
  if (!saved) {
    useImportStore.getState().setNotice({ key: 'import.savedInvalid', tone: 'error' });
    return false;
  }
  addDatasets(saved.datasets);
  // Registered now, not on the next render, so the view's metric is known when it is applied.
  syncRegistries(useImportStore.getState().datasets);
  applyUrlState(decodeUrlState(saved.view));
  useImportStore.getState().setNotice({ key: 'import.savedOpened', vars: { n: saved.datasets.length }, tone: 'info' });
  return true;
}

async function dataOrigins(): Promise<Set<string>> {
  let json: unknown = null;
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}embed-config.json?v=1`, { cache: 'no-cache' });
    if (res.ok) json = await res.json();
  } catch {
    json = null;
  }
  return buildDataOrigins(json, import.meta.env.VITE_DATA_ORIGINS as string | undefined);
}

/** `?data=<url>`: fetches and opens the saved map it names, if its origin is allowed. */
export async function openDataParam(raw: string): Promise<void> {
  const { setNotice } = useImportStore.getState();
  const check = dataUrlAllowed(raw, window.location.origin, await dataOrigins());
  if (!check || !check.ok) {
    setNotice({ key: 'import.dataUrl.refused', vars: { origin: check?.url.origin ?? raw.slice(0, 80) }, tone: 'error' });
    return;
  }
  try {
    const res = await fetch(check.url, { credentials: 'omit' });
    if (!res.ok) throw new Error(String(res.status));
    openSavedMap(await res.text());
  } catch {
    setNotice({ key: 'import.dataUrl.failed', tone: 'error' });
  }
}
