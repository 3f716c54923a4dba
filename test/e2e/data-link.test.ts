// Saved maps opened on the dashboard and in the embed, in a real browser: a `?data=` link whose
// view is coloured by the reach of the file's own points (a metric that exists only once the
// district outlines are known) keeps that colouring however late the outlines arrive, and a saved
// map over the size limit is refused with the limit named — from the file picker before it is
// read, from a link by its Content-Length, and from a compressed link whose body only grows past
// the limit as it streams in (stopped there, not read whole).
import { writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { test, waitForMapIdle } from './helpers';
import { importPointFile, metricSelect, showTab } from './app';
import { startEmbedWorld, waitForReady, type EmbedWorld } from './embed-host';
import { writeSavedMap } from '../../src/lib/import/save-file';
import type { PointDataset } from '../../src/lib/import/dataset';

const points: PointDataset = {
  kind: 'points',
  id: 'offices',
  name: 'Portal offices',
  created: '2026-11-30T08:00:00.000Z',
  crs: 'WGS84',
  columns: ['name'],
  coords: [121.4737, 31.2304, 121.4454, 31.2235],
  rows: ['Portal office Square', 'Portal office Temple'],
  nameColumn: 0,
  filter: null,
  colour: 1,
  reachKm: 3,
};
const LIMIT = 50 * 1024 * 1024;
const OVER = LIMIT + 1024 * 1024;

let world: EmbedWorld;
let proxy: Server;
let proxyUrl = '';
const appDir = () => join(world.root, 'app');

/** A saved map padded with whitespace to `bytes` (still valid JSON, so only its size can refuse it). */
function paddedSavedMap(bytes: number): Buffer {
  const text = writeSavedMap([points], '?metric=imp-offices-reach');
  return Buffer.concat([Buffer.from(text), Buffer.alloc(bytes - Buffer.byteLength(text), 32)]);
}

beforeAll(async () => {
  world = await startEmbedWorld();
  writeFileSync(join(appDir(), 'reach.stmap'), writeSavedMap([points], '?metric=imp-offices-reach&choro=quantile:3'));
  writeFileSync(join(appDir(), 'huge.stmap'), paddedSavedMap(OVER));
  writeFileSync(join(appDir(), 'published.stmap'), writeSavedMap([points], '?lang=en'));
  // The same site as the app (the page's CSP allows no other), with one file sent gzip-compressed
  // and chunked: its Content-Length is no help (there is none, and the compressed size would be
  // small), only counting the decoded body finds it too large.
  proxy = createServer((req, res) => {
    if (req.url?.startsWith("/huge-gzip.stmap")) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
      const gz = createGzip();
      gz.pipe(res);
      gz.end(paddedSavedMap(OVER));
      return;
    }
    const up = request(new URL(req.url ?? '/', world.app.url), { method: req.method, headers: { ...req.headers, host: new URL(world.app.url).host } }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((ok) => proxy?.close(ok));
  await world?.close();
});

const embedIn = (page: Page) => page.frames().find((f) => f.url().includes('mode=embed'));

const yourData = (page: Page) => page.getByRole('region', { name: 'Your data', exact: true });

test('the dashboard’s data link applies a view coloured by the reach of the file’s points, however late the outlines come', async ({ open }) => {
  const s = await open();
  // The district outlines are held back until the saved map has been served, and a moment more.
  let served = () => {};
  const savedMapServed = new Promise<void>((resolve) => (served = resolve));
  await s.page.route('**/reach.stmap', async (route) => {
    await route.continue();
    served();
  });
  await s.page.route('**/data/districts.geojson', async (route) => {
    await savedMapServed;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await s.page.goto(`${world.app.url}?data=reach.stmap`, { waitUntil: 'load' });
  await waitForMapIdle(s.page);
  await showTab(s.page, 'Layers');
  await expect.poll(() => yourData(s.page).getByTestId('import-notice').textContent()).toContain('Opened the saved map');
  // The saved view's metric, not the population it would fall back to without the outlines.
  await expect.poll(() => metricSelect(s.page).inputValue()).toBe('imp-offices-reach');
  await expect.poll(() => s.page.evaluate(() => new URLSearchParams(location.search).get('metric'))).toBe('imp-offices-reach');
});

test('a saved map over 50 MB chosen in Your data is refused unread, with the limit named, and nothing is added', async ({ open }) => {
  const s = await open();
  await s.page.goto(world.app.url, { waitUntil: 'load' });
  await waitForMapIdle(s.page);
  await showTab(s.page, 'Layers');
  // The limit is stated where saved maps are opened.
  await expect.poll(() => yourData(s.page).textContent()).toContain('One file with your data and this view, up to 50 MB.');
  await s.page.getByTestId('import-file-input').setInputFiles(join(appDir(), 'huge.stmap'));
  const notice = yourData(s.page).getByTestId('import-notice');
  await expect.poll(() => notice.textContent()).toBe('This saved map was not opened: it is larger than the limit of 50 MB for a saved map.');
  expect(await notice.getAttribute('role')).toBe('alert');
  expect(await yourData(s.page).getByTestId('import-item').count()).toBe(0);
  expect(await metricSelect(s.page).inputValue()).toBe('population');
});

test('a data link over 50 MB is refused by its Content-Length on the dashboard and in a framed embed, whose host hears too-large', async ({ open }) => {
  const s = await open();
  await s.page.goto(`${world.app.url}?data=huge.stmap`, { waitUntil: 'load' });
  await waitForMapIdle(s.page);
  await showTab(s.page, 'Layers');
  await expect.poll(() => yourData(s.page).getByTestId('import-notice').textContent()).toBe('This saved map was not opened: it is larger than the limit of 50 MB for a saved map.');
  expect(await yourData(s.page).getByTestId('import-item').count()).toBe(0);

  const h = await open();
  await h.goto(world.hostUrl(`?mode=embed&lang=zh&data=${encodeURIComponent(`${world.app.url}huge.stmap`)}`));
  const frame = await waitForReady(h.page);
  const dataEvent = () => h.page.evaluate(() => (window as unknown as { events: { event: string }[] }).events.find((e) => e.event === 'data') ?? null);
  await expect.poll(dataEvent).toMatchObject({ status: 'too-large', datasets: 0 });
  const notice = frame.getByTestId('embed-data-notice');
  await expect.poll(() => notice.getAttribute('data-status')).toBe('too-large');
  expect(await notice.textContent()).toContain('未加载本地图的数据：文件超过了保存地图50 MB的上限。');
});

test('a compressed data link that grows past 50 MB as it streams in is stopped and refused in the embed', async ({ open }) => {
  const s = await open();
  const received: number[] = [];
  s.page.on('response', (r) => {
    if (r.url().includes('huge-gzip.stmap')) received.push(r.status());
  });
  await s.page.goto(`${proxyUrl}?mode=embed&data=huge-gzip.stmap`, { waitUntil: 'load' });
  await waitForMapIdle(s.page);
  const notice = s.page.getByTestId('embed-data-notice');
  await expect.poll(() => notice.getAttribute('data-status'), { timeout: 20_000 }).toBe('too-large');
  expect(await notice.textContent()).toContain('the file is larger than the limit of 50 MB for a saved map');
  // It was served (and read until the limit), not refused beforehand.
  expect(received.length).toBeGreaterThan(0);
  expect(received.every((status) => status === 200)).toBe(true);
  // The built-in map, with nothing of the file.
  expect(await s.page.evaluate(() => (window as unknown as { __talentMap: { getStyle(): { layers: { id: string }[] } } }).__talentMap.getStyle().layers.some((l) => l.id.startsWith('imported-')))).toBe(false);
});

test('the share dialog puts a published saved map into the embed code as data=, and a page with that code shows the data', async ({ open }) => {
  const s = await open();
  await s.page.goto(world.app.url, { waitUntil: 'load' });
  await waitForMapIdle(s.page);
  // The planner's own points, imported here.
  await showTab(s.page, 'Layers');
  await importPointFile(s.page, { name: 'desks.csv', mimeType: 'text/csv', buffer: Buffer.from('name,lng,lat\nDesk,121.40,31.20\n') }, 'WGS84', 1);
  await yourData(s.page).getByTestId('import-item').waitFor();

  await s.page.getByRole('button', { name: 'Share or embed' }).click();
  const dialog = s.page.getByRole('dialog', { name: 'Share and embed this view' });
  const field = dialog.getByRole('textbox', { name: 'Link to your saved map (URL)' });
  const check = dialog.getByTestId('share-data-check');
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  // Bad input is named and stays out of the code.
  await field.fill('ftp://portal.example/talent.stmap');
  await expect.poll(() => check.textContent()).toBe('Only addresses starting with https:// or http:// can be used.');
  expect(await code.inputValue()).not.toContain('data=');
  // The map as published on the site (here the map's own, always allowed).
  const published = `${world.app.url}published.stmap`;
  await field.fill(published);
  await expect.poll(() => code.inputValue()).toContain(`&amp;data=${encodeURIComponent(published)}"`);
  expect(new URL(await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue()).searchParams.get('data')).toBe(published);
  const snippet = await code.inputValue();

  // The code pasted into a portal's page: its embed opens the published data.
  writeFileSync(join(world.root, 'host', 'pasted-data.html'), `<!doctype html><html><head><meta charset="utf-8"><title>Portal</title></head><body style="margin:0"><div style="width:600px">${snippet}</div></body></html>`);
  const p = await open();
  await p.goto(new URL('pasted-data.html', world.host.url).href);
  await expect.poll(() => embedIn(p.page) !== undefined).toBe(true);
  const frame = embedIn(p.page)!;
  await frame.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 30_000 });
  await frame.locator('.embed__legend summary').click();
  await expect.poll(() => frame.locator('[data-layer="imported-offices"]').textContent()).toBe('Portal offices (added data)');
  const layers = () => frame.evaluate(() => (window as unknown as { __talentMap: { getStyle(): { layers: { id: string }[] } } }).__talentMap.getStyle().layers.map((l) => l.id));
  await expect.poll(layers).toContain('imported-offices-points');
});

