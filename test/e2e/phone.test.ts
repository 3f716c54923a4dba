// At phone width the map is still there to see and to use.
import { expect } from 'vitest';
import { distinctColours, mapCamera, MAP_CANVAS, mapScreenshot, PHONE_VIEWPORT, settleMap, test, waitForMapIdle, type Session, type SessionOptions } from './helpers';

const VIEW_H = PHONE_VIEWPORT.height;

/** Opens the app on a phone and waits for the map. */
async function openOnPhone(open: (options?: SessionOptions) => Promise<Session>): Promise<Session> {
  const s = await open({ viewport: PHONE_VIEWPORT, mobile: true });
  await s.goto();
  await waitForMapIdle(s.page);
  return s;
}

/** Scrolls the map into view; returns the page point at its middle. */
async function scrollToMap(s: Session): Promise<{ box: { x: number; y: number; width: number; height: number }; cx: number; cy: number }> {
  const canvas = s.page.locator(MAP_CANVAS);
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  return { box, cx: box.x + box.width / 2, cy: box.y + box.height / 2 };
}

test('at 390×844 the map is on the first screen, at least 60% of its height', async ({ open }) => {
  const s = await openOnPhone(open);
  const canvas = s.page.locator(MAP_CANVAS);

  // On load, a user sees that there is a map without hunting for it.
  const first = (await canvas.boundingBox())!;
  expect(await canvas.isVisible()).toBe(true);
  expect(first.y, 'the map starts on the first screen').toBeLessThan(VIEW_H - 100);

  // It is a real map, not a thumbnail: most of a phone screen, the full width.
  expect(first.height).toBeGreaterThanOrEqual(0.6 * VIEW_H);
  expect(first.width).toBeGreaterThanOrEqual(0.9 * PHONE_VIEWPORT.width);

  // Scrolled to, it fits the screen whole and nothing sits on top of its middle.
  const { box, cx, cy } = await scrollToMap(s);
  expect(box.y).toBeGreaterThanOrEqual(-1);
  expect(box.y + box.height).toBeLessThanOrEqual(VIEW_H + 1);
  const onTop = await s.page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return el instanceof HTMLCanvasElement && el.classList.contains('maplibregl-canvas');
  }, { x: cx, y: cy });
  expect(onTop, 'the middle of the map is not covered').toBe(true);
  expect(distinctColours(await mapScreenshot(s.page))).toBeGreaterThan(20);
  expect(s.pageErrors).toEqual([]);
});

test('at 390×844 a drag pans the map', async ({ open }) => {
  const s = await openOnPhone(open);
  const { cx, cy } = await scrollToMap(s);
  const before = await mapCamera(s.page);
  await s.page.mouse.move(cx, cy);
  await s.page.mouse.down();
  await s.page.mouse.move(cx - 80, cy - 60, { steps: 8 });
  await s.page.mouse.up();
  await settleMap(s.page);
  const after = await mapCamera(s.page);
  expect(Math.hypot(after.lng - before.lng, after.lat - before.lat)).toBeGreaterThan(0.001);
  expect(s.pageErrors).toEqual([]);
});
