// Imported data, further cases in a real browser (one page per case, several checks on each, to keep
// the run short): Baidu (BD-09) points drawn where their WGS84 truth is, then found in the Find
// tab and measured by the Analyse tab's proximity and reach; a two-sheet Excel workbook whose
// second sheet is chosen; a PMTiles layer by URL, read with range requests from a local fake host.
import gcoord from 'gcoord';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { mapCamera, metresPerPixel, pagePointOf, settleMap, test, waitForMapIdle, type Session, type TestWindow } from './helpers';
import { importPointFile, metricSelect, searchBox, showTab } from './app';
import { oneTileArchive } from './provider-world';
import { xlsxWorkbook } from './xlsx';
import { distanceKm } from '../../src/lib/reach';
import { encodePointTile, indexPoints } from '../../src/lib/point-tiles';

const dialog = (page: Page) => page.getByTestId('import-dialog');
const panel = (page: Page) => page.getByRole('region', { name: 'Your data', exact: true });

// Three places in Shanghai (WGS84), written out as a Baidu Maps export would: BD-09.
const TRUTH: [string, number, number][] = [
  ['People’s Square', 121.4737, 31.2304],
  ['Jing’an Temple', 121.4454, 31.2235],
  ['Century Park', 121.5512, 31.2165],
];

async function openApp(s: Session): Promise<void> {
  await s.goto();
  await waitForMapIdle(s.page);
  await showTab(s.page, 'Layers');
}

/** How many imported points (files or PMTiles) are drawn within `metres` of a place, at street zoom. */
async function drawnNear(page: Page, lngLat: readonly [number, number], metres: number, zoom = 15): Promise<number> {
  await page.evaluate(([ll, z]) => (window as TestWindow).__talentMap!.jumpTo({ center: ll, zoom: z }), [lngLat as [number, number], zoom] as const);
  await settleMap(page);
  const px = metres / metresPerPixel(zoom, lngLat[1]);
  return page.evaluate(
    ({ ll, px }) => {
      const map = (window as TestWindow).__talentMap!;
      const p = map.project(ll);
      const layers = map.getStyle().layers.filter((l) => l.id.startsWith('imported-') && l.id.endsWith('-points')).map((l) => l.id);
      return map.queryRenderedFeatures([[p.x - px, p.y - px], [p.x + px, p.y + px]], { layers }).length;
    },
    { ll: lngLat as [number, number], px },
  );
}

test('BD-09 points are drawn within 50 m of their truth, found in Find, and measured by proximity and reach', async ({ open }) => {
  const s = await open();
  await openApp(s);
  const rows = TRUTH.map(([name, lng, lat]) => {
    const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.BD09) as [number, number];
    return `"${name}",${x.toFixed(7)},${y.toFixed(7)}`;
  });
  await importPointFile(s.page, { name: 'places.csv', mimeType: 'text/csv', buffer: Buffer.from(['name,百度经度,百度纬度', ...rows].join('\n')) }, 'BD09', 3);
  for (const [, lng, lat] of TRUTH) expect(await drawnNear(s.page, [lng, lat], 50)).toBe(1);
  // Taken as WGS84, Baidu's coordinates would be drawn hundreds of metres away: the check can fail.
  const bd = gcoord.transform([TRUTH[0]![1], TRUTH[0]![2]], gcoord.WGS84, gcoord.BD09) as [number, number];
  expect(distanceKm(bd, [TRUTH[0]![1], TRUTH[0]![2]]) * 1000).toBeGreaterThan(500);

  // Find: the main search lists the imported point under its layer; choosing it flies there.
  await s.page.evaluate(() => (window as TestWindow).__talentMap!.jumpTo({ center: [121.3, 31.1], zoom: 10 }));
  await showTab(s.page, 'Find');
  await searchBox(s.page).fill('century');
  const found = s.page.getByRole('list', { name: 'places (your data)', exact: true }).getByRole('button');
  await expect.poll(() => found.allTextContents()).toEqual(['Century Park']);
  await found.click();
  await expect.poll(async () => {
    const c = await mapCamera(s.page);
    return distanceKm([c.lng, c.lat], [TRUTH[2]![1], TRUTH[2]![2]]) < 0.05 && Math.abs(c.zoom - 15) < 0.01;
  }, { timeout: 10_000 }).toBe(true);
  // A query that matches nothing of the file lists no imported group.
  await searchBox(s.page).fill('no such place');
  await expect.poll(() => s.page.getByTestId('finder-imported').count()).toBe(0);

  // Analyse: with the imported points as the sites, the nearest are those points, nearest first.
  await showTab(s.page, 'Analyse');
  await s.page.getByTestId('site-set').first().selectOption({ label: 'places (your data, 3 points)' });
  await s.page.evaluate(() => (window as TestWindow).__talentMap!.jumpTo({ center: [121.47, 31.23], zoom: 12 }));
  await settleMap(s.page);
  await s.page.getByRole('button', { name: 'Pick a point on the map', exact: true }).click();
  const at = await pagePointOf(s.page, [TRUTH[0]![1], TRUTH[0]![2]]);
  await s.page.mouse.click(at.x, at.y);
  const table = s.page.getByTestId('nearest-table');
  await expect.poll(() => table.locator('caption').textContent()).toContain('Nearest points of “places”');
  await expect.poll(() => table.locator('tbody th').allTextContents()).toEqual(['People’s Square', 'Jing’an Temple', 'Century Park']);

  // Reach: colouring by these points charts "share within N km of places" at the section's radius.
  await s.page.getByRole('button', { name: 'Colour districts by reach of these points', exact: true }).click();
  await expect.poll(async () => (await metricSelect(s.page).locator('option:checked').textContent()) ?? '').toMatch(/^Share of the district within [\d.]+ km of “places”/);
});

test('an Excel workbook’s second sheet is chosen and imported, and a PMTiles layer is read from its URL', async ({ open }) => {
  const s = await open();
  await openApp(s);
  const workbook = xlsxWorkbook([
    { name: 'Notes', rows: [['About'], ['Two offices, WGS84']] },
    { name: 'Offices', rows: [['name', 'lng', 'lat'], ['Office A', 121.4737, 31.2304], ['Office B', 121.4454, 31.2235]] },
  ]);
  await s.page.getByTestId('import-file-input').setInputFiles({ name: 'offices.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
  const sheet = dialog(s.page).getByTestId('import-sheet');
  await expect.poll(() => sheet.locator('option').allTextContents()).toEqual(['Notes', 'Offices']);
  await expect.poll(() => sheet.inputValue()).toBe('Notes');
  await sheet.selectOption('Offices');
  await expect.poll(() => dialog(s.page).getByTestId('import-preview-table').textContent()).toContain('Office B');
  await dialog(s.page).getByTestId('import-crs').selectOption('WGS84');
  await expect.poll(() => dialog(s.page).getByTestId('import-summary').textContent()).toMatch(/^2 points will be added/);
  await dialog(s.page).getByRole('button', { name: 'Import', exact: true }).click();
  await dialog(s.page).waitFor({ state: 'detached' });
  expect(await drawnNear(s.page, [121.4454, 31.2235], 50)).toBe(1);

  // A PMTiles archive with one vector tile (z10) holding one shop, served with range requests on
  // the app's own origin (the CSP allows it; another origin would need the deployment's header).
  const shop: [number, number] = [121.52, 31.3];
  const z = 10;
  const tx = Math.floor(((shop[0] + 180) / 360) * 2 ** z);
  const s1 = Math.sin((shop[1] * Math.PI) / 180);
  const ty = Math.floor((0.5 - Math.log((1 + s1) / (1 - s1)) / (4 * Math.PI)) * 2 ** z);
  const archive = oneTileArchive(z, tx, ty, Buffer.from(encodePointTile(indexPoints(shop), z, tx, ty, { layer: 'shops' })), 1);
  const ranges: string[] = [];
  await s.page.route('**/fake-host/shops.pmtiles', (route) => {
    const m = /^bytes=(\d+)-(\d+)$/.exec(route.request().headers().range ?? '');
    if (!m) return route.fulfill({ status: 200, contentType: 'application/vnd.pmtiles', body: archive });
    ranges.push(m[0]);
    const start = Number(m[1]);
    const end = Math.min(Number(m[2]), archive.length - 1);
    return route.fulfill({ status: 206, body: archive.subarray(start, end + 1), headers: { 'Content-Type': 'application/vnd.pmtiles', 'Content-Range': `bytes ${start}-${end}/${archive.length}` } });
  });
  await showTab(s.page, 'Layers');
  await panel(s.page).getByText('Add a PMTiles layer', { exact: true }).click();
  await s.page.getByTestId('pmtiles-url').fill(new URL('fake-host/shops.pmtiles', s.baseUrl).href);
  await s.page.getByTestId('pmtiles-layer').fill('shops');
  await s.page.getByRole('button', { name: 'Add layer', exact: true }).click();
  await expect.poll(() => panel(s.page).getByTestId('import-item').count()).toBe(2);
  await expect.poll(() => drawnNear(s.page, shop, 60, 12), { timeout: 15_000 }).toBe(1);
  expect(ranges.length).toBeGreaterThan(0);
  // The office layer is still there: adding tiles lost nothing.
  expect(await drawnNear(s.page, [121.4737, 31.2304], 50)).toBe(1);
});
