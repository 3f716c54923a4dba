// A portal's own data in the embed (`?mode=embed&data=<url>`), in a real browser: the portal
// publishes a saved map (a district table and a point layer, and a view) beside the app, and the
// embed opens it: the imported metric colours the map and is explained in the legend with its
// unit, date and source, the points are drawn with their legend row, the saved view applies where
// the embed's address does not say otherwise, and the frame stays an embed. The data is the
// portal's, not the visitor's: it is never written to the visitor's IndexedDB, and the visitor's
// own stored data never shows on the portal's map. A refused origin, a failed fetch and a file
// that is no saved map each say so over a map that still draws its own data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { settleMap, test, waitForMapIdle, type TestWindow } from './helpers';
import { CHANGNING, importPointFile, showTab } from './app';
import { embedFrame, settle, startEmbedWorld, waitForReady, type EmbedWorld } from './embed-host';
import { seriousViolations } from './axe';
import { writeSavedMap } from '../../src/lib/import/save-file';
import type { DistrictDataset, PointDataset } from '../../src/lib/import/dataset';

type HostEvents = Window & { events: { event: string; status?: string; datasets?: number; view?: { lang: string; metric: string; selection: { id: string } | null; camera: { zoom: number } | null } }[] };

const table: DistrictDataset = {
  kind: 'districts',
  id: 'desks',
  name: 'Co-working desks',
  created: '2026-11-30T08:00:00.000Z',
  metrics: [
    {
      column: 'desks',
      label: 'Co-working desks',
      unit: 'desks',
      date: '2025-06',
      source: 'Changning portal survey',
      // Four districts; the other twelve have no data, never 0.
      values: { '310101': 40, '310104': 80, '310115': 120, [CHANGNING.code]: 200 },
      fractionDigits: 0,
    },
  ],
};
const OFFICES: [string, number, number][] = [
  ['Portal office Square', 121.4737, 31.2304],
  ['Portal office Temple', 121.4454, 31.2235],
  ['Portal office Park', 121.5512, 31.2165],
];
const points: PointDataset = {
  kind: 'points',
  id: 'offices',
  name: 'Portal offices',
  created: '2026-11-30T08:00:00.000Z',
  crs: 'WGS84',
  columns: ['name'],
  coords: OFFICES.flatMap(([, lng, lat]) => [lng, lat]),
  rows: OFFICES.map(([name]) => name),
  nameColumn: 0,
  filter: null,
  colour: 1,
  reachKm: 3,
};
// Saved in English on the dashboard, coloured by the portal's metric, focused on Changning.
const SAVED_VIEW = '?lang=en&sel=district:310105&metric=imp-desks-0&map=11.50/31.2200/121.4500&choro=quantile:4';

let world: EmbedWorld;
const appDir = () => join(world.root, 'app');

beforeAll(async () => {
  world = await startEmbedWorld();
  writeFileSync(join(appDir(), 'portal.stmap'), writeSavedMap([table, points], SAVED_VIEW));
  // The same data saved coloured by the points' reach, a metric that exists only once the outlines are known.
  writeFileSync(join(appDir(), 'portal-reach.stmap'), writeSavedMap([table, points], '?metric=imp-offices-reach&choro=quantile:3'));
  writeFileSync(join(appDir(), 'not-a-map.stmap'), JSON.stringify({ hello: 'portal' }));
  // The host may drive the map; saved maps may come from this site and from the third origin.
  writeFileSync(
    join(appDir(), 'embed-config.json'),
    JSON.stringify({ version: 1, allowedOrigins: [new URL(world.host.url).origin], dataOrigins: [new URL(world.third.url).origin] }),
  );
});

afterAll(async () => {
  await world?.close();
});

const dataParam = (url: string) => `data=${encodeURIComponent(url)}`;
const hostEvents = (page: Page) => page.evaluate(() => (window as unknown as HostEvents).events.map((e) => ({ ...e })));

/** Imported point features drawn within `px` of a place, once the map is there at street zoom. */
async function officesDrawnNear(frame: Frame | Page, lngLat: [number, number]): Promise<number> {
  await frame.evaluate((ll) => (window as TestWindow).__talentMap!.jumpTo({ center: ll, zoom: 15 }), lngLat);
  if ('page' in frame) await settle(frame);
  else await settleMap(frame);
  return frame.evaluate((ll) => {
    const map = (window as TestWindow).__talentMap!;
    const p = map.project(ll);
    return map.queryRenderedFeatures([[p.x - 8, p.y - 8], [p.x + 8, p.y + 8]], { layers: ['imported-offices-points'] }).length;
  }, lngLat);
}

/** The imported point layers on the map (their MapLibre layer ids). */
function importedLayers(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => (window as TestWindow).__talentMap!.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('imported-') && id.endsWith('-points')));
}

/** Whether the frame is still an embed: its own layout, and none of the dashboard's tools. */
async function isEmbed(frame: Frame): Promise<boolean> {
  return frame.evaluate(
    () =>
      new URLSearchParams(location.search).get('mode') === 'embed' &&
      document.querySelector('.embed') !== null &&
      document.querySelector('[data-testid="import-file-input"]') === null &&
      document.querySelector('[role="tablist"][aria-label="Tools"]') === null,
  );
}

test('a portal’s saved map colours the embed, draws its points, applies its view under the host’s language, and the frame stays an embed', async ({ open }) => {
  const s = await open();
  // The host says Chinese; the file was saved in English: the host's explicit choice wins.
  await s.goto(world.hostUrl(`?mode=embed&lang=zh&${dataParam(`${world.app.url}portal.stmap`)}`));
  const frame = await waitForReady(s.page);

  // `ready` waited for the saved map: its view is the file's (metric, focus, camera) in the host's language, and `data` follows it.
  await expect.poll(async () => (await hostEvents(s.page)).map((e) => e.event).filter((e) => e === 'ready' || e === 'data')).toEqual(['ready', 'data']);
  const events = await hostEvents(s.page);
  expect(events[0]!.event).toBe('ready');
  const ready = events[0]!.view!;
  expect(ready.lang).toBe('zh');
  expect(ready.metric).toBe('imp-desks-0');
  expect(ready.selection?.id).toBe(CHANGNING.code);
  expect(ready.camera?.zoom).toBeCloseTo(11.5, 1);
  expect(events.find((e) => e.event === 'data')).toMatchObject({ status: 'loaded', datasets: 2 });

  // The focus from the file is named in the bar, but opens no card over the portal's map (as `sel=` would not).
  await frame.locator('.embed__selection').getByText(CHANGNING.zh, { exact: true }).waitFor();
  expect(await frame.locator('.embed-card').count()).toBe(0);

  // The map is coloured by the portal's figures: four districts in classes, the rest "no data".
  await settle(frame);
  const paint = (await frame.evaluate(() => (window as TestWindow).__talentMap!.getPaintProperty('districts-fill', 'fill-color'))) as unknown[];
  expect(paint[0]).toBe('match');
  const noData = paint[paint.length - 1] as string;
  const colourOf = (code: string) => (paint.includes(code) ? (paint[paint.indexOf(code) + 1] as string) : noData);
  expect(colourOf(CHANGNING.code)).not.toBe(colourOf('310101'));
  for (const code of ['310101', '310104', '310115', CHANGNING.code]) expect(colourOf(code)).not.toBe(noData);
  // Minhang is not in the portal's table: no data, never a class.
  expect(colourOf('310112')).toBe(noData);

  // The legend explains the colours with the metric, unit, date and source, and lists the points.
  await frame.locator('.embed__legend summary').click();
  const choro = frame.getByTestId('embed-legend-choropleth');
  await expect.poll(() => choro.textContent()).toContain('Co-working desks');
  const text = (await choro.textContent()) ?? '';
  expect(text).toContain('desks');
  expect(text).toContain('Changning portal survey');
  expect(text).toContain('2025-06');
  expect(await choro.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-colour')))).toContain(colourOf(CHANGNING.code));
  await expect.poll(() => frame.locator('[data-layer="imported-offices"]').textContent()).toBe('Portal offices（附加数据）');

  // The table view gives each district's figure with the date and source that came with it.
  await frame.locator('.embed__toggle').click();
  const table = frame.getByTestId('embed-metric-table');
  await expect.poll(() => table.locator(`tr[data-district="${CHANGNING.code}"]`).textContent()).toContain('2025-06');
  expect(await table.locator(`tr[data-district="${CHANGNING.code}"]`).textContent()).toContain('Changning portal survey');
  expect(await table.locator('tr[data-district="310112"]').textContent()).toContain('无数据');
  await frame.locator('.embed__toggle').click();

  // "Open full map" carries the same view and the same saved map, so the full app can show them.
  const full = new URL((await frame.locator('.embed__open').getAttribute('href'))!);
  expect(full.searchParams.get('mode')).toBeNull();
  expect(full.searchParams.get('metric')).toBe('imp-desks-0');
  expect(full.searchParams.get('data')).toBe(`${world.app.url}portal.stmap`);

  // The portal's points are drawn where they are.
  for (const [, lng, lat] of OFFICES) expect(await officesDrawnNear(frame, [lng, lat])).toBe(1);
  expect(await isEmbed(frame)).toBe(true);
  // Once the URL sync has written the view, the frame is still an embed with its data link.
  await expect.poll(() => frame.evaluate(() => new URLSearchParams(location.search).get('metric'))).toBe('imp-desks-0');
  expect(await isEmbed(embedFrame(s.page))).toBe(true);
});

test('the embed keeps the portal’s data out of the visitor’s browser store, and the visitor’s own data off the portal’s map', async ({ open }) => {
  const s = await open();
  // The visitor's own points, imported on the dashboard and kept in IndexedDB.
  await s.page.goto(world.app.url, { waitUntil: 'load' });
  await waitForMapIdle(s.page);
  await showTab(s.page, 'Layers');
  await importPointFile(s.page, { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('name,lng,lat\nMy desk,121.40,31.20\nMy other desk,121.41,31.21\n') }, 'WGS84', 2);
  await s.page.locator('[data-testid="import-list"][data-saved="true"]').waitFor();

  // The embed, opened at the top level in the same browser profile (the same storage).
  const embed = await s.context.newPage();
  // The district outlines arrive only after the saved map: its view must still find the reach metric they make.
  let served = () => {};
  const savedMapServed = new Promise<void>((resolve) => (served = resolve));
  await embed.route('**/portal-reach.stmap', async (route) => {
    await route.continue();
    served();
  });
  await embed.route('**/data/districts.geojson', async (route) => {
    await savedMapServed;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await embed.goto(`${world.app.url}?mode=embed&${dataParam('portal-reach.stmap')}`, { waitUntil: 'load' });
  await waitForMapIdle(embed);
  await embed.locator('[data-layer="imported-offices"]').waitFor({ state: 'attached' });
  // Coloured by the reach of the portal's points, as saved (a relative data URL is this site's).
  await expect.poll(() => embed.getByTestId('embed-legend-choropleth').textContent()).toContain('within 3 km of “Portal offices”');
  await settleMap(embed);
  expect(await importedLayers(embed)).toEqual(['imported-offices-points']);
  expect(await officesDrawnNear(embed, [OFFICES[0]![1], OFFICES[0]![2]])).toBe(1);

  // A fresh dashboard page: the visitor's own data only; nothing of the portal's was stored.
  const later = await s.context.newPage();
  await later.goto(world.app.url, { waitUntil: 'load' });
  await waitForMapIdle(later);
  await showTab(later, 'Layers');
  const items = later.getByRole('region', { name: 'Your data', exact: true }).getByTestId('import-item');
  await expect.poll(() => items.count()).toBe(1);
  expect(await items.textContent()).toContain('mine');
  const stored = await later.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const req = indexedDB.open('talent-map-imports');
        req.onerror = () => reject(new Error('no database'));
        req.onsuccess = () => {
          const get = req.result.transaction('datasets').objectStore('datasets').getAllKeys();
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(new Error('unreadable'));
        };
      }),
  );
  expect((stored as string[]).filter((k) => k !== 'order')).toHaveLength(1);
  expect(stored).not.toContain('dataset:desks');
  expect(stored).not.toContain('dataset:offices');
  await Promise.all([embed.close(), later.close()]);
});

test('a refused origin, an unreachable file and a file that is no saved map each say so, and the built-in map still draws', async ({ open }) => {
  const cases = [
    // The host's own origin is not on the list of data origins: nothing is fetched.
    { url: `${world.host.url}portal.stmap`, status: 'refused', words: `${new URL(world.host.url).origin} is not on the map site’s list of data origins` },
    // The third origin is on the list, but serves no CORS headers (and the page's CSP allows no other host): the fetch fails.
    { url: `${world.third.url}portal.stmap`, status: 'failed', words: 'could not be loaded' },
    { url: `${world.app.url}not-a-map.stmap`, status: 'invalid', words: 'it is not a saved map of the Shanghai Talent Map' },
  ];
  for (const c of cases) {
    const s = await open();
    await s.goto(world.hostUrl(`?mode=embed&${dataParam(c.url)}`));
    const frame = await waitForReady(s.page);
    await expect.poll(async () => (await hostEvents(s.page)).find((e) => e.event === 'data') ?? null).toMatchObject({ status: c.status, datasets: 0 });
    const notice = frame.getByTestId('embed-data-notice');
    await expect.poll(() => notice.getAttribute('data-status')).toBe(c.status);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain(c.words);
    expect(await notice.textContent()).toContain('The map shows its own data.');
    if (c.status === 'refused') expect(s.requests.filter((u) => new URL(u).pathname.endsWith('.stmap'))).toEqual([]);
    // The built-in map: the sixteen districts drawn, no imported layer, still an embed.
    await settle(frame);
    const districts = await frame.evaluate(() => new Set((window as TestWindow).__talentMap!.queryRenderedFeatures({ layers: ['districts-fill'] }).map((f) => f.properties.code)).size);
    expect(districts).toBe(16);
    expect(await importedLayers(frame)).toEqual([]);
    expect(await isEmbed(frame)).toBe(true);
    // The notice can be dismissed.
    await notice.getByRole('button', { name: 'Dismiss this message', exact: true }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await s.context.close();
  }
});

test('in the dark theme the legend with the portal’s data and a failure notice pass axe-core', async ({ open }) => {
  const s = await open();
  await s.page.goto(`${world.app.url}?mode=embed&theme=dark&${dataParam('portal.stmap')}`, { waitUntil: 'load' });
  await waitForMapIdle(s.page);
  await s.page.locator('.embed__legend summary').click();
  await s.page.getByTestId('embed-legend-choropleth').waitFor();
  await s.page.locator('[data-layer="imported-offices"]').waitFor();
  expect(await seriousViolations(s.page)).toEqual([]);

  await s.page.goto(`${world.app.url}?mode=embed&theme=dark&${dataParam('not-a-map.stmap')}`, { waitUntil: 'load' });
  await waitForMapIdle(s.page);
  await s.page.locator('[data-testid="embed-data-notice"][data-status="invalid"]').waitFor();
  expect(await seriousViolations(s.page)).toEqual([]);
});
