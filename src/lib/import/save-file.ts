// "Save map": one JSON file with the imported datasets and the view (the URL's query string, the
// same state a link carries). Opening it restores both. Everything in it is validated: a file that
// does not fit is refused whole, a dataset that does not fit is left out and counted.
import { z } from '../zod';
import { readDataset, type Dataset } from './dataset';

export const SAVE_FORMAT = 'shanghai-talent-map/saved-map';
export const SAVE_EXTENSION = '.stmap';

const fileSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(1),
  saved: z.string().max(40),
  /** The view as a query string, `?lang=…&metric=…&map=…`. */
  view: z.string().max(4000),
  datasets: z.array(z.unknown()).max(100),
});

export function writeSavedMap(datasets: readonly Dataset[], view: string, now = new Date()): string {
  return JSON.stringify({ format: SAVE_FORMAT, version: 1, saved: now.toISOString(), view, datasets });
}

export interface SavedMap {
  view: string;
  datasets: Dataset[];
  /** Datasets left out because they did not pass the checks. */
  dropped: number;
}

export function readSavedMap(text: string): SavedMap | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return null;
  const datasets = parsed.data.datasets.map(readDataset);
  const kept = datasets.filter((d): d is Dataset => d !== null);
  const view = parsed.data.view.startsWith('?') || parsed.data.view === '' ? parsed.data.view : `?${parsed.data.view}`;
  return { view, datasets: kept, dropped: datasets.length - kept.length };
}

/** Whether a `?data=` URL may be fetched: same origin as the page, or an origin on the list. */
export function dataUrlAllowed(raw: string, pageOrigin: string, allowed: ReadonlySet<string>): { url: URL; ok: boolean } | null {
  let url: URL;
  try {
    url = new URL(raw, pageOrigin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return { url, ok: url.origin === pageOrigin || allowed.has(url.origin) };
}
