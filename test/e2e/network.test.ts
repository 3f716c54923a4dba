// The app is self-contained: tiles, fonts, data and code all come from its own origin.
import { expect } from 'vitest';
import { CHANGNING, detailsHeading, districtClickPoint, languageSelect, layerCheckbox, metricSelect, showTab } from './app';
import { clickMapAt, settleMap, test, waitForMapIdle } from './helpers';

test('no request leaves localhost during a full session', async ({ open }) => {
  const point = await districtClickPoint(CHANGNING.code);
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);

  await clickMapAt(s.page, point.lngLat, { clearanceM: point.clearanceM });
  await detailsHeading(s.page, CHANGNING.en).waitFor();
  await showTab(s.page, 'Layers');
  await layerCheckbox(s.page, 'Service centres').uncheck();
  await metricSelect(s.page).selectOption('density');
  await languageSelect(s.page).selectOption('zh');
  await languageSelect(s.page, 'zh').waitFor();
  await settleMap(s.page);
  await s.page.waitForLoadState('networkidle');

  // The guard saw the session's traffic (so an empty list below means something).
  expect(s.requests.some((u) => u.endsWith('/data/districts.geojson'))).toBe(true);
  expect(s.foreignRequests()).toEqual([]);
  expect(s.pageErrors).toEqual([]);
});
