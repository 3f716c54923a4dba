// The point tiles the map reads imported points from (src/lib/point-tiles.ts): decoded here with a
// small protobuf reader written from the MVT spec, so the test does not trust the writer's own code.
import { describe, expect, it } from 'vitest';
import { encodePointTile, indexPoints } from '../../src/lib/point-tiles';

type Field = { field: number; value: number | Uint8Array };

function readFields(buf: Uint8Array): Field[] {
  const out: Field[] = [];
  let pos = 0;
  const varint = () => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      v += (b & 0x7f) * mul;
      mul *= 128;
      if (b < 0x80) return v;
    }
  };
  while (pos < buf.length) {
    const key = varint();
    const wire = key & 7;
    if (wire === 0) out.push({ field: key >>> 3, value: varint() });
    else if (wire === 2) {
      const len = varint();
      out.push({ field: key >>> 3, value: buf.subarray(pos, pos + len) });
      pos += len;
    } else throw new Error(`unexpected wire type ${wire}`);
  }
  return out;
}

function packed(buf: Uint8Array): number[] {
  // A packed field is a run of varints: read them as fields of a fake message with key 0 stripped.
  const out: number[] = [];
  let pos = 0;
  while (pos < buf.length) {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      v += (b & 0x7f) * mul;
      mul *= 128;
      if (b < 0x80) break;
    }
    out.push(v);
  }
  return out;
}

const unzig = (n: number) => (n >>> 1) ^ -(n & 1);

interface Decoded {
  name: string;
  extent: number;
  features: { id: number; x: number; y: number; name: string | null }[];
}

function decode(tile: Uint8Array): Decoded[] {
  const text = new TextDecoder();
  return readFields(tile)
    .filter((f) => f.field === 3)
    .map((l) => {
      const fields = readFields(l.value as Uint8Array);
      const keys = fields.filter((f) => f.field === 3).map((f) => text.decode(f.value as Uint8Array));
      const values = fields.filter((f) => f.field === 4).map((f) => text.decode(readFields(f.value as Uint8Array)[0]!.value as Uint8Array));
      const features = fields
        .filter((f) => f.field === 2)
        .map((f) => {
          const ff = readFields(f.value as Uint8Array);
          const get = (n: number) => ff.find((x) => x.field === n)?.value;
          const [cmd, zx, zy] = packed(get(4) as Uint8Array);
          // Geometry type POINT, and one MoveTo of one point.
          if (get(3) !== 1 || cmd !== 9) throw new Error('not a single point');
          const tags = get(2) ? packed(get(2) as Uint8Array) : [];
          const name = tags.length ? (keys[tags[0]!] === 'name' ? values[tags[1]!]! : null) : null;
          return { id: get(1) as number, x: unzig(zx!), y: unzig(zy!), name };
        });
      return { name: text.decode(fields.find((f) => f.field === 1)!.value as Uint8Array), extent: fields.find((f) => f.field === 5)!.value as number, features };
    });
}

/** The tile x/y at zoom z of a position, and its place inside that tile (0..1). */
function tileOf(lng: number, lat: number, z: number) {
  const s = Math.sin((lat * Math.PI) / 180);
  const x = ((lng + 180) / 360) * 2 ** z;
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z;
  return { tx: Math.floor(x), ty: Math.floor(y), fx: x - Math.floor(x), fy: y - Math.floor(y) };
}

describe('point tiles', () => {
  // The Bund, Century Park, Hongqiao station, Dishui Lake.
  const coords = [121.4903, 31.2397, 121.5513, 31.2156, 121.3198, 31.1945, 121.9296, 30.9006];
  const names = ['Bund', 'Century Park', 'Hongqiao', 'Dishui Lake'];

  it('puts each point in its tile at its position, with its row as the id', () => {
    const index = indexPoints(coords);
    for (let row = 0; row < 4; row++) {
      const { tx, ty, fx, fy } = tileOf(coords[2 * row]!, coords[2 * row + 1]!, 12);
      const [layer] = decode(encodePointTile(index, 12, tx, ty, { layer: 'points' }));
      expect(layer!.name).toBe('points');
      expect(layer!.extent).toBe(4096);
      const f = layer!.features.find((x) => x.id === row)!;
      expect(Math.abs(f.x - fx * 4096)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(f.y - fy * 4096)).toBeLessThanOrEqual(0.5);
    }
  });

  it('leaves out points of other tiles but keeps those within the buffer of its edge', () => {
    const index = indexPoints(coords);
    const bund = tileOf(121.4903, 31.2397, 14);
    const ids = decode(encodePointTile(index, 14, bund.tx, bund.ty, { layer: 'p' }))[0]!.features.map((f) => f.id);
    expect(ids).toEqual([0]);
    // A point just left of the tile's west edge is drawn by the tile (its marker reaches in).
    const west = tileOf(121.4903, 31.2397, 14);
    const edgeLng = ((west.tx - 0.01) / 2 ** 14) * 360 - 180;
    const edge = indexPoints([edgeLng, 31.2397]);
    const f = decode(encodePointTile(edge, 14, west.tx, west.ty, { layer: 'p', buffer: 128 }))[0]!.features;
    expect(f).toHaveLength(1);
    expect(f[0]!.x).toBeLessThan(0);
    expect(decode(encodePointTile(edge, 14, west.tx, west.ty, { layer: 'p', buffer: 0 }))[0]!.features).toHaveLength(0);
  });

  it('names points only from the zoom labels start, and drops rows the filter leaves out', () => {
    const index = indexPoints(coords, (row) => row !== 1);
    const z7 = tileOf(121.5, 31.2, 7);
    const low = decode(encodePointTile(index, 7, z7.tx, z7.ty, { layer: 'p', name: (r) => names[r]!, namesFrom: 13 }))[0]!.features;
    expect(low.map((f) => f.id).sort()).toEqual([0, 2, 3]);
    expect(low.every((f) => f.name === null)).toBe(true);
    const bund = tileOf(121.4903, 31.2397, 13);
    const high = decode(encodePointTile(index, 13, bund.tx, bund.ty, { layer: 'p', name: (r) => names[r]!, namesFrom: 13 }))[0]!.features;
    expect(high).toEqual([expect.objectContaining({ id: 0, name: 'Bund' })]);
  });

  it('writes 100,000 points into a low-zoom tile and reads them all back', () => {
    const many: number[] = [];
    for (let i = 0; i < 100_000; i++) many.push(121.2 + (i % 1000) * 0.0006, 31.0 + Math.floor(i / 1000) * 0.004);
    const index = indexPoints(many);
    const t = tileOf(121.5, 31.2, 7);
    const features = decode(encodePointTile(index, 7, t.tx, t.ty, { layer: 'p' }))[0]!.features;
    expect(features).toHaveLength(100_000);
    expect(new Set(features.map((f) => f.id)).size).toBe(100_000);
  });
});
