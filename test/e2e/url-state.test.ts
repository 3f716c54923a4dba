// The URL is the view: a reload restores it, and a mangled or hostile one falls back to defaults.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  CHANGNING,
  chartBar,
  detailsHeading,
  detailsRegion,
  districtButton,
  languageSelect,
  LAYER_NAMES,
  layerCheckbox,
  showTab,
  metricSelect,
} from './app';
import { mapCamera, settleMap, test, waitForMapIdle, type TestWindow } from './helpers';

const CAMERA = { lng: 121.43, lat: 31.22, zoom: 11 } as const;

async function waitForUrl(page: Page, check: (params: URLSearchParams) => boolean, what: string): Promise<void> {
  await expect
    .poll(() => check(new URL(page.url()).searchParams), { timeout: 10_000, message: `URL should hold ${what}: ${page.url()}` })
    .toBe(true);
}

test('a reload restores the selection, a hidden layer, the metric and the camera', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);

  await districtButton(s.page, CHANGNING.en).click();
  await detailsHeading(s.page, CHANGNING.en).waitFor();
  await showTab(s.page, 'Layers');
  await layerCheckbox(s.page, 'Pudong').uncheck();
  await metricSelect(s.page).selectOption('density');
  // After the selection's own camera move (if any) has finished, so this camera is the last word.
  await settleMap(s.page);
  await s.page.evaluate((c) => (window as TestWindow).__talentMap?.jumpTo({ center: [c.lng, c.lat], zoom: c.zoom }), CAMERA);
  await waitForUrl(s.page, (p) => p.get('sel') === `district:${CHANGNING.code}`, 'the selection');
  await waitForUrl(s.page, (p) => p.get('metric') === 'density', 'the metric');
  await waitForUrl(s.page, (p) => p.has('layers') && !p.get('layers')!.split(',').includes('pudong'), 'the layers');
  await waitForUrl(s.page, (p) => (p.get('map') ?? '').startsWith('11.00/'), 'the camera');

  await s.page.reload({ waitUntil: 'load' });
  await waitForMapIdle(s.page);

  await detailsHeading(s.page, CHANGNING.en).waitFor();
  await expect.poll(() => chartBar(s.page, CHANGNING.code).getAttribute('data-selected')).toBe('true');
  await showTab(s.page, 'Layers');
  expect(await layerCheckbox(s.page, 'Pudong').isChecked()).toBe(false);
  for (const name of LAYER_NAMES.filter((n) => n !== 'Pudong')) {
    expect(await layerCheckbox(s.page, name).isChecked(), name).toBe(true);
  }
  expect(await metricSelect(s.page).inputValue()).toBe('density');
  const camera = await mapCamera(s.page);
  expect(camera.zoom).toBeCloseTo(CAMERA.zoom, 2);
  expect(camera.lng).toBeCloseTo(CAMERA.lng, 4);
  expect(camera.lat).toBeCloseTo(CAMERA.lat, 4);
  expect(s.pageErrors).toEqual([]);
});

test('a reload keeps Chinese', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);

  await languageSelect(s.page).selectOption('zh');
  await waitForUrl(s.page, (p) => p.get('lang') === 'zh', 'the language');
  await s.page.reload({ waitUntil: 'load' });
  await waitForMapIdle(s.page);

  expect(await languageSelect(s.page, 'zh').inputValue()).toBe('zh');
  await s.page.getByRole('button', { name: CHANGNING.zh, exact: true }).waitFor();
  expect(s.pageErrors).toEqual([]);
});

interface ViewSummary {
  lang: string;
  metric: string;
  layers: boolean[];
  details: string;
  camera: { lng: number; lat: number; zoom: number; bearing: number; pitch: number };
}

async function summarise(page: Page): Promise<ViewSummary> {
  await showTab(page, 'Layers');
  return {
    lang: await languageSelect(page).inputValue(),
    metric: await metricSelect(page).inputValue(),
    layers: await Promise.all(LAYER_NAMES.map((n) => layerCheckbox(page, n).isChecked())),
    details: (await detailsRegion(page).innerText()).trim(),
    camera: await mapCamera(page),
  };
}

test('a malformed, hostile URL opens the default view without errors', async ({ open }) => {
  const clean = await open();
  await clean.goto();
  await waitForMapIdle(clean.page);
  const expected = await summarise(clean.page);

  const s = await open();
  await s.goto(
    '?sel=<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">' +
      '&layers=%%%&map=NaN/abc&lang=xx&metric=../../',
  );
  await waitForMapIdle(s.page);
  const actual = await summarise(s.page);

  expect(actual.lang).toBe('en');
  expect(actual.metric).toBe('population');
  expect(actual.layers).toEqual(LAYER_NAMES.map(() => true));
  expect(actual.details).toBe(expected.details);
  expect(actual.camera.zoom).toBeCloseTo(expected.camera.zoom, 3);
  expect(actual.camera.lng).toBeCloseTo(expected.camera.lng, 5);
  expect(actual.camera.lat).toBeCloseTo(expected.camera.lat, 5);
  expect(actual.camera.bearing).toBe(0);
  expect(actual.camera.pitch).toBe(0);
  expect(await s.page.evaluate(() => (window as Window & { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await s.page.getByRole('alert').count()).toBe(0);
  expect(s.pageErrors).toEqual([]);
});
