// The app as a user meets it: every element found by its role and accessible name, the way a
// screen reader would. When the app's names change, this is the one file to update.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickPointInside, type AreaFeature, type ClickPoint, type DistrictFeature, type SiteRecord } from './geo';
import { fetchData } from './helpers';

/** Layer checkboxes in the "Layers" group, in the app's order. */
export const LAYER_NAMES = [
  'Pudong',
  'Xuhui',
  'Changning',
  'Hongqiao CBD',
  'Zhangjiang Lab',
  'Talent apartments',
  'Service centres',
  'All districts',
  'Universities and institutes',
] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

export const METRICS = ['population', 'area', 'density', 'sites', 'service-centres', 'talent-apartments'] as const;

export const CHANGNING = { code: '310105', en: 'Changning', zh: '长宁区' } as const;

export function languageSelect(page: Page, lang: 'en' | 'zh' = 'en'): Locator {
  return page.getByRole('combobox', { name: lang === 'en' ? 'Language' : '语言', exact: true });
}

/** The workspace's tool tabs (Find, Layers, Analyse): a panel's controls are reachable once its tab is chosen. */
export type ToolTab = 'Find' | 'Layers' | 'Analyse';

export function toolTab(page: Page, name: ToolTab): Locator {
  return page.getByRole('tablist', { name: 'Tools', exact: true }).getByRole('tab', { name, exact: true });
}

/** Chooses a tool tab, as a reader would, and waits for its panel. */
export async function showTab(page: Page, name: ToolTab): Promise<void> {
  const tab = toolTab(page, name);
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.getByRole('tabpanel', { name, exact: true }).waitFor();
}

export function layersGroup(page: Page): Locator {
  return page.getByRole('group', { name: 'Layers', exact: true });
}

export function layerCheckbox(page: Page, name: LayerName): Locator {
  return layersGroup(page).getByRole('checkbox', { name, exact: true });
}

export function districtList(page: Page): Locator {
  return page.getByRole('list', { name: 'Districts', exact: true });
}

export function districtButton(page: Page, name: string): Locator {
  return districtList(page).getByRole('button', { name, exact: true });
}

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search districts and sites', exact: true });
}

export function detailsRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Details', exact: true });
}

/**
 * The details heading showing `name`. In English it must sit in the region named "Details"; the
 * Chinese region name is not fixed by the spec, so there the heading is found by level alone.
 */
export function detailsHeading(page: Page, name: string, lang: 'en' | 'zh' = 'en'): Locator {
  const scope = lang === 'en' ? detailsRegion(page) : page;
  return scope.getByRole('heading', { level: 2, name, exact: true });
}

export function metricSelect(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Metric', exact: true });
}

export function chart(page: Page): Locator {
  return page.getByTestId('metric-chart');
}

export function chartBar(page: Page, code: string): Locator {
  return chart(page).locator(`[data-code="${code}"]`);
}

export function selectedBars(page: Page): Locator {
  return chart(page).locator('[data-selected="true"]');
}

/**
 * A point well inside a district, clear of area outlines and site markers, read from the same
 * data files the browser gets.
 */
export async function districtClickPoint(code: string): Promise<ClickPoint> {
  const [districts, areas, sites] = await Promise.all([
    fetchData<{ features: DistrictFeature[] }>('districts.geojson'),
    fetchData<{ features: AreaFeature[] }>('areas.geojson'),
    fetchData<{ sites: SiteRecord[] }>('sites.json'),
  ]);
  const district = districts.features.find((f) => f.properties.code === code);
  if (!district) throw new Error(`district ${code} is not in districts.geojson`);
  return clickPointInside(district, areas.features, sites.sites);
}

/**
 * The two things a user sees after choosing Changning one way or another (from the list, on the
 * map): its details open, and its bar alone is highlighted. One case each, for any way of choosing.
 */
export function changningSelectionCases(
  test: typeof import('./helpers').test,
  way: string,
  choose: (s: import('./helpers').Session) => Promise<void>,
): void {
  test(`clicking a district ${way} opens its details`, async ({ open }) => {
    const s = await open();
    await choose(s);
    await detailsHeading(s.page, CHANGNING.en).waitFor();
    expect(s.pageErrors).toEqual([]);
  });

  test(`clicking a district ${way} highlights only its bar`, async ({ open }) => {
    const s = await open();
    await choose(s);
    await expect.poll(() => chartBar(s.page, CHANGNING.code).getAttribute('data-selected')).toBe('true');
    expect(await selectedBars(s.page).count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
  });
}

/**
 * Imports a point file through Your data (the Layers tab must be shown): chooses it, sets its
 * coordinate system, waits for the preview's count and clicks Import.
 */
export async function importPointFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, crs: 'WGS84' | 'GCJ02' | 'BD09', points: number): Promise<void> {
  const dialog = page.getByTestId('import-dialog');
  await page.getByTestId('import-file-input').setInputFiles(file);
  await dialog.getByTestId('import-crs').selectOption(crs);
  await expect.poll(() => dialog.getByTestId('import-summary').textContent()).toMatch(new RegExp(`^${points} points? will be added`));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}
