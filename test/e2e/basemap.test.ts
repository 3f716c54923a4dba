// The built-in basemap as a reader sees it, in real Chromium: the Huangpu drawn in the water
// colour over the Bund, the metro in its official colours in the city centre, the credits, and the
// two flavours — dark for the presenter, a dark embed and a system that prefers dark, light text on
// dark ground at 4.5:1 or better.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { fetchData, mapScreenshot, test, waitForMapIdle, type TestWindow } from './helpers';
import { showTab } from './app';
import type { MetroFile, WaterFile } from '../../src/data/basemap-schemas';
import { PALETTES } from '../../src/features/map/palette';
import { contrastRatio, luminance } from '../../src/lib/contrast';

type Position = [number, number];
type Rgb = [number, number, number];

const BUND: Position = [121.49, 31.24];
const PEOPLES_SQUARE: Position = [121.4737, 31.2328];

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const hexOf = ([r, g, b]: Rgb): string => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const near = (a: Rgb, b: Rgb, tol: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);

/** Metres between two nearby points (flat approximation; plenty at a few kilometres). */
function metres(a: Position, b: Position): number {
  const kx = 111_320 * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 110_574);
}

/** Points every ~50 m along a line. */
function along(line: Position[]): Position[] {
  const out: Position[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const [a, b] = [line[i]!, line[i + 1]!];
    const n = Math.max(1, Math.round(metres(a, b) / 50));
    for (let k = 0; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out;
}

/** The colour of the map's pixel at each longitude/latitude (null where it is off the canvas). */
async function pixelsAt(page: Page, shot: PNG, points: Position[]): Promise<(Rgb | null)[]> {
  const xy = await page.evaluate((pts) => pts.map((p) => (window as TestWindow).__talentMap!.project(p)).map((p) => [p.x, p.y]), points);
  return xy.map(([x, y]) => {
    const [px, py] = [Math.round(x!), Math.round(y!)];
    if (px < 0 || py < 0 || px >= shot.width || py >= shot.height) return null;
    const i = (py * shot.width + px) * 4;
    return [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
  });
}

/** The paint colour a layer of the live map holds (for a `case`, its last output: the plain state). */
async function paintOf(page: Page, layer: string, property: string): Promise<string> {
  return page.evaluate(
    ([l, p]) => {
      const v = (window as TestWindow).__talentMap!.getStyle().layers.find((x) => x.id === l) as { paint?: Record<string, unknown> } | undefined;
      const value = v?.paint?.[p];
      return (Array.isArray(value) ? value[value.length - 1] : value) as string;
    },
    [layer, property] as const,
  );
}

function meanLuminance(shot: PNG): number {
  let sum = 0;
  for (let i = 0; i < shot.data.length; i += 4) sum += luminance(hexOf([shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!]));
  return sum / (shot.width * shot.height);
}

test('draws the Huangpu in the water colour where the river runs past the Bund, at zoom 13', async ({ open }) => {
  const s = await open();
  await s.goto(`?map=13.00/${BUND[1]}/${BUND[0]}`);
  await waitForMapIdle(s.page);
  const [water, metro] = await Promise.all([fetchData<WaterFile>('water-lines.geojson'), fetchData<MetroFile>('metro-lines.geojson')]);
  const tracks = metro.features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates)).flatMap((l) => along(l as Position[]));
  // The major rivers' centrelines within 2 km of the Bund, away from where a metro line crosses over.
  const centreline = water.features
    .filter((f) => f.properties.kind === 'river' && (f.properties.level ?? 99) <= 3)
    .flatMap((f) => along(f.geometry.coordinates as Position[]))
    .filter((p) => metres(p, BUND) < 2000 && tracks.every((t) => metres(p, t) > 150));
  expect(centreline.length, 'river points near the Bund').toBeGreaterThan(20);

  const waterRgb = rgbOf(PALETTES.light.basemap.water);
  const pixels = (await pixelsAt(s.page, await mapScreenshot(s.page), centreline)).filter((p): p is Rgb => p !== null);
  const watery = pixels.filter((p) => near(p, waterRgb, 3));
  // Labels may sit on a few of them; the rest is the river, exactly in the water colour.
  expect(watery.length / pixels.length, `${watery.length} of ${pixels.length} river pixels in ${PALETTES.light.basemap.water}`).toBeGreaterThan(0.85);
});

test('shows the metro lines in their official colours in the city centre', async ({ open }) => {
  const s = await open();
  await s.goto(`?map=12.00/${PEOPLES_SQUARE[1]}/${PEOPLES_SQUARE[0]}`);
  await waitForMapIdle(s.page);
  const metro = await fetchData<MetroFile>('metro-lines.geojson');
  const shot = await mapScreenshot(s.page);
  const counts = new Map<string, number>(metro.features.map((f) => [f.properties.ref, 0]));
  const colours = metro.features.map((f) => [f.properties.ref, rgbOf(f.properties.colour)] as const);
  for (let i = 0; i < shot.data.length; i += 4) {
    const px: Rgb = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
    for (const [ref, rgb] of colours) if (near(px, rgb, 8)) counts.set(ref, counts.get(ref)! + 1);
  }
  const seen = [...counts].filter(([, n]) => n >= 25).map(([ref]) => ref);
  // Lines 1, 2, 8, 10 and 13 all run through the centre; at least eight lines show here.
  for (const ref of ['1', '2', '8', '10', '13']) expect(seen, `line ${ref}: ${counts.get(ref)} pixels`).toContain(ref);
  expect(seen.length).toBeGreaterThanOrEqual(8);
  // Their numbers are written along them.
  const labels = await s.page.evaluate(() => (window as TestWindow).__talentMap!.queryRenderedFeatures({ layers: ['metro-labels'] }).map((f) => String(f.properties.ref)));
  expect(new Set(labels).size).toBeGreaterThanOrEqual(5);
});

test('credits OpenStreetMap (ODbL), GSHHG and Apache ECharts under the built-in basemap', async ({ open }) => {
  const s = await open();
  await s.goto('');
  await waitForMapIdle(s.page);
  const credits = s.page.locator('.talent-map__attribution');
  await expect.poll(() => credits.textContent()).toContain('OpenStreetMap contributors (ODbL)');
  expect(await credits.getByRole('link', { name: 'OpenStreetMap contributors (ODbL)' }).getAttribute('href')).toBe('https://www.openstreetmap.org/copyright');
  expect(await credits.textContent()).toContain('GSHHG (Wessel & Smith)');
  expect(await credits.textContent()).toContain('Apache ECharts');
  expect(s.foreignRequests()).toEqual([]);
});

test('draws the dark flavour dark, with label text at 4.5:1 against its halo and the land', async ({ open }) => {
  const s = await open();
  await s.page.emulateMedia({ colorScheme: 'dark' });
  await s.goto('');
  await waitForMapIdle(s.page);
  // The dashboard followed the system's preference, the page's chrome too.
  expect(await s.page.evaluate(() => document.documentElement.dataset.flavour)).toBe('dark');
  expect(luminance(hexOf((await s.page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number))) as Rgb))).toBeLessThan(0.05);
  expect(meanLuminance(await mapScreenshot(s.page))).toBeLessThan(0.08);

  // What the live map paints with, checked as a reader's eye would need it.
  const text = await paintOf(s.page, 'district-labels-text', 'text-color');
  const halo = await paintOf(s.page, 'district-labels-text', 'text-halo-color');
  const land = await paintOf(s.page, 'districts-land', 'fill-color');
  expect(text).toBe(PALETTES.dark.basemap.labelText);
  expect(land).toBe(PALETTES.dark.basemap.land);
  expect(contrastRatio(text, halo)).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(text, land)).toBeGreaterThanOrEqual(4.5);
  // And the labels are drawn: pixels of the label colour are on the canvas.
  const shot = await mapScreenshot(s.page);
  let lit = 0;
  for (let i = 0; i < shot.data.length; i += 4) if (near([shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!], rgbOf(text), 12)) lit++;
  expect(lit).toBeGreaterThan(150);
});

test('switches the dashboard to dark and back, and keeps the choice in the link', async ({ open }) => {
  const s = await open();
  await s.goto('');
  await waitForMapIdle(s.page);
  expect(await paintOf(s.page, 'water-background', 'background-color')).toBe(PALETTES.light.basemap.water);
  await showTab(s.page, 'Layers');
  await s.page.getByRole('radio', { name: 'Dark (projector)' }).check();
  await expect.poll(() => paintOf(s.page, 'water-background', 'background-color')).toBe(PALETTES.dark.basemap.water);
  await expect.poll(() => s.page.url()).toContain('flavour=dark');
  // The legend follows: Pudong's swatch is drawn in the dark palette's amber.
  const swatch = s.page.locator('.layers-panel__item', { hasText: 'Pudong' }).locator('.legend-swatch rect');
  expect(await swatch.getAttribute('stroke')).toBe(PALETTES.dark.featured.pudong);
  await s.page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(() => paintOf(s.page, 'water-background', 'background-color')).toBe(PALETTES.light.basemap.water);
});

test('opens the presenter in the dark flavour by default, and in light when the link asks', async ({ open }) => {
  const s = await open({ viewport: { width: 1920, height: 1080 } });
  await s.goto('?mode=present');
  await waitForMapIdle(s.page);
  expect(await paintOf(s.page, 'water-background', 'background-color')).toBe(PALETTES.dark.basemap.water);
  expect(await paintOf(s.page, 'districts-land', 'fill-color')).toBe(PALETTES.dark.basemap.land);
  expect(meanLuminance(await mapScreenshot(s.page))).toBeLessThan(0.1);

  const light = await open({ viewport: { width: 1920, height: 1080 } });
  await light.goto('?mode=present&flavour=light');
  await waitForMapIdle(light.page);
  expect(await paintOf(light.page, 'districts-land', 'fill-color')).toBe(PALETTES.light.basemap.land);
});

test('draws an embed with theme=dark in the dark flavour, its legend too', async ({ open }) => {
  const s = await open({ viewport: { width: 800, height: 600 } });
  await s.goto('?mode=embed&theme=dark');
  await waitForMapIdle(s.page);
  expect(await paintOf(s.page, 'districts-land', 'fill-color')).toBe(PALETTES.dark.basemap.land);
  expect(meanLuminance(await mapScreenshot(s.page))).toBeLessThan(0.1);
  await s.page.getByText('Legend').click();
  const strokes = await s.page.locator('.embed__legend .legend-swatch rect').evaluateAll((els) => els.map((e) => e.getAttribute('stroke')));
  expect(strokes).toContain(PALETTES.dark.featured.pudong);

  const light = await open({ viewport: { width: 800, height: 600 } });
  await light.goto('?mode=embed&theme=light');
  await waitForMapIdle(light.page);
  expect(await paintOf(light.page, 'districts-land', 'fill-color')).toBe(PALETTES.light.basemap.land);
});
