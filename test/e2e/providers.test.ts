// The online basemaps against local fakes: a deployment that configured Tianditu, AMap and its own
// style (provider-world.ts), the providers' hosts answered inside the page, nothing leaving the
// machine. What a user would notice: the tiles are asked with the deployment's key and in the
// reader's language, the app's drawing sits on AMap's shifted streets while clicks and links stay
// WGS84, a custom style is drawn under the app's layers, and an option not configured is absent.
import gcoord from 'gcoord';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { fetchData, openSession, test, waitForMapIdle, settleMap, type Session, type SessionOptions, type TestWindow } from './helpers';
import { detailsHeading, languageSelect, showTab } from './app';
import type { SiteRecord } from './geo';
import { BAND_POINT, PMTILES_BAND, STYLE_BACKGROUND, STYLE_SQUARE, SQUARE, TIANDITU_KEY, colourAt, fakeTiles, near, solidTile, startProviderWorld, type ProviderWorld, type RGB } from './provider-world';

const VEC: RGB = [40, 160, 90];
const AMAP: RGB = [230, 120, 30];
/** A point of open sea inside the map's view at the default camera, off the custom square. */
const SEA: [number, number] = [122.05, 31.35];

let world: ProviderWorld;
const sessions: Session[] = [];

beforeAll(async () => {
  world = await startProviderWorld();
});
afterAll(async () => {
  await world.close();
});
afterEach(async () => {
  const errors = sessions.flatMap((s) => s.pageErrors);
  await Promise.all(sessions.splice(0).map((s) => s.context.close().catch(() => undefined)));
  if (errors.length > 0) throw new Error(`Uncaught page error(s):\n${errors.join('\n---\n')}`);
});

async function openConfigured(browser: Browser, options: SessionOptions = {}): Promise<Session> {
  const s = await openSession(browser, world.app.url, options);
  sessions.push(s);
  return s;
}

const radio = (s: Session, name: string) => s.page.getByRole('radio', { name, exact: true });
const urlParam = (s: Session, key: string) => new URL(s.page.url()).searchParams.get(key);
/** Metres between the link's camera centre (`map=zoom/lat/lng`) and a WGS84 point; Infinity without one. */
const linkOffsetM = (s: Session, [lng, lat]: readonly [number, number]) => {
  const [, la, ln] = (urlParam(s, 'map') ?? '').split('/').map(Number);
  if (la === undefined || ln === undefined || Number.isNaN(la)) return Infinity;
  return Math.hypot((ln - lng) * 111_320 * Math.cos((lat * Math.PI) / 180), (la - lat) * 110_574);
};

/**
 * These cases read colours at points across the whole city (the sea east of Pudong, the test
 * style's corners); the dashboard's default view frames the sites, one zoom level closer, so the
 * map is first shown the whole city, as a reader would with one zoom-out, clear of the legend and
 * the buttons over its corners.
 */
async function showWholeCity(s: Session): Promise<void> {
  await s.page.evaluate(() => (window as TestWindow).__talentMap!.fitBounds([120.85, 30.67, 122.4, 31.9], { padding: 80, duration: 0 }));
  await waitForMapIdle(s.page);
}

test('Tianditu tiles carry the configured key and the label layer of the reader’s language', async ({ browser }) => {
  const s = await openConfigured(browser);
  const asked = await fakeTiles(s.page, '*.tianditu.gov.cn', (u) => (u.searchParams.get('LAYER') === 'vec' ? solidTile(VEC) : solidTile([0, 0, 0], 0)));
  await s.goto();
  // The basemap choice lives in the Layers tab.
  await showTab(s.page, 'Layers');
  await waitForMapIdle(s.page);
  await showWholeCity(s);
  expect(asked).toEqual([]);

  await radio(s, 'Tianditu (online)').check();
  await expect.poll(() => urlParam(s, 'basemap')).toBe('tianditu');
  await waitForMapIdle(s.page);
  const english = asked.map((u) => new URL(u));
  expect(english.length).toBeGreaterThan(0);
  expect(english.every((u) => u.searchParams.get('tk') === TIANDITU_KEY && /^t[0-7]\.tianditu\.gov\.cn$/.test(u.hostname))).toBe(true);
  expect(english.every((u) => u.searchParams.get('TILEMATRIXSET') === 'w')).toBe(true);
  const layers = new Set(english.map((u) => u.searchParams.get('LAYER')));
  expect(layers).toEqual(new Set(['vec', 'eva']));
  // Drawn: the sea is the vector tiles' colour now, and the credit names the platform.
  expect(near(await colourAt(s.page, SEA), VEC)).toBe(true);
  await s.page.getByText('Tianditu, National Platform for Common Geospatial Information Services').waitFor();

  asked.length = 0;
  await languageSelect(s.page).selectOption('zh');
  await waitForMapIdle(s.page);
  const chinese = new Set(asked.map((u) => new URL(u).searchParams.get('LAYER')));
  expect(chinese.has('cva')).toBe(true);
  expect(chinese.has('eva')).toBe(false);
  expect(s.foreignRequests().every((u) => new URL(u).hostname.endsWith('.tianditu.gov.cn'))).toBe(true);
});

test('Tianditu tiles that fail fall back to the built-in basemap with a notice', async ({ browser }) => {
  const s = await openConfigured(browser);
  await fakeTiles(s.page, '*.tianditu.gov.cn', () => null);
  await s.goto();
  // The basemap choice lives in the Layers tab.
  await showTab(s.page, 'Layers');
  await waitForMapIdle(s.page);
  await radio(s, 'Tianditu (online)').check();
  await s.page.getByRole('status').filter({ hasText: 'The online basemap could not be loaded' }).waitFor();
  expect(await s.page.evaluate(() => (window as TestWindow).__talentMap?.getLayer('online-basemap-tiles') === undefined)).toBe(true);
});

test('on AMap the app’s drawing moves by the GCJ-02 shift, and a click there reports the WGS84 site', async ({ browser }) => {
  const sites = (await fetchData<{ sites: SiteRecord[] }>('sites.json')).sites;
  const site = sites.find((x) => x.id === 'shanghai-talent-building')!;
  const wgs: [number, number] = [site.lon!, site.lat!];
  const gcj = gcoord.transform([...wgs], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  const camera = `14.00/${wgs[1].toFixed(4)}/${wgs[0].toFixed(4)}`;

  const s = await openConfigured(browser, { reducedMotion: 'reduce' });
  const asked = await fakeTiles(s.page, '*.is.autonavi.com', () => solidTile(AMAP));
  await s.goto(`?map=${camera}&layers=service-centres`);
  // The basemap choice lives in the Layers tab.
  await showTab(s.page, 'Layers');
  await waitForMapIdle(s.page);
  const drawnAt = () =>
    s.page.evaluate((id) => {
      const map = (window as TestWindow).__talentMap!;
      const f = map.queryRenderedFeatures({ layers: ['sites-service-centres-points'] }).find((x) => x.properties.id === id);
      if (!f || f.geometry.type !== 'Point') return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      return { x: p.x, y: p.y };
    }, site.id);
  const project = (ll: [number, number]) => s.page.evaluate((p) => (window as TestWindow).__talentMap!.project(p), ll);

  const builtin = await drawnAt();
  const expectedBuiltin = await project(wgs);
  expect(Math.hypot(builtin!.x - expectedBuiltin.x, builtin!.y - expectedBuiltin.y)).toBeLessThan(2);

  await radio(s, 'AMap (online, GCJ-02)').check();
  await waitForMapIdle(s.page);
  expect(asked.length).toBeGreaterThan(0);
  // A quiet spot of the view (no marker, label or outline of the app's there): AMap's colour.
  const quiet = await s.page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    return map.unproject([map.getCanvas().clientWidth * 0.7, map.getCanvas().clientHeight * 0.3]).toArray() as [number, number];
  });
  expect(await colourAt(s.page, quiet)).toEqual(AMAP);
  await settleMap(s.page);
  // On the map's own grid (AMap's tiles), the site sits where gcoord puts its GCJ-02 position,
  // hundreds of metres from where its WGS84 coordinates would fall.
  const shifted = (await drawnAt())!;
  const atGcj = await project(gcj);
  const atWgs = await project(wgs);
  expect(Math.hypot(shifted.x - atGcj.x, shifted.y - atGcj.y)).toBeLessThanOrEqual(2);
  expect(Math.hypot(atGcj.x - atWgs.x, atGcj.y - atWgs.y)).toBeGreaterThan(40);
  // The view did not move for the reader: the link keeps the WGS84 camera it opened with, while
  // the map itself is centred on the shifted point.
  expect(urlParam(s, 'map')?.startsWith('14.00/')).toBe(true);
  expect(linkOffsetM(s, [Number(wgs[0].toFixed(4)), Number(wgs[1].toFixed(4))])).toBeLessThan(1);
  const centre = await s.page.evaluate(() => (window as TestWindow).__talentMap!.getCenter().toArray());
  expect(Math.abs(centre[0]! - gcj[0]) + Math.abs(centre[1]! - gcj[1])).toBeLessThan(0.001);

  // A click on the marker as drawn selects that site.
  const box = await s.page.locator('canvas.maplibregl-canvas').boundingBox();
  await s.page.mouse.click(box!.x + shifted.x, box!.y + shifted.y);
  await expect.poll(() => urlParam(s, 'sel')).toBe(`site:${site.id}`);
  await detailsHeading(s.page, 'Shanghai Talent Building (Meiyuan Road)').or(s.page.getByRole('heading', { level: 2, name: /Shanghai Talent Building/ })).first().waitFor();

  // A move reported by the map comes back as WGS84: centring the map on the site's GCJ-02 point
  // writes the site's WGS84 position into the link.
  await s.page.evaluate((p) => (window as TestWindow).__talentMap!.jumpTo({ center: p, zoom: 15 }), gcj);
  await expect.poll(() => urlParam(s, 'map')?.startsWith('15.00/')).toBe(true);
  expect(linkOffsetM(s, wgs)).toBeLessThan(2);
});

test('a custom style served locally (a GeoJSON source and a PMTiles archive) is drawn under the app’s layers, with its credit', async ({ browser }) => {
  const s = await openConfigured(browser);
  await s.goto();
  // The basemap choice lives in the Layers tab.
  await showTab(s.page, 'Layers');
  await waitForMapIdle(s.page);
  await showWholeCity(s);
  await radio(s, 'Test city map').check();
  await expect.poll(() => urlParam(s, 'basemap')).toBe('custom');
  await s.page.getByText('Test cartography').waitFor();
  await expect.poll(async () => near(await colourAt(s.page, SEA), STYLE_BACKGROUND), { timeout: 15_000 }).toBe(true);
  const [w, south, e, n] = SQUARE;
  expect(near(await colourAt(s.page, [(w + e) / 2, (south + n) / 2]), STYLE_SQUARE)).toBe(true);
  // Its raster source is a PMTiles archive the test wrote, read through the pmtiles:// protocol
  // with range requests.
  await expect.poll(async () => near(await colourAt(s.page, BAND_POINT), PMTILES_BAND), { timeout: 15_000 }).toBe(true);
  expect(s.requests.some((u) => u === `${world.styleOrigin}/band.pmtiles`)).toBe(true);
  // Under the app's layers: the district outlines are still drawn over it.
  const layerIds = await s.page.evaluate(() => (window as TestWindow).__talentMap!.getStyle().layers.map((l) => l.id));
  expect(layerIds.indexOf('online-basemap:square')).toBeLessThan(layerIds.indexOf('districts-boundary'));
  expect(s.requests.some((u) => u.startsWith(`${world.styleOrigin}/square.geojson`))).toBe(true);
  expect(s.foreignRequests()).toEqual([]);
});

test('an option this deployment did not configure is absent, and a link naming it falls back with a notice', async ({ open }) => {
  // The app as the repository ships it: map-config.json configures nothing beyond OpenStreetMap.
  const s = await open();
  await s.goto('?basemap=tianditu');
  // The basemap choice lives in the Layers tab.
  await showTab(s.page, 'Layers');
  await waitForMapIdle(s.page);
  const group = s.page.getByRole('group', { name: 'Basemap', exact: true });
  const names = await group.getByRole('radio').evaluateAll((els) => els.map((e) => e.closest('label')?.textContent?.trim()));
  expect(names).toEqual(['Built-in (works offline)', 'OpenStreetMap (online)']);
  await s.page.getByRole('status').filter({ hasText: 'Tianditu is not set up on this site, so the built-in map is shown.' }).waitFor();
  expect(await radio(s, 'Built-in (works offline)').isChecked()).toBe(true);
  expect(await s.page.getByRole('dialog', { name: 'Load the online basemap?' }).count()).toBe(0);
  expect(s.foreignRequests()).toEqual([]);
});
