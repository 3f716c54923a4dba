// Analysis that composes: reach drawn as an overlay keeps the reader's metric; colouring by reach
// says what it replaced and undoes in one step; a comparison shows on the map and in the chart; a
// proximity origin brings its rings and nearest sites into view.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { showTab } from './app';
import { mapCamera, settleMap, test, waitForMapIdle, type TestWindow } from './helpers';

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function analysis(page: Page) {
  await showTab(page, 'Analyse');
  return page.getByRole('region', { name: 'Analysis tools', exact: true });
}

test('drawing the reach on the map keeps the metric and the choropleth, and the legend gives its unit', async ({ open }) => {
  const s = await open({ viewport: { width: 1440, height: 900 } });
  await s.goto('?metric=density&choro=jenks:5');
  await waitForMapIdle(s.page);
  await (await analysis(s.page)).getByRole('checkbox', { name: 'Draw the covered area on the map', exact: true }).check();
  await expect.poll(() => param(s.page, 'cover')).toBe('1');
  expect(param(s.page, 'metric')).toBe('density');
  expect(param(s.page, 'choro')).toBe('jenks:5');
  const reach = s.page.getByTestId('map-legend-reach');
  await reach.waitFor();
  expect(await reach.innerText()).toMatch(/Within 3 km of a service centre/);
  expect(await reach.innerText()).toContain('%');
  // The area is drawn: the overlay source holds a polygon with the reach role.
  await settleMap(s.page);
  const drawn = await s.page.evaluate(() => (window as TestWindow).__talentMap!.querySourceFeatures('proximity').filter((f) => f.properties?.role === 'reach').length);
  expect(drawn).toBeGreaterThan(0);
});

test('colouring the districts by reach says which metric it replaced, and Undo brings it back', async ({ open }) => {
  const s = await open();
  await s.goto('?metric=density&choro=jenks:5');
  await waitForMapIdle(s.page);
  const panel = await analysis(s.page);
  await panel.getByRole('button', { name: 'Colour the districts by reach (%)', exact: true }).click();
  await expect.poll(() => param(s.page, 'metric')).toBe('reach');
  const status = panel.getByRole('status').filter({ hasText: 'instead of' });
  expect(await status.innerText()).toContain('Population density');
  await status.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => param(s.page, 'metric')).toBe('density');
  expect(param(s.page, 'choro')).toBe('jenks:5');
});

test('two compared districts are highlighted on the map and outlined in the chart', async ({ open }) => {
  const s = await open();
  await s.goto('?cmp=310104,310105');
  await waitForMapIdle(s.page);
  await expect
    .poll(() => s.page.getByTestId('metric-chart').locator('[data-compared="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort()))
    .toEqual(['310104', '310105']);
  const states = await s.page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    const byCode = new Map(map.querySourceFeatures('districts').map((f) => [f.properties?.code as string, f.id]));
    return ['310104', '310105', '310101'].map((code) => map.getFeatureState({ source: 'districts', id: byCode.get(code)! }).highlight === true);
  });
  expect(states).toEqual([true, true, false]);
});

test('choosing a proximity origin moves the map to its rings and nearest sites', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  const before = await mapCamera(s.page);
  await (await analysis(s.page)).getByRole('combobox', { name: 'From this site' }).selectOption('xuhui-westbund-apartments');
  await expect.poll(async () => (await mapCamera(s.page)).zoom, { timeout: 10_000 }).toBeGreaterThan(before.zoom + 0.5);
  await settleMap(s.page);
  // Every ring label and the origin are inside the map's view.
  const inView = await s.page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    const b = map.getBounds();
    const pts = map.querySourceFeatures('proximity').filter((f) => f.properties?.role === 'origin' || f.properties?.role === 'ring-label');
    return pts.length > 0 && pts.every((f) => b.contains((f.geometry as GeoJSON.Point).coordinates as [number, number]));
  });
  expect(inView).toBe(true);
});
