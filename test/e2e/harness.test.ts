// The harness checks itself: the static server, the request guard, the pixel maths and the
// click-point finder. No browser; a wrong helper would otherwise make every other test lie.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { clickPointInside, inGeometry, type DistrictFeature } from './geo';
import { differingFraction, differingPixels, distinctColours, dominantColourShare, isLocalUrl } from './helpers';
import { startStaticServer } from './static-server';

async function withServer(run: (url: string) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'e2e-static-'));
  try {
    await mkdir(join(root, 'data'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(root, 'data', 'districts.geojson'), '{"type":"FeatureCollection","features":[]}');
    await writeFile(join(root, 'data', 'sites.json'), '{"sites":[]}');
    await writeFile(join(root, 'assets', 'worker.mjs'), 'export {}');
    await writeFile(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    const server = await startStaticServer(root);
    try {
      await run(server.url);
    } finally {
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

test('the static server sends each file with its MIME type', async () => {
  await withServer(async (url) => {
    const type = async (path: string) => (await fetch(new URL(path, url))).headers.get('content-type');
    expect(await type('')).toMatch(/^text\/html/);
    expect(await type('data/districts.geojson')).toMatch(/^application\/geo\+json/);
    expect(await type('data/sites.json')).toMatch(/^application\/json/);
    expect(await type('assets/worker.mjs')).toMatch(/^text\/javascript/);
    expect(await type('assets/font.woff2')).toBe('font/woff2');
  });
});

test('the static server answers 404 for a missing file', async () => {
  await withServer(async (url) => {
    expect((await fetch(new URL('data/missing.json', url))).status).toBe(404);
  });
});

test('the static server answers index.html for an app route', async () => {
  await withServer(async (url) => {
    const route = await fetch(new URL('some/route?lang=zh', url));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>x</title>');
  });
});

test('the static server refuses paths that climb out of its root', async () => {
  await withServer(async (url) => {
    const { port } = new URL(url);
    // fetch() would normalise the dots away; a raw request sends them as written.
    const status = await new Promise<number>((ok, fail) => {
      const req = request({ host: '127.0.0.1', port, path: '/..%2f..%2f..%2fetc%2fpasswd' }, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      });
      req.on('error', fail);
      req.end();
    });
    expect([403, 404]).toContain(status);
  });
});

test('the request guard allows loopback, data: and blob: only', () => {
  expect(isLocalUrl('http://127.0.0.1:5173/data/sites.json')).toBe(true);
  expect(isLocalUrl('http://localhost:4173/')).toBe(true);
  expect(isLocalUrl('http://[::1]:4173/')).toBe(true);
  expect(isLocalUrl('data:image/png;base64,AAAA')).toBe(true);
  expect(isLocalUrl('blob:http://127.0.0.1:4173/0f1e')).toBe(true);
  expect(isLocalUrl('https://example.com/tiles/1/2/3.pbf')).toBe(false);
  expect(isLocalUrl('http://127.0.0.1.example.com/')).toBe(false);
  expect(isLocalUrl('http://192.168.1.10/')).toBe(false);
  expect(isLocalUrl('ws://example.org/socket')).toBe(false);
  expect(isLocalUrl('not a url')).toBe(false);
});

function image(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): PNG {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      const i = (y * width + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return png;
}

const blankImage = () => image(10, 10, () => [255, 255, 255]);
const halfBlueImage = () => image(10, 10, (x) => (x < 5 ? [255, 255, 255] : [0, 0, 255]));

test('pixel helpers count colours', () => {
  expect(distinctColours(blankImage())).toBe(1);
  expect(dominantColourShare(blankImage())).toBe(1);
  expect(distinctColours(halfBlueImage())).toBe(2);
  expect(dominantColourShare(halfBlueImage())).toBe(0.5);
});

test('pixel helpers count the pixels that differ', () => {
  expect(differingPixels(blankImage(), halfBlueImage())).toBe(50);
  expect(differingFraction(blankImage(), halfBlueImage())).toBe(0.5);
});

test('pixel helpers do not count anti-aliasing noise as a difference', () => {
  const noisy = image(10, 10, (x) => (x < 5 ? [250, 250, 250] : [0, 0, 250]));
  expect(differingPixels(halfBlueImage(), noisy)).toBe(0);
});

test('pixel helpers refuse to compare images of different sizes', () => {
  expect(() => differingPixels(blankImage(), image(5, 5, () => [0, 0, 0]))).toThrow(/size/);
});

test('the click point is inside the district and outside every area', () => {
  const square = (x0: number, y0: number, size: number): DistrictFeature['geometry'] => ({
    type: 'Polygon',
    coordinates: [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]],
  });
  const district: DistrictFeature = {
    properties: { fid: 1, code: '310105', name_en: 'Changning', name_zh: '长宁区', label: [121.405, 31.205] },
    geometry: square(121.4, 31.2, 0.01),
  };
  // An area covering the label point forces the finder elsewhere.
  const area = { properties: { id: 'a', name_en: 'A' }, geometry: square(121.4, 31.2, 0.006) };
  const { lngLat, clearanceM } = clickPointInside(district, [area], [{ id: 's', lon: 121.409, lat: 31.209 }]);
  expect(inGeometry(lngLat, district.geometry)).toBe(true);
  expect(inGeometry(lngLat, area.geometry)).toBe(false);
  expect(clearanceM).toBeGreaterThan(0);
});
