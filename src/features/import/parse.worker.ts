// The importer's worker: reading, parsing, matching and converting happen here, so a large file
// never blocks the page. It keeps the last file's table; the page asks for a preview, then plans
// with the user's choices as they change them, then builds the dataset to add.
import { readImport, type ReadOptions } from '../../lib/import/read';
import { districtMatcher, type DistrictMatcher, type DistrictNames } from '../../lib/import/district-match';
import { districtLocator, type DistrictOutline } from '../../lib/import/locate';
import { buildDataset, planOf, previewOf, type Choices } from '../../lib/import/pipeline';
import type { Table } from '../../lib/import/table';
import type { Datum } from '../../lib/datum';
import { cutTile, dropTilePoints, keepTilePoints, searchRows } from './tile-cutter';
import type { PackedTilePoints } from './packed-points';

export type WorkerRequest =
  | { type: 'init'; districts: DistrictNames[]; outlines: DistrictOutline[] }
  | { type: 'read'; bytes: ArrayBuffer; name: string; options: ReadOptions }
  | { type: 'plan'; choices: Choices }
  | { type: 'build'; choices: Choices; name: string; colour: number }
  | { type: 'tile-points'; key: string; points: PackedTilePoints }
  | { type: 'tile'; key: string; z: number; x: number; y: number; datum: Datum }
  | { type: 'drop-tile-points'; key: string }
  | { type: 'search'; key: string; query: string; limit: number };

let table: Table | null = null;
let matcher: DistrictMatcher = districtMatcher([]);
let locate: (lng: number, lat: number) => string | null = () => null;

async function answer(req: WorkerRequest): Promise<unknown> {
  switch (req.type) {
    case 'init':
      matcher = districtMatcher(req.districts);
      locate = districtLocator(req.outlines);
      return true;
    case 'read': {
      const read = await readImport(new Uint8Array(req.bytes), req.name, req.options);
      table = read.table;
      return { read: { ...read, table: null }, preview: read.table ? previewOf(read.table, matcher, locate) : null };
    }
    case 'plan':
      return table ? planOf(table, req.choices, matcher) : null;
    case 'build':
      return table ? buildDataset(table, req.choices, matcher, req.name, req.colour) : null;
    case 'tile-points':
      keepTilePoints(req.key, req.points);
      return true;
    case 'tile':
      return cutTile(req.key, req.z, req.x, req.y, req.datum);
    case 'drop-tile-points':
      dropTilePoints(req.key);
      return true;
    case 'search':
      return searchRows(req.key, req.query, req.limit);
  }
}

self.onmessage = (e: MessageEvent<{ id: number; req: WorkerRequest }>) => {
  const { id, req } = e.data;
  answer(req).then(
    // A tile is moved to the page, not copied.
    (result) => self.postMessage({ id, ok: true, result }, { transfer: result instanceof ArrayBuffer ? [result] : [] }),
    () => self.postMessage({ id, ok: false }),
  );
};
