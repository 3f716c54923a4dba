// The page's side of the parsing worker: one worker per page, requests answered in order by id.
import type { WorkerRequest } from './parse.worker';
import type { ReadResult } from '../../lib/import/read';
import type { PlanSummary, Preview } from '../../lib/import/pipeline';
import type { Dataset, PointDataset } from '../../lib/import/dataset';
import { packPoints } from './packed-points';

let worker: Worker | null = null;
let districts: Extract<WorkerRequest, { type: 'init' }> | null = null;

/** The district names and outlines the worker matches against; sent when the worker starts. */
export function setWorkerDistricts(init: Extract<WorkerRequest, { type: 'init' }>): void {
  districts = init;
  if (worker) worker.postMessage({ id: ++next, req: init });
}
let next = 0;
const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function ensure(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<{ id: number; ok: boolean; result?: unknown }>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (e.data.ok) w?.resolve(e.data.result);
    else w?.reject(new Error('import worker failed'));
  };
  worker.onerror = () => {
    for (const w of waiting.values()) w.reject(new Error('import worker failed'));
    waiting.clear();
  };
  if (districts) worker.postMessage({ id: ++next, req: districts });
  return worker;
}

function ask<T>(req: WorkerRequest, transfer: Transferable[] = []): Promise<T> {
  const id = ++next;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    ensure().postMessage({ id, req }, transfer);
  });
}

export const importWorker = {
  read: (bytes: ArrayBuffer, name: string, options: Extract<WorkerRequest, { type: 'read' }>['options']) =>
    ask<{ read: ReadResult; preview: Preview | null }>({ type: 'read', bytes, name, options }, [bytes]),
  plan: (choices: Extract<WorkerRequest, { type: 'plan' }>['choices']) => ask<PlanSummary | null>({ type: 'plan', choices }),
  build: (choices: Extract<WorkerRequest, { type: 'build' }>['choices'], name: string, colour: number) =>
    ask<Dataset | null>({ type: 'build', choices, name, colour }),
  /** Hands a point set to the worker, which cuts its map tiles from then on. */
  tilePoints: (key: string, points: Pick<PointDataset, 'rows' | 'coords' | 'filter' | 'nameColumn'>) =>
    ask<true>({ type: 'tile-points', key, points: packPoints({ rows: points.rows, coords: points.coords, filter: points.filter, nameColumn: points.nameColumn }) }),
  tile: (key: string, z: number, x: number, y: number, datum: Extract<WorkerRequest, { type: 'tile' }>['datum']) => ask<ArrayBuffer>({ type: 'tile', key, z, x, y, datum }),
  dropTilePoints: (key: string) => ask<true>({ type: 'drop-tile-points', key }),
  /** Rows of the set under `key` that match `query`, drawn ones only. */
  search: (key: string, query: string, limit: number) => ask<number[]>({ type: 'search', key, query, limit }),
};
