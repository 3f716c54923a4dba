// A deployment with every online basemap configured, for the provider tests: a copy of dist/ whose
// map-config.json names a Tianditu key, turns AMap on and points the custom style at a second local
// server, with the Content-Security-Policy a build from that file writes (the same builder the
// build uses). The providers' real hosts are never reached: `fakeTiles` answers them in the page
// with solid-colour PNG tiles, and records what was asked.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { zxyToTileId } from 'pmtiles';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { onlineOrigins } from '../../src/lib/basemaps';
import type { MapConfig } from '../../src/lib/map-config';
import { startStaticServer, type StaticServer } from './static-server';

export const TIANDITU_KEY = '0123456789abcdef0123456789abcdef';
/** What the custom style paints: its background (everywhere) and one square in the sea. */
export const STYLE_BACKGROUND: RGB = [0, 200, 200];
export const STYLE_SQUARE: RGB = [200, 0, 200];
/** The square, in the open sea east of the city where none of the app's layers draw. */
export const SQUARE: [number, number, number, number] = [122.05, 30.95, 122.35, 31.15];
/** The one tile of the style's PMTiles archive (z8 over Shanghai): its top quarter is this colour, the rest transparent. */
export const PMTILES_BAND: RGB = [250, 190, 0];
export const PMTILES_TILE = { z: 8, x: 214, y: 104 } as const;
/** A point under that band, north of the city in Jiangsu, where the app draws nothing. */
export const BAND_POINT: [number, number] = [121.05, 31.85];

export type RGB = [number, number, number];

/** A 256 px tile of one colour (alpha 0: a transparent label layer). */
export function solidTile([r, g, b]: RGB, alpha = 255): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([r, g, b, alpha], i);
  return PNG.sync.write(png);
}

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  }
  return out;
}

/**
 * A PMTiles v3 archive holding one PNG tile, written byte by byte from the format's specification
 * (127-byte header, uncompressed root directory, empty metadata, the tile): enough for the
 * `pmtiles://` protocol to serve it to MapLibre as a raster source.
 */
export function onePngArchive(z: number, x: number, y: number, png: Buffer): Buffer {
  return oneTileArchive(z, x, y, png, 2);
}

/** The same with any one tile: `tileType` 1 for a vector tile (MVT), 2 for PNG. */
export function oneTileArchive(z: number, x: number, y: number, png: Buffer, tileType: 1 | 2): Buffer {
  const tileId = zxyToTileId(z, x, y);
  // Directory: count, then tile-id deltas, run lengths, lengths, offsets (+1).
  const dir = Buffer.from(varints([1, tileId, 1, png.length, 0 + 1]));
  const meta = Buffer.from('{}');
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = (at: number, v: number) => header.writeBigUInt64LE(BigInt(v), at);
  u64(8, 127); // root directory
  u64(16, dir.length);
  u64(24, 127 + dir.length); // metadata
  u64(32, meta.length);
  u64(40, 127 + dir.length + meta.length); // no leaf directories
  u64(48, 0);
  u64(56, 127 + dir.length + meta.length); // tile data
  u64(64, png.length);
  u64(72, 1); // addressed tiles, tile entries, tile contents
  u64(80, 1);
  u64(88, 1);
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(1, 97); // internal compression: none
  header.writeUInt8(1, 98); // tile compression: none
  header.writeUInt8(tileType, 99); // tile type
  header.writeUInt8(z, 100);
  header.writeUInt8(z, 101);
  const e7 = (at: number, deg: number) => header.writeInt32LE(Math.round(deg * 1e7), at);
  e7(102, -180);
  e7(106, -85);
  e7(110, 180);
  e7(114, 85);
  header.writeUInt8(z, 118);
  e7(119, 121.5);
  e7(123, 31.2);
  return Buffer.concat([header, dir, meta, png]);
}

function bandTile(): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(i < png.data.length / 4 ? [...PMTILES_BAND, 255] : [0, 0, 0, 0], i);
  return PNG.sync.write(png);
}

export interface ProviderWorld {
  app: StaticServer;
  styleOrigin: string;
  config: MapConfig;
  close(): Promise<void>;
}

function startStyleServer(): Promise<Server> {
  const [w, s, e, n] = SQUARE;
  const rgb = (c: RGB) => `rgb(${c.join(',')})`;
  const files: Record<string, string> = {
    '/style.json': JSON.stringify({
      version: 8,
      // A relative address, resolved against the style's own URL as MapLibre resolves it.
      sources: {
        square: { type: 'geojson', data: 'square.geojson' },
        // Through the pmtiles:// protocol, also a relative address.
        band: { type: 'raster', url: 'pmtiles://band.pmtiles', tileSize: 256 },
      },
      layers: [
        { id: 'paper', type: 'background', paint: { 'background-color': rgb(STYLE_BACKGROUND) } },
        { id: 'band', type: 'raster', source: 'band' },
        { id: 'square', type: 'fill', source: 'square', paint: { 'fill-color': rgb(STYLE_SQUARE) } },
      ],
    }),
    '/square.geojson': JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }],
    }),
  };
  const archive = onePngArchive(PMTILES_TILE.z, PMTILES_TILE.x, PMTILES_TILE.y, bandTile());
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // Another origin than the app's: the style host must allow it, as a CDN would, including the
    // Range requests PMTiles reads with.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Range');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, ETag');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (path === '/band.pmtiles') {
      const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
      if (!m) return void res.writeHead(200, { 'Content-Type': 'application/vnd.pmtiles' }).end(archive);
      const start = Number(m[1]);
      const end = Math.min(Number(m[2]), archive.length - 1);
      return void res
        .writeHead(206, { 'Content-Type': 'application/vnd.pmtiles', 'Content-Range': `bytes ${start}-${end}/${archive.length}`, ETag: '"band-1"' })
        .end(archive.subarray(start, end + 1));
    }
    const body = files[path];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function startProviderWorld(): Promise<ProviderWorld> {
  const style = await startStyleServer();
  const styleOrigin = `http://127.0.0.1:${(style.address() as AddressInfo).port}`;
  const config: MapConfig = {
    version: 1,
    tianditu: { key: TIANDITU_KEY },
    amap: { enabled: true },
    customStyle: { url: `${styleOrigin}/style.json`, attribution: 'Test cartography', name: { en: 'Test city map', zh: '测试城市地图' } },
  };
  const root = mkdtempSync(join(tmpdir(), 'talent-providers-'));
  cpSync(resolve(process.env.E2E_DIST ?? 'dist'), root, { recursive: true });
  writeFileSync(join(root, 'map-config.json'), JSON.stringify(config));
  const index = join(root, 'index.html');
  const policy = contentSecurityPolicy(onlineOrigins(config));
  const html = readFileSync(index, 'utf8').replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/, `$1${policy}$2`);
  if (!html.includes(policy)) throw new Error('index.html has no Content-Security-Policy meta tag to rewrite');
  writeFileSync(index, html);
  const app = await startStaticServer(root);
  return {
    app,
    styleOrigin,
    config,
    async close() {
      await app.close();
      await new Promise((ok) => style.close(ok));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Answers every request to `host` (a glob such as `*.tianditu.gov.cn`) with `tile(url)`; returns the URLs asked. */
export async function fakeTiles(page: Page, host: string, tile: (url: URL) => Buffer | null): Promise<string[]> {
  const asked: string[] = [];
  await page.route(`https://${host}/**`, (route) => {
    const url = route.request().url();
    asked.push(url);
    const body = tile(new URL(url));
    if (!body) return route.abort('failed');
    return route.fulfill({ status: 200, contentType: 'image/png', body, headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  return asked;
}

/** The colour of the map canvas at a longitude/latitude given in the map's own coordinates. */
export async function colourAt(page: Page, lngLat: [number, number]): Promise<RGB> {
  const { x, y } = await page.evaluate((ll) => {
    const map = (window as unknown as { __talentMap: import('maplibre-gl').Map }).__talentMap;
    const p = map.project(ll);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
  }, lngLat);
  const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
  return [png.data[0]!, png.data[1]!, png.data[2]!];
}

export function near(a: RGB, b: RGB, tolerance = 12): boolean {
  return a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
}
