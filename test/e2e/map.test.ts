// The map itself: it draws, layers switch what it draws, and a click on a district selects it.
import { expect } from 'vitest';
import { CHANGNING, changningSelectionCases, districtClickPoint, layerCheckbox, showTab, type LayerName } from './app';
import {
  clickMapAt,
  differingPixels,
  distinctColours,
  dominantColourShare,
  mapScreenshot,
  settleMap,
  test,
  waitForMapIdle,
  type Session,
} from './helpers';

test('the map renders something other than a blank canvas', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);

  const shot = await mapScreenshot(s.page);
  // Filled districts, outlines, markers and labels: many colours, and no single one everywhere.
  expect(distinctColours(shot)).toBeGreaterThan(50);
  expect(dominantColourShare(shot)).toBeLessThan(0.9);
  expect(s.pageErrors).toEqual([]);
});

async function hidingChangesPixels(s: Session, layer: LayerName): Promise<void> {
  await s.goto();
  await waitForMapIdle(s.page);
  const before = await mapScreenshot(s.page);
  // The map must be stable when idle, or the difference below would mean nothing.
  expect(differingPixels(before, await mapScreenshot(s.page))).toBe(0);

  await showTab(s.page, 'Layers');
  const box = layerCheckbox(s.page, layer);
  expect(await box.isChecked()).toBe(true);
  await box.uncheck();

  await expect
    .poll(
      async () => {
        await settleMap(s.page);
        return differingPixels(before, await mapScreenshot(s.page));
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBeGreaterThan(50);
  expect(s.pageErrors).toEqual([]);
}

test('unchecking "Pudong" removes it from the map', async ({ open }) => {
  await hidingChangesPixels(await open(), 'Pudong');
});

test('unchecking "Service centres" removes their markers from the map', async ({ open }) => {
  await hidingChangesPixels(await open(), 'Service centres');
});

/** Opens the app with the map drawn and clicks inside Changning, clear of areas and sites. */
async function clickChangningOnMap(s: Session): Promise<void> {
  const point = await districtClickPoint(CHANGNING.code);
  await s.goto();
  await waitForMapIdle(s.page);
  await clickMapAt(s.page, point.lngLat, { clearanceM: point.clearanceM });
}

changningSelectionCases(test, 'on the map', clickChangningOnMap);
