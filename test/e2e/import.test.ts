// Bringing your own data, in a real browser: a GBK district table becomes a metric that charts and
// colours the map; GCJ-02 points are drawn where their WGS84 truth is; imports survive a reload;
// bad rows are listed and the good ones imported; a saved map reopens data and view elsewhere.
import gcoord from 'gcoord';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { chartBar, districtClickPoint, metricSelect, showTab } from './app';
import { mapScreenshot, metresPerPixel, pagePointOf, settleMap, test, waitForMapIdle, type Session, type TestWindow } from './helpers';
import { distanceKm } from '../../src/lib/reach';
import { classify } from '../../src/lib/classify';
import { CHOROPLETH_OPACITY } from '../../src/features/map/district-layers';
import { PALETTES } from '../../src/features/map/palette';

/** A GBK encoder built from the platform's GBK decoder: every two-byte sequence, read back. */
function gbkEncoder(): (text: string) => Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  return (text) => Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

const panel = (page: Page) => page.getByRole('region', { name: 'Your data', exact: true });
const dialog = (page: Page) => page.getByTestId('import-dialog');

async function chooseFile(s: Session, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await s.page.getByTestId('import-file-input').setInputFiles({ name, mimeType, buffer });
}

async function openApp(s: Session, query = ''): Promise<void> {
  await s.goto(query);
  await waitForMapIdle(s.page);
  // "Your data" lives in the Layers tab.
  await showTab(s.page, 'Layers');
}

async function pixelAt(page: Page, lngLat: readonly [number, number]): Promise<[number, number, number]> {
  const shot = await mapScreenshot(page);
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const p = await pagePointOf(page, lngLat);
  // The most common colour in an 11×11 box: the district's fill, not a metro line, river or name
  // that happens to cross the sampled point (the basemap draws them under and over the fill).
  const counts = new Map<string, number>();
  const cx = Math.round(p.x - box.x);
  const cy = Math.round(p.y - box.y);
  for (let dy = -5; dy <= 5; dy++) {
    for (let dx = -5; dx <= 5; dx++) {
      const i = ((cy + dy) * shot.width + (cx + dx)) * 4;
      const key = `${shot.data[i]},${shot.data[i + 1]},${shot.data[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return top.split(',').map(Number) as [number, number, number];
}

// Five districts without a featured tint, named in Chinese the way a Chinese Excel saves them.
const TABLE = [
  ['黄浦区', '310101', 10],
  ['静安', '310106', 20],
  ['普陀区', '310107', 30],
  ['虹口区', '310109', 40],
  ['杨浦区', '310110', 50],
] as const;

async function importGbkTable(s: Session): Promise<void> {
  const csv = ['区,企业数', ...TABLE.map(([name, , v]) => `${name},${v}`), '不存在区,5'].join('\r\n');
  await chooseFile(s, '企业.csv', 'text/csv', gbkEncoder()(csv));
  await expect.poll(() => dialog(s.page).getByTestId('import-encoding').inputValue()).toBe('gb18030');
  await expect.poll(() => dialog(s.page).getByTestId('import-summary').textContent()).toContain('5 rows matched to districts, 1 row not matched');
  await dialog(s.page).getByTestId('import-source').fill('District survey 2024');
  await dialog(s.page).getByRole('button', { name: 'Import', exact: true }).click();
  await dialog(s.page).waitFor({ state: 'detached' });
}

test('a GBK district table becomes a metric that charts every matched district', async ({ open }) => {
  const s = await open();
  await openApp(s);
  await importGbkTable(s);
  await expect.poll(async () => (await metricSelect(s.page).locator('option:checked').textContent()) ?? '').toBe('企业数');
  // A bar of its value for each matched district; none for the others, which read "no data".
  const drawn = () =>
    s.page
      .locator('[data-testid="metric-chart"] rect[data-code]')
      .evaluateAll((els) => els.filter((e) => Number(e.getAttribute('width')) > 0).map((e) => e.getAttribute('data-code')).sort());
  await expect.poll(drawn).toEqual(TABLE.map(([, code]) => code));
  expect(await s.page.locator('[data-testid="metric-chart"] [data-no-data]').count()).toBe(11);
});

function hex(c: string): number[] {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
}

/** The colour a translucent choropleth fill shows over the land. */
function over(fill: string, alpha: number): number[] {
  const l = hex(PALETTES.light.basemap.land);
  return hex(fill).map((v, i) => Math.round(alpha * v + (1 - alpha) * l[i]!));
}

test('a GBK district table colours the map by its values', async ({ open }) => {
  const s = await open();
  await openApp(s);
  // The colours the one classification gives these values (quantiles, 5 classes, as the import sets).
  const rows = TABLE.map(([, code, value]) => ({ code, value, unit: '', qualifier: null, basis: [] }));
  const { colourOf } = classify(rows, 'quantile', 5);
  await importGbkTable(s);
  await settleMap(s.page);
  for (const code of ['310101', '310110']) {
    const point = (await districtClickPoint(code)).lngLat as [number, number];
    const seen = await pixelAt(s.page, point);
    const want = over(colourOf[code]!, CHOROPLETH_OPACITY.normal);
    expect(seen.every((v, i) => Math.abs(v - want[i]!) <= 14), `${code}: ${seen} vs ${want}`).toBe(true);
  }
  expect(colourOf['310101']).not.toBe(colourOf['310110']);
});

// Three places in Shanghai (WGS84), written out as an AMap export would: GCJ-02.
const TRUTH: [string, number, number][] = [
  ['People’s Square', 121.4737, 31.2304],
  ['Jing’an Temple', 121.4454, 31.2235],
  ['Century Park', 121.5512, 31.2165],
];

function gcjCsv(extra: string[] = []): Buffer {
  const rows = TRUTH.map(([name, lng, lat]) => {
    const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    return `"${name}",${x.toFixed(7)},${y.toFixed(7)}`;
  });
  return Buffer.from(['name,lng,lat', ...rows, ...extra].join('\n'));
}

async function importPoints(s: Session, buffer: Buffer, name = 'places.csv'): Promise<void> {
  await chooseFile(s, name, 'text/csv', buffer);
  await dialog(s.page).getByTestId('import-crs').selectOption('GCJ02');
  await expect.poll(() => dialog(s.page).getByTestId('import-summary').textContent()).toMatch(/3 points will be added/);
  await dialog(s.page).getByRole('button', { name: 'Import', exact: true }).click();
  await dialog(s.page).waitFor({ state: 'detached' });
}

/** The imported points drawn within `metres` of each truth, found on screen at street zoom. */
async function drawnNear(page: Page, lngLat: readonly [number, number], metres: number): Promise<number> {
  await page.evaluate((ll) => (window as TestWindow).__talentMap!.jumpTo({ center: ll, zoom: 15 }), lngLat as [number, number]);
  await settleMap(page);
  const px = metres / metresPerPixel(15, lngLat[1]);
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

test('GCJ-02 points are drawn within 50 m of their WGS84 truth', async ({ open }) => {
  const s = await open();
  await openApp(s);
  await importPoints(s, gcjCsv());
  for (const [, lng, lat] of TRUTH) expect(await drawnNear(s.page, [lng, lat], 50)).toBe(1);
  // The same coordinates taken as WGS84 would be hundreds of metres off: the check can fail.
  const [x, y] = gcoord.transform([TRUTH[0]![1], TRUTH[0]![2]], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  expect(distanceKm([x, y], [TRUTH[0]![1], TRUTH[0]![2]]) * 1000).toBeGreaterThan(300);
});

test('imported points and metrics are kept across a reload', async ({ open }) => {
  const s = await open();
  await openApp(s);
  await importPoints(s, gcjCsv());
  await importGbkTable(s);
  // Kept once written: the list says when IndexedDB has both.
  await s.page.locator('[data-testid="import-list"][data-saved="true"]').waitFor();
  await s.page.reload({ waitUntil: 'load' });
  await waitForMapIdle(s.page);
  await showTab(s.page, 'Layers');
  await expect.poll(() => panel(s.page).getByTestId('import-item').count()).toBe(2);
  await expect.poll(() => metricSelect(s.page).locator('option', { hasText: '企业数' }).count()).toBe(1);
  expect(await drawnNear(s.page, [TRUTH[2]![1], TRUTH[2]![2]], 50)).toBe(1);
});

test('a file with bad rows imports the good ones and lists the bad by row and column', async ({ open }) => {
  const s = await open();
  await openApp(s);
  await chooseFile(s, 'mixed.csv', 'text/csv', gcjCsv(['"No coordinates",,', '"Typo",121.4x,31.2', '"Beijing",116.4,39.9']));
  await dialog(s.page).getByTestId('import-crs').selectOption('GCJ02');
  await expect.poll(() => dialog(s.page).getByTestId('import-summary').textContent()).toContain('3 points will be added, 3 rows skipped');
  const problems = dialog(s.page).getByTestId('import-problems');
  await expect.poll(() => problems.locator('li').allTextContents()).toEqual([
    'Row 5, column “lng”: no coordinate; the row is skipped.',
    'Row 6, column “lng”: “121.4x” is not a valid coordinate; the row is skipped.',
    'Row 7: 116.4, 39.9 is outside Shanghai; the row is skipped.',
  ]);
  await dialog(s.page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => panel(s.page).getByTestId('import-item').textContent()).toContain('3 points, converted from GCJ-02');
});

test('a saved map opened in a fresh browser restores the data and the view', async ({ open }) => {
  const s = await open();
  await openApp(s);
  await importGbkTable(s);
  await s.page.evaluate(() => (window as TestWindow).__talentMap!.jumpTo({ center: [121.47, 31.23], zoom: 12.5 }));
  await settleMap(s.page);
  await expect.poll(() => new URL(s.page.url()).searchParams.get('map') ?? '').toMatch(/^12\.50\//);
  const [saved] = await Promise.all([s.page.waitForEvent('download'), panel(s.page).getByTestId('import-save-map').click()]);
  const text = await (await import('node:fs/promises')).readFile((await saved.path())!);

  const fresh = await open();
  await openApp(fresh);
  await chooseFile(fresh, saved.suggestedFilename(), 'application/json', text);
  await expect.poll(() => panel(fresh.page).getByTestId('import-item').count()).toBe(1);
  await expect.poll(async () => (await metricSelect(fresh.page).locator('option:checked').textContent()) ?? '').toBe('企业数');
  await settleMap(fresh.page);
  const camera = await fresh.page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });
  expect(camera.zoom).toBeCloseTo(12.5, 1);
  expect(distanceKm([camera.lng, camera.lat], [121.47, 31.23])).toBeLessThan(0.2);
  await chartBar(fresh.page, '310110').waitFor();
});
