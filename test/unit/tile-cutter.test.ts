// The import worker's tiles of a point set (src/features/import/tile-cutter.ts): the rows a filter
// leaves out are not drawn, a GCJ-02 basemap gets the points shifted as the rest of the app's
// drawing is, and the finder's search finds drawn rows by any cell.
import { describe, expect, it } from 'vitest';
import { cutTile, dropTilePoints, keepTilePoints, searchRows } from '../../src/features/import/tile-cutter';
import { packPoints } from '../../src/features/import/packed-points';
import { wgs84ToGcj02 } from '../../src/lib/datum';

const SEP = '\u001f';
const points = {
  rows: [`Bund${SEP}park`, `Century Park${SEP}park`, `Office${SEP}office`],
  coords: [121.4903, 31.2397, 121.5513, 31.2156, 121.47, 31.23],
  filter: null,
  nameColumn: 0,
};

/** Tile x/y of a position at zoom z, and its place inside the tile in tile units. */
function place(lng: number, lat: number, z: number) {
  const s = Math.sin((lat * Math.PI) / 180);
  const x = ((lng + 180) / 360) * 2 ** z;
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z;
  return { tx: Math.floor(x), ty: Math.floor(y), px: (x - Math.floor(x)) * 4096, py: (y - Math.floor(y)) * 4096 };
}

/** How many point features a tile holds (point-tiles.test.ts decodes tiles fully; here a count will do). */
function pointsIn(buf: ArrayBuffer): number {
  // Each feature carries "type = POINT" as the two bytes 0x18 0x01; with these few small
  // coordinates no other byte pair reads the same, so counting them counts points.
  const b = new Uint8Array(buf);
  let n = 0;
  for (let i = 0; i + 1 < b.length; i++) if (b[i] === 0x18 && b[i + 1] === 0x01) n++;
  return n;
}

describe('the import worker’s point tiles', () => {
  it('draws every point, and only the rows the filter keeps', () => {
    keepTilePoints('a', packPoints(points));
    const t = place(121.5, 31.22, 10);
    expect(pointsIn(cutTile('a', 10, t.tx, t.ty, 'WGS84'))).toBe(3);
    keepTilePoints('b', packPoints({ ...points, filter: { column: 1, values: ['park'] } }));
    expect(pointsIn(cutTile('b', 10, t.tx, t.ty, 'WGS84'))).toBe(2);
    dropTilePoints('b');
    expect(cutTile('b', 10, t.tx, t.ty, 'WGS84').byteLength).toBe(0);
  });

  it('cuts tiles for a GCJ-02 basemap from the shifted points', () => {
    keepTilePoints('c', packPoints({ ...points, rows: [points.rows[0]!], coords: points.coords.slice(0, 2) }));
    const [lng, lat] = wgs84ToGcj02([121.4903, 31.2397]);
    // At zoom 17 the shift (several hundred metres) moves the point to another tile.
    const wgs = place(121.4903, 31.2397, 17);
    const gcj = place(lng, lat, 17);
    expect([gcj.tx, gcj.ty]).not.toEqual([wgs.tx, wgs.ty]);
    expect(pointsIn(cutTile('c', 17, gcj.tx, gcj.ty, 'GCJ-02'))).toBe(1);
    expect(pointsIn(cutTile('c', 17, gcj.tx, gcj.ty, 'WGS84'))).toBe(0);
    expect(pointsIn(cutTile('c', 17, wgs.tx, wgs.ty, 'WGS84'))).toBe(1);
  });

  it('finds drawn rows by any cell, as the finder matches', () => {
    keepTilePoints('d', packPoints({ ...points, filter: { column: 1, values: ['park'] } }));
    expect(searchRows('d', 'century', 5)).toEqual([1]);
    expect(searchRows('d', 'PARK', 5)).toEqual([0, 1]);
    // The office is filtered out, so it is not found either; a query never spans two cells.
    expect(searchRows('d', 'office', 5)).toEqual([]);
    expect(searchRows('d', 'bundpark', 5)).toEqual([]);
    expect(searchRows('d', 'park', 1)).toEqual([0]);
  });
});
