// The planner's analysis tools in a real browser: the choropleth recolours the map and its legend,
// an apartment gets rings and distances, the timeline hides later sites, and the exports produce
// a PNG of the requested size and a CSV that Excel reads as UTF-8.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { districtClickPoint, metricSelect, showTab } from './app';
import { distinctColours, fetchData, mapScreenshot, pagePointOf, settleMap, test, waitForMapIdle, type Session, type TestWindow } from './helpers';
import type { DistrictsFile, Fact, Site } from '../../src/data/schemas';
import { classify } from '../../src/lib/classify';
import { districtMetricRows } from '../../src/lib/metrics';
import { BUILT_IN_METRIC_IDS } from '../../src/lib/metric-registry';
import { distanceKm } from '../../src/lib/reach';
import { CHOROPLETH_OPACITY } from '../../src/features/map/district-layers';
import { PALETTES } from '../../src/features/map/palette';

const analysisRegion = (page: Page) => page.getByRole('region', { name: 'Analysis tools', exact: true });
/** The Analyse tab's tools, after choosing the tab as a reader would. */
async function analysis(page: Page) {
  await showTab(page, 'Analyse');
  return analysisRegion(page);
}
const legend = (page: Page) => page.getByTestId('choropleth-legend');

function hex(c: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
}

/** The colour a translucent fill shows over the land. */
function over(fill: string, alpha: number): [number, number, number] {
  const f = hex(fill);
  const l = hex(PALETTES.light.basemap.land);
  return f.map((v, i) => Math.round(alpha * v + (1 - alpha) * l[i]!)) as [number, number, number];
}

async function pixelAt(page: Page, lngLat: readonly [number, number]): Promise<[number, number, number]> {
  const shot = await mapScreenshot(page);
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const p = await pagePointOf(page, lngLat);
  const x = Math.round(p.x - box.x);
  const y = Math.round(p.y - box.y);
  const i = (y * shot.width + x) * 4;
  return [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
}

const close = (a: number[], b: number[], tol = 14) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);

/** A non-featured district (no extra tint on top) whose class differs between population and density. */
async function districtThatChangesClass() {
  const [districts, facts, sites] = await Promise.all([
    fetchData<DistrictsFile>('districts.geojson'),
    fetchData<{ facts: Fact[] }>('facts.json'),
    fetchData<{ sites: Site[] }>('sites.json'),
  ]);
  const props = districts.features.map((f) => f.properties);
  const colours = (metric: 'population' | 'density') =>
    classify(districtMetricRows(metric, props, facts.facts, sites.sites), 'jenks', 5).colourOf;
  const byPop = colours('population');
  const byDensity = colours('density');
  const code = props.find((d) => !d.featured && byPop[d.code] !== byDensity[d.code])?.code;
  expect(code, 'the data has a district that changes class').toBeDefined();
  const point = (await districtClickPoint(code!)).lngLat as [number, number];
  return { code: code!, point, popColour: byPop[code!]!, densityColour: byDensity[code!]! };
}

/** Opens a Jenks choropleth of population and waits for its legend. */
async function openPopulationChoropleth(s: Session): Promise<void> {
  await s.goto('?choro=jenks:5');
  await waitForMapIdle(s.page);
  await expect.poll(() => legend(s.page).locator('figcaption').textContent()).toContain('Population (2020 census)');
}

/** Switches the metric to density and waits for the legend to follow. */
async function chooseDensity(s: Session): Promise<void> {
  await metricSelect(s.page).selectOption('density');
  await expect.poll(() => legend(s.page).locator('figcaption').textContent()).toContain('Population density');
}

test('choosing a metric recolours the districts', async ({ open }) => {
  const { point, popColour, densityColour } = await districtThatChangesClass();
  const s = await open();
  await openPopulationChoropleth(s);
  expect(close(await pixelAt(s.page, point), over(popColour, CHOROPLETH_OPACITY.normal))).toBe(true);
  await chooseDensity(s);
  await settleMap(s.page);
  expect(close(await pixelAt(s.page, point), over(densityColour, CHOROPLETH_OPACITY.normal))).toBe(true);
});

test('choosing a metric updates the legend to the colours of the chart bars, and the link', async ({ open }) => {
  const { code, densityColour } = await districtThatChangesClass();
  const s = await open();
  await openPopulationChoropleth(s);
  await chooseDensity(s);
  const legendColours = await legend(s.page).locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-colour')));
  expect(legendColours).toContain(densityColour);
  expect(await s.page.locator(`[data-testid="metric-chart"] [data-code="${code}"]`).getAttribute('data-fill')).toBe(densityColour);
  // The link is written throttled: wait for it rather than race it.
  await expect.poll(() => new URL(s.page.url()).searchParams.get('metric')).toBe('density');
});

/** Opens an equal-interval choropleth and types `breaks` into the class-breaks box. */
async function typeBreaks(s: Session, breaks: string) {
  await s.goto('?choro=equal:4');
  await waitForMapIdle(s.page);
  const box = (await analysis(s.page)).getByRole('textbox', { name: 'Class breaks' });
  const before = await legend(s.page).locator('li').allTextContents();
  await box.fill(breaks);
  await box.press('Enter');
  return before;
}

test('typing bad class breaks shows an error and keeps the previous ones', async ({ open }) => {
  const s = await open();
  const before = await typeBreaks(s, '500000, 100000');
  const panel = await analysis(s.page);
  await expect.poll(() => panel.getByRole('alert').textContent()).toContain('larger than the one before');
  expect(await legend(s.page).locator('li').allTextContents()).toEqual(before);
});

test('typing valid class breaks redraws the legend with them and writes them in the link', async ({ open }) => {
  const s = await open();
  await typeBreaks(s, '1000000, 2000000');
  await expect.poll(() => legend(s.page).locator('li').count()).toBe(3);
  await expect.poll(() => new URL(s.page.url()).searchParams.get('breaks')).toBe('1000000,2000000');
});

/** Opens the app and picks the West Bund apartments as the origin; returns the service centre closest to them. */
async function pickApartment(s: Session) {
  const { sites } = await fetchData<{ sites: Site[] }>('sites.json');
  const apt = sites.find((x) => x.id === 'xuhui-westbund-apartments')!;
  const targets = sites.filter((x) => x.layer === 'service-centres' && x.lon !== null);
  const closest = targets
    .map((x) => ({ x, km: distanceKm([apt.lon!, apt.lat!], [x.lon!, x.lat!]) }))
    .sort((a, b) => a.km - b.km)[0]!;
  await s.goto();
  await waitForMapIdle(s.page);
  await (await analysis(s.page)).getByRole('combobox', { name: 'From this site' }).selectOption(apt.id);
  return closest;
}

test('picking an apartment lists straight-line distances to the nearest service centres', async ({ open }) => {
  const s = await open();
  const closest = await pickApartment(s);
  const table = s.page.getByTestId('nearest-table');
  await expect.poll(() => table.locator('tbody tr').count()).toBe(5);
  const first = await table.locator('tbody tr').first().textContent();
  expect(first).toContain(closest.x.name_en);
  expect(first).toContain(`${closest.km.toFixed(1)} km`);
  // Approximate locations carry their uncertainty.
  expect(first).toContain('±');

  // The apartments table: a distance for a mapped apartment, "not mapped" for one without a location.
  const rows = s.page.getByTestId('apartment-table').locator('tbody tr');
  expect(await rows.filter({ hasText: 'Xuhui West Bund' }).textContent()).toMatch(/\d+(\.\d)? km/);
  expect(await rows.filter({ hasText: 'Putuo District Talent Apartment' }).textContent()).toContain('not mapped');
});

test('picking an apartment draws rings and links to the nearest centres on the map', async ({ open }) => {
  const s = await open();
  await pickApartment(s);
  await expect.poll(() => s.page.getByTestId('nearest-table').locator('tbody tr').count()).toBe(5);
  await settleMap(s.page);
  const drawn = await s.page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    const rings = map.queryRenderedFeatures({ layers: ['proximity-rings-line'] }).map((f) => f.properties.km as number);
    const links = map.queryRenderedFeatures({ layers: ['proximity-links-line'] }).length;
    return { rings: [...new Set(rings)].sort((a, b) => a - b), links };
  });
  expect(drawn.rings).toEqual([1, 3, 5]);
  expect(drawn.links).toBeGreaterThanOrEqual(3);
});

const openedYear = (x: Site) => (x.opened ? Number(x.opened.slice(0, 4)) : null);

/** Ids of the sites the map draws as points. */
function shownSiteIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    const layers = map.getStyle().layers.filter((l) => /^sites-.*-points$/.test(l.id)).map((l) => l.id);
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.id as string))];
  });
}

/** How many fill features of the two areas the map draws. */
function areaFills(page: Page): Promise<{ zhangjiang: number; hongqiao: number }> {
  return page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    return {
      zhangjiang: map.queryRenderedFeatures({ layers: ['areas-zhangjiang-fill'] }).length,
      hongqiao: map.queryRenderedFeatures({ layers: ['areas-hongqiao-cbd-fill'] }).length,
    };
  });
}

async function openTimelineAt2016(s: Session): Promise<Site[]> {
  const { sites } = await fetchData<{ sites: Site[] }>('sites.json');
  await s.goto('?year=2016');
  await waitForMapIdle(s.page);
  return sites;
}

test('the timeline at 2016 hides the sites and areas opened later', async ({ open }) => {
  const s = await open();
  const sites = await openTimelineAt2016(s);
  const at2016 = await shownSiteIds(s.page);
  expect(at2016.length).toBeGreaterThan(0);
  for (const id of at2016) expect(openedYear(sites.find((x) => x.id === id)!)).toBeLessThanOrEqual(2016);
  expect(at2016).toContain('ssrf');
  expect(at2016).toContain('hq-onestop-centre');
  expect(at2016).not.toContain('hq-hr-park');
  // Zhangjiang Science City is dated 2017 by its source: hidden in 2016. Hongqiao CBD has no date: shown.
  expect(await areaFills(s.page)).toMatchObject({ zhangjiang: 0 });
  expect((await areaFills(s.page)).hongqiao).toBeGreaterThan(0);
});

test('the timeline lists the sites that have no opening date', async ({ open }) => {
  const s = await open();
  await openTimelineAt2016(s);
  expect(await s.page.getByTestId('undated-list').textContent()).toContain('Shanghai Exit-Entry Administration Bureau');
});

test('sliding the timeline to the last year brings every dated, drawn site and the later area back', async ({ open }) => {
  const s = await open();
  const sites = await openTimelineAt2016(s);
  await (await analysis(s.page)).getByRole('slider', { name: 'Year' }).press('End');
  await settleMap(s.page);
  const atEnd = await shownSiteIds(s.page);
  expect((await areaFills(s.page)).zhangjiang).toBeGreaterThan(0);
  const datedDrawn = sites.filter((x) => x.lon !== null && openedYear(x) !== null).map((x) => x.id);
  expect(atEnd.sort()).toEqual(datedDrawn.sort());
});

// Print pages (A4/A3, PNG and PDF) have their own tests: export-page.test.ts.
test('the map exports as a PNG of the map’s size at screen resolution', async ({ open }) => {
  const s = await open();
  await s.goto('?choro=quantile:4');
  await waitForMapIdle(s.page);
  const size = await s.page.locator('canvas.maplibregl-canvas').evaluate((c) => ({ w: c.clientWidth, h: c.clientHeight }));
  const panel = await analysis(s.page);
  const [download] = await Promise.all([s.page.waitForEvent('download'), panel.getByRole('button', { name: 'Map as PNG' }).click()]);
  const png = PNG.sync.read(await readFile((await download.path())!));
  expect([png.width, png.height]).toEqual([size.w, size.h]);
  expect(distinctColours(png)).toBeGreaterThan(50);
  // The map is still at screen resolution afterwards.
  expect(await s.page.evaluate(() => (window as TestWindow).__talentMap!.getPixelRatio())).toBe(1);
});

test('the chart data exports as CSV with a BOM, the header and Chinese names', async ({ open }) => {
  const s = await open();
  await s.goto('?metric=centres-per-100k');
  await waitForMapIdle(s.page);
  const [download] = await Promise.all([
    s.page.waitForEvent('download'),
    (await analysis(s.page)).getByRole('button', { name: 'Chart data as CSV' }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('district_code,district_en,district_zh,metric,value,unit,qualifier,as_of,source_ids,sources');
  expect(lines).toHaveLength(17);
  const changning = lines.find((l) => l.startsWith('310105,'))!;
  expect(changning).toContain('长宁区');
  expect(changning).toContain('census-2020');
});

test('two districts compare side by side with sources, "no data" where missing', async ({ open }) => {
  const s = await open();
  await s.goto('?cmp=310104,310107');
  await waitForMapIdle(s.page);
  await showTab(s.page, 'Analyse');
  const table = s.page.getByTestId('compare-table');
  // One row per metric the app has.
  await expect.poll(() => table.locator('tbody tr').count()).toBe(BUILT_IN_METRIC_IDS.length);
  expect(await table.locator('thead').textContent()).toMatch(/Xuhui.*Putuo/);
  // Putuo's talent apartment has no units figure: no data, not zero.
  const units = table.locator('tbody tr').filter({ hasText: 'Talent-apartment units per 100,000 residents' });
  expect(await units.locator('td').nth(1).textContent()).toBe('no data');
  // The census figure carries its source, one click away.
  const population = table.locator('tbody tr').filter({ hasText: 'Population (2020 census)' });
  expect(await population.locator('td').first().getByRole('button').count()).toBeGreaterThan(0);
});

test('a comparison of two districts exports as CSV', async ({ open }) => {
  const s = await open();
  await s.goto('?cmp=310104,310107');
  await waitForMapIdle(s.page);
  await expect.poll(() => s.page.getByTestId('compare-table').locator('tbody tr').count()).toBe(BUILT_IN_METRIC_IDS.length);
  const [download] = await Promise.all([
    s.page.waitForEvent('download'),
    (await analysis(s.page)).getByRole('button', { name: 'Comparison as CSV' }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('metric,label_en,label_zh,district_code,district_en,district_zh,value,unit,qualifier,as_of,source_ids');
  expect(lines).toHaveLength(1 + BUILT_IN_METRIC_IDS.length * 2);
  expect(lines.find((l) => l.startsWith('population,') && l.includes('310104'))).toContain('徐汇区');
});

test('"Filter to map view" keeps the chart to the districts in view', async ({ open }) => {
  const s = await open();
  await s.goto('?inview=1&map=12.50/31.2200/121.4300');
  await waitForMapIdle(s.page);
  const bars = s.page.locator('[data-testid="metric-chart"] [data-code]');
  // Some bars, not all sixteen (none at all would be the chart still loading, not a filter).
  await expect.poll(async () => { const n = await bars.count(); return n > 0 && n < 16; }, { timeout: 10_000 }).toBe(true);
  const codes = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(codes).toContain('310105');
  expect(codes).not.toContain('310151'); // Chongming, far outside the view
  await (await analysis(s.page)).getByRole('checkbox', { name: 'Filter to map view' }).uncheck();
  await expect.poll(() => bars.count(), { timeout: 10_000 }).toBe(16);
});

test('in measure mode a click on the map places the origin instead of selecting', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  const pick = (await analysis(s.page)).getByRole('button', { name: 'Pick a point on the map' });
  await pick.click();
  expect(await pick.getAttribute('aria-pressed')).toBe('true');
  const point = (await districtClickPoint('310118')).lngLat as [number, number];
  const at = await pagePointOf(s.page, point);
  await s.page.mouse.click(at.x, at.y);
  const caption = s.page.getByTestId('nearest-table').locator('caption');
  await expect.poll(() => caption.textContent()).toContain('From the point');
  expect(await pick.getAttribute('aria-pressed')).toBe('false');
  // The click measured; it did not select Qingpu.
  expect(new URL(s.page.url()).searchParams.get('sel')).toBeNull();
  await expect.poll(() => new URL(s.page.url()).searchParams.get('from')).toMatch(/^pt:/);
});
