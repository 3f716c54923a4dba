// The imported datasets: a small zustand store (the list and the last message), kept in IndexedDB
// so they survive a reload and work offline. Each dataset is its own IndexedDB entry, plus the
// list of ids in order. Everything read back is validated (readDataset) before it is used.
// An embed keeps its data in memory only (keepInMemoryOnly): a portal's saved map must not pile
// up in every visitor's browser, nor turn up later in the visitor's own dashboard, and the
// visitor's own datasets must not turn up on the portal's map.
import { create } from 'zustand';
import { createStore, del, get, getMany, set } from 'idb-keyval';
import { readDataset, type Dataset } from '../../lib/import/dataset';
import type { MessageKey, Vars } from '../../i18n/i18n';
import type { CountNoun } from '../../i18n/messages/format';
import { isPacked, packPoints, unpackPoints } from './packed-points';

export interface Notice {
  key: MessageKey;
  vars?: Vars;
  /** Placeholders that are counts ("3 datasets"), worded when shown, in the language of that moment. */
  counts?: Record<string, [CountNoun, number]>;
  tone: 'info' | 'error';
}

interface ImportState {
  datasets: Dataset[];
  /** Whether the stored datasets have been read (tests wait for it). */
  loaded: boolean;
  /** Writes to IndexedDB not finished yet (a reload before they finish loses them). */
  writing: number;
  notice: Notice | null;
  setNotice: (n: Notice | null) => void;
  /** The file being previewed (chosen or dropped); null when the preview is closed. */
  pending: File | null;
  openFile: (file: File | null) => void;
}

export const useImportStore = create<ImportState>()((setState) => ({
  datasets: [],
  loaded: false,
  writing: 0,
  notice: null,
  setNotice: (notice) => setState({ notice }),
  pending: null,
  openFile: (pending) => setState({ pending }),
}));

const db = typeof indexedDB === 'undefined' ? null : createStore('talent-map-imports', 'datasets');
const ORDER = 'order';

/** False once the page keeps its datasets in memory only: nothing is read from or written to IndexedDB. */
let persistent = true;

/**
 * For the life of the page, datasets live in memory only: no write reaches IndexedDB and the
 * stored datasets are never read. The embed calls it before it adds a saved map's datasets.
 */
export function keepInMemoryOnly(): void {
  persistent = false;
}

// One write at a time, in order, so the stored list never falls behind an earlier write.
let queue: Promise<void> = Promise.resolve();

function enqueue(write: (store: NonNullable<typeof db>) => Promise<void>): void {
  if (!db || !persistent) return;
  const store = db;
  useImportStore.setState((s) => ({ writing: s.writing + 1 }));
  queue = queue
    // In a task of its own: IndexedDB copies the value on the page's thread as it is put.
    .then(() => new Promise((next) => setTimeout(next, 0)))
    .then(() => write(store))
    .catch(() => useImportStore.getState().setNotice({ key: 'import.persistFailed', tone: 'error' }))
    .finally(() => useImportStore.setState((s) => ({ writing: s.writing - 1 })));
}

function persist(datasets: readonly Dataset[], changed: readonly Dataset[]): void {
  const order = datasets.map((d) => d.id);
  enqueue(async (store) => {
    // A point set is stored packed: IndexedDB copies two flat values instead of 300,000.
    for (const d of changed) await set(`dataset:${d.id}`, d.kind === 'points' ? packPoints(d) : d, store);
    await set(ORDER, order, store);
  });
}

export function addDatasets(added: readonly Dataset[]): void {
  const s = useImportStore.getState();
  const ids = new Set(added.map((d) => d.id));
  const datasets = [...s.datasets.filter((d) => !ids.has(d.id)), ...added];
  useImportStore.setState({ datasets });
  persist(datasets, added);
}

export function updateDataset(next: Dataset): void {
  const datasets = useImportStore.getState().datasets.map((d) => (d.id === next.id ? next : d));
  useImportStore.setState({ datasets });
  persist(datasets, [next]);
}

export function removeDataset(id: string): void {
  const datasets = useImportStore.getState().datasets.filter((d) => d.id !== id);
  useImportStore.setState({ datasets });
  const order = datasets.map((d) => d.id);
  enqueue(async (store) => {
    await set(ORDER, order, store);
    await del(`dataset:${id}`, store);
  });
}

let loading: Promise<void> | null = null;

/** Reads the stored datasets once per page; a damaged entry is left out, the rest load. */
export function loadStoredDatasets(): Promise<void> {
  loading ??= (async () => {
    let kept: Dataset[] = [];
    if (db && persistent) {
      try {
        const ids = ((await get<unknown>(ORDER, db)) ?? []) as unknown;
        const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
        const values = await getMany(list.map((id) => `dataset:${id}`), db);
        kept = values.map((v) => readDataset(isPacked(v) ? unpackPoints(v) : v)).filter((d): d is Dataset => d !== null);
      } catch {
        kept = [];
      }
    }
    const current = useImportStore.getState().datasets;
    const ids = new Set(current.map((d) => d.id));
    useImportStore.setState({ datasets: [...kept.filter((d) => !ids.has(d.id)), ...current], loaded: true });
  })();
  return loading;
}
