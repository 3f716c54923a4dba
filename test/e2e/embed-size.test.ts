// The embed's size: the host's auto-height script fits each frame to its content and listens to no
// one else; a small frame with a chart switches to tabs and cuts nothing; the chart brings the
// selected district's bar into view.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { test, type TestWindow } from './helpers';
import { CHANGNING } from './app';
import { startEmbedWorld, type AutoHostWindow, type EmbedWorld } from './embed-host';

let world: EmbedWorld;

beforeAll(async () => {
  world = await startEmbedWorld();
});

afterAll(async () => {
  await world?.close();
});

const heard = (page: Page, from: string) =>
  page.evaluate((f) => (window as unknown as AutoHostWindow).heard.filter((h) => h.from === f && h.data.event === 'resize').map((h) => h.data.height!), from);

const frameHeight = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().height, id);

/** Regions of the embed whose content is cut: more content than box, in a direction that does not scroll. */
function clippedRegions(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    const regions = document.querySelectorAll('.embed, .embed__head, .embed__tabs, .embed__body, .embed__map, .embed__chart, .embed__bar, .embed__bar > *, .embed-card');
    for (const el of regions) {
      if (!(el instanceof HTMLElement) || getComputedStyle(el).visibility === 'hidden') continue;
      const style = getComputedStyle(el);
      const name = el.className.split(' ')[0] || el.tagName;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${name}: ${el.scrollWidth} > ${el.clientWidth} wide`);
      const scrolls = style.overflowY === 'auto' || style.overflowY === 'scroll';
      if (!scrolls && el.scrollHeight > el.clientHeight + 1) out.push(`${name}: ${el.scrollHeight} > ${el.clientHeight} high`);
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) out.push(`${name}: outside the frame`);
    }
    return out;
  });
}

test('the auto-height script fits each frame to its content, within 2 px', async ({ open }) => {
  const s = await open({ viewport: { width: 1000, height: 900 } });
  await s.goto(world.autoHostUrl('?mode=embed&layers=changning,districts&title=Talent%20map', `?mode=embed&charts=1&sel=district:${CHANGNING.code}`));
  await expect.poll(() => heard(s.page, 'a').then((h) => h.length), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => heard(s.page, 'b').then((h) => h.length), { timeout: 30_000 }).toBeGreaterThan(0);
  // Wait for the last word of each (the chart arrives lazily and grows frame b).
  for (const id of ['a', 'b']) {
    await expect
      .poll(async () => Math.abs((await frameHeight(s.page, id)) - (await heard(s.page, id)).at(-1)!), { timeout: 30_000 })
      .toBeLessThanOrEqual(2);
  }
  const b = s.page.frames().find((f) => f !== s.page.mainFrame() && f.url().includes('charts=1'))!;
  await b.getByTestId('metric-chart').waitFor();
  await expect.poll(async () => Math.abs((await frameHeight(s.page, 'b')) - (await heard(s.page, 'b')).at(-1)!)).toBeLessThanOrEqual(2);
  // Fitted means nothing inside is cut or scrolled away: the whole chart is in its region, and
  // the map has its own 4:3 shape rather than what was left over.
  expect(await clippedRegions(b)).toEqual([]);
  const chart = await b.evaluate(() => {
    const el = document.querySelector('.embed__chart')!;
    return { scroll: el.scrollHeight, client: el.clientHeight };
  });
  expect(chart.scroll).toBeLessThanOrEqual(chart.client + 1);
  expect(await frameHeight(s.page, 'b')).toBeGreaterThan(await frameHeight(s.page, 'a'));
  const a = s.page.frames().find((f) => f !== s.page.mainFrame() && f.url().includes('layers=changning'))!;
  const mapBox = await a.evaluate(() => document.querySelector('.embed__map')!.getBoundingClientRect().toJSON() as DOMRect);
  expect(Math.abs(mapBox.height - mapBox.width * 0.75)).toBeLessThanOrEqual(2);
});

test('the script ignores resize messages from any frame but the map’s own', async ({ open }) => {
  const s = await open({ viewport: { width: 1000, height: 900 } });
  await s.goto(world.autoHostUrl('?mode=embed&layers=districts', '?mode=embed&layers=pudong'));
  for (const id of ['a', 'b']) {
    await expect.poll(async () => (await heard(s.page, id)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => Math.abs((await frameHeight(s.page, id)) - (await heard(s.page, id)).at(-1)!)).toBeLessThanOrEqual(2);
  }
  const before = { a: await frameHeight(s.page, 'a'), b: await frameHeight(s.page, 'b') };
  const forged = { type: 'talent-map:event', version: 1, event: 'resize', height: 77 };

  // Another origin's frame on the same page.
  const third = s.page.frames().find((f) => f !== s.page.mainFrame() && f.url().includes('third.html'))!;
  await third.waitForFunction(() => typeof (window as unknown as { tellParent?: unknown }).tellParent === 'function');
  await third.evaluate((m) => (window as unknown as { tellParent: (x: unknown) => void }).tellParent(m), forged);
  // The top page itself (a script of the portal's, or one injected into it).
  await s.page.evaluate((m) => window.postMessage(m, '*'), forged);
  // Map B, same origin as map A, speaking for itself: only B may change.
  const b = s.page.frames().find((f) => f !== s.page.mainFrame() && f.url().includes('layers=pudong'))!;
  await b.evaluate((m) => window.parent.postMessage(m, '*'), { ...forged, height: 333 });

  await expect.poll(() => frameHeight(s.page, 'b')).toBe(333);
  expect(await frameHeight(s.page, 'a')).toBe(before.a);
  expect(await s.page.evaluate(() => (window as unknown as AutoHostWindow).heard.filter((h) => h.data.height === 77).length)).toBe(2);
});

test('at 320×240 with the chart, map and chart become tabs and nothing is cut', async ({ open }) => {
  const s = await open({ viewport: { width: 320, height: 240 } });
  await s.goto(new URL(`?mode=embed&charts=1&title=Talent%20map&sel=district:${CHANGNING.code}`, world.app.url).href);
  await s.page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0 && (window as TestWindow).__talentMap !== undefined);
  const tabs = s.page.getByRole('tablist');
  await tabs.waitFor();
  expect(await clippedRegions(s.page.mainFrame())).toEqual([]);

  await tabs.getByRole('tab', { name: 'Chart' }).click();
  const chart = s.page.getByRole('tabpanel', { name: 'Chart' });
  await chart.getByTestId('metric-chart').waitFor();
  expect(await clippedRegions(s.page.mainFrame())).toEqual([]);
  expect(await s.page.getByRole('tabpanel', { name: 'Map' }).count()).toBe(0);
  // The selected district's bar was brought into the chart's view.
  const inView = await s.page.evaluate((code) => {
    const box = document.querySelector('.embed__chart')!.getBoundingClientRect();
    const bar = document.querySelector(`.embed__chart [data-code="${code}"]`)!.getBoundingClientRect();
    return bar.top >= box.top && bar.bottom <= box.bottom;
  }, CHANGNING.code);
  expect(inView).toBe(true);
});

test('at 320×240 the details card fits the frame and scrolls inside itself', async ({ open }) => {
  const s = await open({ viewport: { width: 320, height: 240 } });
  await s.goto(new URL(`?mode=embed&charts=1&sel=district:${CHANGNING.code}`, world.app.url).href);
  await s.page.locator('.embed__selection').getByRole('button', { name: CHANGNING.en }).click();
  await s.page.getByTestId('embed-card').locator('.figure').first().waitFor();
  expect(await clippedRegions(s.page.mainFrame())).toEqual([]);
  const card = await s.page.getByTestId('embed-card').evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, scroll: el.scrollHeight, client: el.clientHeight }));
  expect(card.overflow).toBe('auto');
  expect(card.scroll).toBeGreaterThan(card.client);
});

test('at 320×240 the map credits, cut to one line, open in full with their button', async ({ open }) => {
  const s = await open({ viewport: { width: 320, height: 240 } });
  await s.goto(new URL(`?mode=embed&sel=district:${CHANGNING.code}`, world.app.url).href);
  const credits = s.page.locator('.talent-map__attribution');
  await credits.waitFor();
  const cut = () => credits.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(await cut()).toBe(true);
  const toggle = credits.getByRole('button', { name: 'Map credits' });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  // Every credit is on screen in full: nothing cut, nothing outside the frame.
  expect(await cut()).toBe(false);
  const box = await credits.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(320.5);
  for (const text of ['OpenStreetMap contributors (ODbL)', 'GSHHG (Wessel & Smith)', 'Apache ECharts']) expect(await credits.innerText()).toContain(text);
});
