// The import worker's side of an imported point set's tiles and search: it keeps each set (by tile
// key), projects and sorts it once per datum on the first tile asked for, and cuts each tile on
// request; the map's worker gets each tile as one moved ArrayBuffer. The finder's search of the
// set's rows runs here too.
import { encodePointTile, indexPoints, POINT_NAMES_FROM_ZOOM, POINT_TILE_LAYER, type PointIndex } from '../../lib/point-tiles';
import { wgs84ToGcj02, type Datum } from '../../lib/datum';
import { rowCells } from '../../lib/import/dataset';
import { normalise } from '../../lib/search';
import { LABEL_MAX, passesFilter } from './points';
import { unpackPoints, type PackedTilePoints, type TilePoints } from './packed-points';

interface Kept {
  points: TilePoints;
  index: Map<Datum, PointIndex>;
  /** Each row as the finder's matching sees it (normalise), made on the first search. */
  searchable?: string[];
}

const sets = new Map<string, Kept>();

export function keepTilePoints(key: string, packed: PackedTilePoints): void {
  const points = unpackPoints<TilePoints>(packed);
  // Rows that do not match the points (a damaged set): the points are drawn, without names.
  sets.set(key, { points: points.rows.length * 2 === points.coords.length ? points : { ...points, rows: [], filter: null }, index: new Map() });
}

export function dropTilePoints(key: string): void {
  sets.delete(key);
}

function indexIn(kept: Kept, datum: Datum): PointIndex {
  let index = kept.index.get(datum);
  if (!index) {
    const { points } = kept;
    let coords: ArrayLike<number> = points.coords;
    if (datum === 'GCJ-02') {
      const shifted = new Float64Array(points.coords.length);
      for (let i = 0; i < shifted.length; i += 2) {
        const [lng, lat] = wgs84ToGcj02([points.coords[i]!, points.coords[i + 1]!]);
        shifted[i] = lng;
        shifted[i + 1] = lat;
      }
      coords = shifted;
    }
    index = indexPoints(coords, (row) => passesFilter(points, row));
    kept.index.set(datum, index);
  }
  return index;
}

/**
 * Up to `limit` rows drawn (the filter applied) whose cells match `query` as the finder matches
 * (src/lib/search.ts): in the worker, as 100,000 rows take a while to normalise the first time.
 */
export function searchRows(key: string, query: string, limit: number): number[] {
  const kept = sets.get(key);
  const q = normalise(query);
  if (!kept || !q) return [];
  const { points } = kept;
  // The cell separator survives normalise, so a query never matches across two cells.
  kept.searchable ??= points.rows.map(normalise);
  const out: number[] = [];
  for (let row = 0; row < kept.searchable.length && out.length < limit; row++) if (kept.searchable[row]!.includes(q) && passesFilter(points, row)) out.push(row);
  return out;
}

/** The MVT bytes of tile z/x/y of the set under `key`; an empty tile for a set no longer kept. */
export function cutTile(key: string, z: number, x: number, y: number, datum: Datum): ArrayBuffer {
  const kept = sets.get(key);
  if (!kept) return new ArrayBuffer(0);
  const { points } = kept;
  const name = (row: number) => (rowCells(points, row)[points.nameColumn ?? 0] ?? '').slice(0, LABEL_MAX);
  const bytes = encodePointTile(indexIn(kept, datum), z, x, y, { layer: POINT_TILE_LAYER, name, namesFrom: POINT_NAMES_FROM_ZOOM });
  return bytes.buffer as ArrayBuffer;
}
