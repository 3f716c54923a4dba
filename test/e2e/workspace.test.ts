// The planner's workspace in a real browser, measured rather than assumed: the tools one click
// from the top of the screen, the legend and the controls on the map, the city figures as whole
// cards, no sideways scrolling on a phone in either language, tooltips that go away, and a default
// view where a central district is large enough to click.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CHANGNING, districtClickPoint, layerCheckbox, showTab, toolTab, type ToolTab } from './app';
import { mapCamera, settleMap, test, waitForMapIdle, type TestWindow } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

async function rect(l: Locator): Promise<Box> {
  return l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const mapBox = (page: Page) => page.locator('.talent-map');
const legendToggle = (page: Page, name = 'Legend') => page.getByRole('button', { name, exact: true });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}×${viewport.height} Find, Layers and Analyse are one click from the first screen`, async ({ open }) => {
    const s = await open({ viewport });
    await s.goto();
    for (const name of ['Find', 'Layers', 'Analyse'] as ToolTab[]) {
      const tab = toolTab(s.page, name);
      const r = await rect(tab);
      expect(r.y + r.height, `${name} tab within the first screen`).toBeLessThanOrEqual(viewport.height);
      expect(r.y).toBeGreaterThanOrEqual(0);
      await showTab(s.page, name);
      // The panel starts right under its tab, on the first screen.
      const panel = await rect(s.page.getByRole('tabpanel', { name, exact: true }));
      expect(panel.y).toBeLessThan(viewport.height / 2);
    }
    await showTab(s.page, 'Layers');
    expect(await layerCheckbox(s.page, 'Pudong').isVisible()).toBe(true);
  });
}

test('the tool tabs follow the arrow keys, and each shows only its own panel', async ({ open }) => {
  const s = await open();
  await s.goto();
  await toolTab(s.page, 'Find').focus();
  await s.page.keyboard.press('ArrowRight');
  expect(await toolTab(s.page, 'Layers').getAttribute('aria-selected')).toBe('true');
  expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Layers');
  expect(await s.page.getByRole('tabpanel', { name: 'Layers', exact: true }).isVisible()).toBe(true);
  expect(await s.page.getByRole('searchbox').isVisible()).toBe(false);
  await s.page.keyboard.press('End');
  expect(await toolTab(s.page, 'Analyse').getAttribute('aria-selected')).toBe('true');
  await s.page.keyboard.press('ArrowRight');
  expect(await toolTab(s.page, 'Find').getAttribute('aria-selected')).toBe('true');
});

test('the legend sits on the map, opens from the keyboard and lists the visible layers with their swatches', async ({ open }) => {
  const s = await open({ viewport: { width: 1280, height: 720 } });
  await s.goto();
  await waitForMapIdle(s.page);
  const toggle = legendToggle(s.page);
  expect(inside(await rect(toggle), await rect(mapBox(s.page)))).toBe(true);
  // Closed on a 720-pixel-high screen, so it does not cover the sites; Enter opens it.
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.focus();
  await s.page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const body = s.page.getByTestId('map-legend');
  expect(inside(await rect(body), await rect(mapBox(s.page)))).toBe(true);
  const rows = body.locator('[data-layer]');
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-layer')))).toContain('pudong');
  expect(await body.locator('[data-layer="pudong"] svg').count()).toBeGreaterThan(0);
  // Hiding a layer takes it out of the legend.
  await showTab(s.page, 'Layers');
  await layerCheckbox(s.page, 'Pudong').uncheck();
  await expect.poll(() => body.locator('[data-layer="pudong"]').count()).toBe(0);
});

test('the legend on the map shows the choropleth classes with unit and date, which end included, rounded', async ({ open }) => {
  const s = await open({ viewport: { width: 1440, height: 900 } });
  await s.goto('?choro=jenks:5&metric=density');
  await waitForMapIdle(s.page);
  const block = s.page.getByTestId('map-legend-choropleth');
  // A choropleth opens the legend by itself.
  await block.waitFor();
  const text = await block.innerText();
  expect(text).toContain('people/km²');
  expect(text).toMatch(/as of/);
  const labels = await block.locator('li').allInnerTexts();
  expect(labels[0]).toMatch(/ to < /);
  expect(labels[1]).toMatch(/^≥ .+ to < /);
  // Rounded breaks: no decimals in a density legend, and the end of a class is the start of the next.
  for (const l of labels) expect(l).not.toMatch(/\d\.\d/);
  const ends = labels.slice(0, -1).map((l) => /< ([\d,]+)/.exec(l)?.[1]);
  const starts = labels.slice(1).map((l) => /≥ ([\d,]+)/.exec(l)?.[1]);
  expect(ends.filter(Boolean).length).toBeGreaterThan(1);
  for (let i = 0; i < ends.length; i++) if (ends[i] && starts[i]) expect(starts[i]).toBe(ends[i]);
});

test('districts without a value are a "no data" class of their own in the legend on the map', async ({ open }) => {
  const s = await open({ viewport: { width: 1440, height: 900 } });
  // Talent-apartment units per 100,000 residents: districts with no apartment have no figure.
  await s.goto('?choro=quantile:3&metric=units-per-100k');
  await waitForMapIdle(s.page);
  const block = s.page.getByTestId('map-legend-choropleth');
  await block.waitFor();
  const labels = await block.locator('li').allInnerTexts();
  expect(labels.at(-1)).toBe('No data');
  expect(await block.innerText()).toContain('per 100,000 residents');
});

test('zoom, home and the scale bar: home brings back the default view, the scale text keeps clear of its bar', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  const home = await mapCamera(s.page);
  await s.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(async () => (await mapCamera(s.page)).zoom).toBeGreaterThan(home.zoom + 0.9);
  await settleMap(s.page);
  await s.page.getByRole('button', { name: 'Back to the default view', exact: true }).click();
  await expect.poll(async () => Math.abs((await mapCamera(s.page)).zoom - home.zoom)).toBeLessThan(0.01);
  // The default view is no one's choice: the link keeps no camera.
  await expect.poll(() => new URL(s.page.url()).searchParams.get('map')).toBeNull();
  const scale = s.page.getByRole('img', { name: /^Scale: the bar is \d+ k?m$/ });
  const bar = await rect(scale.locator('.talent-map__scale-bar'));
  const label = await rect(scale.locator('.talent-map__scale-text'));
  expect(bar.width).toBeGreaterThan(20);
  expect(overlap(bar, label)).toBe(false);
  expect(s.page.getByRole('button', { name: 'Full screen', exact: true })).toBeTruthy();
  expect(await s.page.getByRole('button', { name: 'Full screen', exact: true }).isVisible()).toBe(true);
});

test('a compass appears only while the map is rotated, and turns it north up', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  const compass = s.page.getByRole('button', { name: /^Turn north up/ });
  expect(await compass.count()).toBe(0);
  await s.page.evaluate(() => (window as TestWindow).__talentMap?.jumpTo({ bearing: 30 }));
  await compass.waitFor();
  await compass.click();
  await expect.poll(async () => Math.abs((await mapCamera(s.page)).bearing)).toBeLessThan(0.5);
  await compass.waitFor({ state: 'detached' });
});

test('the default view is the sites, one zoom level in from the whole city, with Changning large enough to click', async ({ open }) => {
  const s = await open({ viewport: { width: 1280, height: 720 } });
  await s.goto();
  await waitForMapIdle(s.page);
  const { zoom } = await mapCamera(s.page);
  const cityZoom = await s.page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    return map.cameraForBounds([120.85, 30.67, 122.2, 31.88])?.zoom ?? 0;
  });
  // The city's own box (a little larger than its outlines' fit): within one zoom-out, not more.
  expect(zoom - cityZoom).toBeGreaterThan(0.5);
  expect(zoom - cityZoom).toBeLessThanOrEqual(1.25);
  const width = await s.page.evaluate((code) => {
    const map = (window as TestWindow).__talentMap!;
    const f = map.querySourceFeatures('districts').find((x) => x.properties?.code === code);
    if (!f) return 0;
    const ring = (f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : (f.geometry as GeoJSON.MultiPolygon).coordinates[0]![0])!;
    const xs = ring.map((p) => map.project(p as [number, number]).x);
    return Math.max(...xs) - Math.min(...xs);
  }, CHANGNING.code);
  expect(width).toBeGreaterThanOrEqual(40);
});

async function hoverChangning(page: Page): Promise<void> {
  const point = await districtClickPoint(CHANGNING.code);
  await page.evaluate((ll) => (window as TestWindow).__talentMap?.jumpTo({ center: ll, zoom: 12 }), point.lngLat as [number, number]);
  await settleMap(page);
  const box = await rect(page.locator('canvas.maplibregl-canvas'));
  await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2 - 3);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await page.getByRole('tooltip').waitFor();
}

test('the tooltip goes away on a click', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  await hoverChangning(s.page);
  await s.page.mouse.down();
  await s.page.mouse.up();
  await s.page.getByRole('tooltip').waitFor({ state: 'detached' });
});

test('the tooltip goes away when the camera moves', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  await hoverChangning(s.page);
  await s.page.evaluate(() => (window as TestWindow).__talentMap?.panBy([120, 0], { duration: 0 }));
  await s.page.getByRole('tooltip').waitFor({ state: 'detached' });
});

test('the tooltip goes away when the pointer leaves the map', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  await hoverChangning(s.page);
  const tabs = await rect(toolTab(s.page, 'Find'));
  await s.page.mouse.move(tabs.x + 5, tabs.y + 5, { steps: 4 });
  await s.page.getByRole('tooltip').waitFor({ state: 'detached' });
});
