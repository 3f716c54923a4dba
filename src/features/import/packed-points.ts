// A point set as it travels between the page and the import worker, and as IndexedDB keeps it: the
// coordinates as one Float64Array and the rows as one string. Copying (structured cloning) two
// flat values is a memory copy; 100,000 strings and 200,000 numbers are 300,000 values to walk,
// which cost the page's thread tens of milliseconds for each copy.
import type { PointDataset } from '../../lib/import/dataset';

/** Between rows; like CELL_SEPARATOR, a control character the importer removes from every cell. */
export const ROW_SEPARATOR = '\u001e';

type Loose = { rows: string[]; coords: number[] };
export type Packed<T extends Loose> = Omit<T, 'rows' | 'coords'> & { rows: string; coords: Float64Array };

export function packPoints<T extends Loose>(d: T): Packed<T> {
  return { ...d, rows: d.rows.join(ROW_SEPARATOR), coords: Float64Array.from(d.coords) };
}

/**
 * Back to rows and pairs. Rows that do not split into one per point (a separator inside a row, from
 * a damaged store) are returned as they split: the dataset's own check then refuses the set.
 */
export function unpackPoints<T extends Loose>(p: Packed<T>): T {
  const rows = p.coords.length === 0 ? [] : p.rows.split(ROW_SEPARATOR);
  return { ...p, rows, coords: Array.from(p.coords) } as unknown as T;
}

/** What the import worker needs of a point set to cut its tiles. */
export type TilePoints = Pick<PointDataset, 'rows' | 'coords' | 'filter' | 'nameColumn'>;
export type PackedTilePoints = Packed<TilePoints>;

/** A stored value that packPoints wrote (IndexedDB keeps the Float64Array as one). */
export function isPacked(v: unknown): v is Packed<Loose> {
  return typeof v === 'object' && v !== null && typeof (v as { rows?: unknown }).rows === 'string' && (v as { coords?: unknown }).coords instanceof Float64Array;
}
