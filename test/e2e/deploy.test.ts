// A portal's IT team puts the map under a path of their own site. This file builds the app with
// Vite's `base` set to such a path and serves it with the project's preview command (`vite
// preview`, which applies the deployment header table), then checks what a visitor would notice:
// the map and its data load, the service worker takes the sub-path as its scope and the app
// reloads offline, the links the app hands out keep the sub-path, nothing is asked of the site
// root, and the headers are the ones the README tells a server to send.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { CACHE_RULES, cacheRuleFor } from '../../src/lib/deploy-headers';
import { distinctColours, mapScreenshot, openSession, test, waitForMapIdle } from './helpers';

const BASE = '/talent-map/';
let outDir = '';
let server: PreviewServer | undefined;
let origin = '';

beforeAll(async () => {
  // A build of its own (about ten seconds), outside the repo so it never mixes with dist/.
  outDir = mkdtempSync(join(tmpdir(), 'talent-map-subpath-'));
  const configFile = resolve('vite.config.ts');
  await build({ configFile, base: BASE, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ configFile, base: BASE, logLevel: 'warn', build: { outDir }, preview: { port: 0, strictPort: false, open: false } });
  const { port } = server.httpServer.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function appUrl(): string {
  return `${origin}${BASE}`;
}

/** Every request the page and its workers made to this server, outside the sub-path. */
function outsideBase(requests: readonly string[]): string[] {
  return requests.filter((u) => u.startsWith(origin) && !new URL(u).pathname.startsWith(BASE));
}

test('under a sub-path the dashboard loads its data, draws the map and asks nothing of the site root', async ({ browser }) => {
  const s = await openSession(browser, appUrl());
  await s.goto();
  await waitForMapIdle(s.page);
  // Data arrived: the district list is filled from data/districts.geojson under the sub-path.
  await s.page.getByRole('button', { name: 'Changning', exact: true }).first().waitFor();
  expect(distinctColours(await mapScreenshot(s.page))).toBeGreaterThan(20);
  expect(s.requests.some((u) => u.startsWith(`${origin}${BASE}data/`))).toBe(true);
  expect(outsideBase(s.requests)).toEqual([]);
  expect(s.pageErrors).toEqual([]);
  await s.context.close();
});

test('the service worker registers with the sub-path as its scope and the app reloads offline', async ({ browser }) => {
  const s = await openSession(browser, appUrl(), { serviceWorkers: 'allow' });
  await s.goto();
  await waitForMapIdle(s.page);
  const reg = await s.page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    // `ready` resolves once a worker is active, which may still be activating: wait for it to finish.
    const worker = r.active;
    if (worker && worker.state === 'activating') await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
    return { scope: r.scope, script: r.active?.scriptURL, state: r.active?.state };
  });
  expect(reg).toEqual({ scope: appUrl(), script: `${appUrl()}sw.js`, state: 'activated' });

  await s.context.setOffline(true);
  await s.page.reload({ waitUntil: 'load' });
  await waitForMapIdle(s.page);
  await s.page.getByRole('button', { name: 'Changning', exact: true }).first().waitFor();
  expect(distinctColours(await mapScreenshot(s.page))).toBeGreaterThan(20);
  expect(await s.page.getByRole('alert').count()).toBe(0);
  expect(outsideBase(s.requests)).toEqual([]);
  await s.context.close();
});

test('the share link and the embed snippet keep the sub-path', async ({ browser }) => {
  const s = await openSession(browser, appUrl());
  await s.goto('?sel=district:310105');
  await waitForMapIdle(s.page);
  await s.page.getByRole('button', { name: 'Share or embed' }).click();
  const dialog = s.page.getByRole('dialog', { name: 'Share and embed this view' });
  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(new URL(link).pathname).toBe(BASE);
  expect(new URL(link).searchParams.get('sel')).toBe('district:310105');
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&');
  expect(src && new URL(src).pathname).toBe(BASE);
  expect(src && new URL(src).searchParams.get('mode')).toBe('embed');
  // The auto-height variant names the script beside the app, under the sub-path too.
  await dialog.getByRole('combobox', { name: 'Height' }).selectOption('auto');
  const auto = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const scriptSrc = /<script src="([^"]+)"/.exec(auto)?.[1];
  expect(scriptSrc && new URL(scriptSrc).pathname).toBe(`${BASE}embed-resize.js`);
  await s.context.close();
});

test("the presenter view's window, the embed's full-map link and the auto-height script keep the sub-path", async ({ browser }) => {
  const s = await openSession(browser, appUrl(), { reducedMotion: 'reduce' });
  await s.goto('?mode=present');
  await waitForMapIdle(s.page);
  const [popup] = await Promise.all([s.context.waitForEvent('page'), s.page.getByRole('button', { name: 'Presenter view', exact: true }).click()]);
  await popup.waitForLoadState('load');
  expect(new URL(popup.url()).pathname).toBe(BASE);
  expect(new URL(popup.url()).searchParams.get('mode')).toBe('presenter-view');

  await s.goto('?mode=embed&sel=district:310105');
  const full = await s.page.getByRole('link', { name: 'Open full map', exact: true }).getAttribute('href');
  expect(full && new URL(full, appUrl()).pathname).toBe(BASE);
  expect(full && new URL(full, appUrl()).searchParams.get('mode')).toBeNull();
  // The script the share dialog tells a portal to include is served from under the sub-path.
  const script = await fetch(`${appUrl()}embed-resize.js`);
  expect(script.status).toBe(200);
  expect(script.headers.get('content-type')).toMatch(/javascript/);
  expect(outsideBase(s.requests)).toEqual([]);
  await s.context.close();
});

test('the preview serves each file with the headers of the README table', async () => {
  const assets = readdirAssets();
  const samples = ['', 'index.html', 'sw.js', 'registerSW.js', 'embed-config.json', 'map-config.json', 'embed-resize.js', 'data/sites.json', assets.js, assets.woff2];
  for (const path of samples) {
    const res = await fetch(`${appUrl()}${path}`);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('cache-control'), path).toBe(cacheRuleFor(path).cacheControl);
    expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
  }
  expect(cacheRuleFor(assets.js).cacheControl).toMatch(/immutable/);
  expect(cacheRuleFor('sw.js').cacheControl).toBe('no-cache');

  const page = await fetch(appUrl());
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  const csp = page.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/frame-ancestors 'self'/);
  // The header repeats the page's <meta> policy and adds what only a header can carry.
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(await page.text())?.[1]
    ?.replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  expect(meta && csp.startsWith(meta)).toBe(true);
  expect((await fetch(`${appUrl()}data/districts.geojson`)).headers.get('content-type')).toBe('application/geo+json; charset=utf-8');

  // The README's table is this table, row for row.
  const readme = readFileSync(resolve('README.md'), 'utf8');
  for (const rule of CACHE_RULES) expect(readme, rule.files).toContain(`| ${rule.files} | \`${rule.cacheControl}\` |`);
});

function readdirAssets(): { js: string; woff2: string } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const js = /src="\/talent-map\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const css = /href="\/talent-map\/(assets\/[^"]+\.css)"/.exec(html)?.[1];
  const woff2 = css ? /(assets\/[^)"']+\.woff2)/.exec(readFileSync(join(outDir, css), 'utf8'))?.[1] : undefined;
  if (!js || !woff2) throw new Error('the sub-path build names no script or font in assets/');
  return { js, woff2 };
}
