// A large point set as Mapbox Vector Tiles, cut on demand in a worker. MapLibre handed 100,000
// points as GeoJSON copies them through the page's thread twice (a blob URL is fetched on the page
// and the parsed object sent to its worker; any URL's parsed data is sent back to the page), a few
// hundred milliseconds each. A tile is one ArrayBuffer, moved, never copied, and only the tiles in
// view are made. Points only: each becomes one MVT point feature whose id is its row, with its
// name (for labels) in tiles from `namesFrom` up.

/** The vector layer inside a point set's tiles (a style's `source-layer`). */
export const POINT_TILE_LAYER = 'points';
/** Tiles from this zoom carry the points' names: labels show from street level, as site names do. */
export const POINT_NAMES_FROM_ZOOM = 13;

/** The points projected to Web Mercator [0, 1) and sorted by x, so a tile's points are one binary search away. */
export interface PointIndex {
  x: Float64Array;
  y: Float64Array;
  /** The row each sorted point came from. */
  rows: Uint32Array;
}

const MAX_LAT = 85.051129;

/** Projects flat lng/lat pairs, keeping the rows `keep` accepts (all without it). */
export function indexPoints(coords: ArrayLike<number>, keep?: (row: number) => boolean): PointIndex {
  const n = coords.length / 2;
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (!keep || keep(i)) kept.push(i);
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (const i of kept) {
    const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, coords[2 * i + 1]!));
    px[i] = (coords[2 * i]! + 180) / 360;
    const s = Math.sin((lat * Math.PI) / 180);
    py[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }
  kept.sort((a, b) => px[a]! - px[b]!);
  const rows = Uint32Array.from(kept);
  return { x: Float64Array.from(rows, (r) => px[r]!), y: Float64Array.from(rows, (r) => py[r]!), rows };
}

/** The first sorted position whose x is ≥ `v`. */
function lowerBound(xs: Float64Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A growable protobuf writer: just the varints and length-delimited fields MVT needs. */
class Writer {
  buf = new Uint8Array(4096);
  pos = 0;
  private room(n: number) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  varint(v: number) {
    this.room(10);
    while (v > 0x7f) {
      this.buf[this.pos++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.pos++] = v;
  }
  key(field: number, wire: 0 | 2) {
    this.varint(field * 8 + wire);
  }
  bytes(field: number, data: Uint8Array) {
    this.key(field, 2);
    this.varint(data.length);
    this.room(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }
  done(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

const utf8 = new TextEncoder();
const zigzag = (n: number) => (n << 1) ^ (n >> 31);

export interface TileOptions {
  /** The vector layer's name inside the tile (a style's `source-layer`). */
  layer: string;
  /** A point's label, by row; written only in tiles at zoom ≥ `namesFrom`. */
  name?: (row: number) => string;
  namesFrom?: number;
  extent?: number;
  /** Points this far outside the tile (in tile units) are kept, so markers on its edge are whole. */
  buffer?: number;
}

/** The MVT bytes of tile z/x/y: every indexed point inside it (plus the buffer). */
export function encodePointTile(index: PointIndex, z: number, tx: number, ty: number, opts: TileOptions): Uint8Array {
  const extent = opts.extent ?? 4096;
  const buffer = opts.buffer ?? 128;
  const scale = 2 ** z;
  const pad = buffer / extent / scale;
  const withNames = opts.name !== undefined && z >= (opts.namesFrom ?? 0);
  const values = new Map<string, number>();
  const layer = new Writer();
  layer.key(15, 0);
  layer.varint(2);
  layer.bytes(1, utf8.encode(opts.layer));
  const feature = new Writer();
  const packed = new Writer();
  const from = lowerBound(index.x, tx / scale - pad);
  const to = lowerBound(index.x, (tx + 1) / scale + pad);
  for (let k = from; k < to; k++) {
    const y = index.y[k]! * scale - ty;
    if (y < -buffer / extent || y > 1 + buffer / extent) continue;
    const px = Math.round((index.x[k]! * scale - tx) * extent);
    const py = Math.round(y * extent);
    const row = index.rows[k]!;
    feature.pos = 0;
    feature.key(1, 0);
    feature.varint(row);
    const name = withNames ? opts.name!(row) : '';
    if (name) {
      let v = values.get(name);
      if (v === undefined) values.set(name, (v = values.size));
      packed.pos = 0;
      packed.varint(0);
      packed.varint(v);
      feature.bytes(2, packed.done());
    }
    feature.key(3, 0);
    feature.varint(1);
    packed.pos = 0;
    packed.varint(9);
    packed.varint(zigzag(px));
    packed.varint(zigzag(py));
    feature.bytes(4, packed.done());
    layer.bytes(2, feature.done());
  }
  if (values.size) {
    layer.bytes(3, utf8.encode('name'));
    const value = new Writer();
    for (const s of values.keys()) {
      value.pos = 0;
      value.bytes(1, utf8.encode(s));
      layer.bytes(4, value.done());
    }
  }
  layer.key(5, 0);
  layer.varint(extent);
  const tile = new Writer();
  tile.bytes(3, layer.done());
  return tile.done().slice();
}
