// The embed's details card, its text description and its table view, as a portal's visitor meets
// them: a host page on another origin frames the built app; a click in the map or the host's
// `select` opens the card with the figures and their sources.
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { test, type Session, type TestWindow } from './helpers';
import { CHANGNING, districtClickPoint } from './app';
import { COMMAND, settle, startEmbedWorld, waitForReady, type EmbedWorld, type HostWindow } from './embed-host';

let world: EmbedWorld;

beforeAll(async () => {
  world = await startEmbedWorld();
});

afterAll(async () => {
  await world?.close();
});

async function openInHost(s: Session, query: string): Promise<Frame> {
  await s.goto(world.hostUrl(query));
  return waitForReady(s.page);
}

function hostSelects(s: Session, selection: { kind: string; id: string }): Promise<void> {
  return s.page.evaluate((cmd) => (window as unknown as HostWindow).send(cmd), { ...COMMAND, command: 'select', selection });
}

/** The card's population figure: its value, its date and the name on its source button. */
async function populationFigure(frame: Frame) {
  const figure = frame.getByTestId('embed-card').locator('.figure').filter({ hasText: 'Resident population' });
  await figure.waitFor();
  return {
    value: await figure.locator('.figure__value').textContent(),
    date: await figure.locator('.figure__date').textContent(),
    source: await figure.locator('.source-ref__button').textContent(),
  };
}

test('after the host selects Changning, the card shows its population with unit, date and source', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s, '?mode=embed');
  await hostSelects(s, { kind: 'district', id: CHANGNING.code });
  await frame.getByRole('heading', { name: CHANGNING.en, level: 2 }).waitFor();
  const fig = await populationFigure(frame);
  expect(fig.value).toMatch(/^[\d,]+ people$/);
  expect(fig.date).toMatch(/2020/);
  expect(fig.source).toMatch(/\S/);
});

test('a source in the card opens its citation, with a link to the source', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s, '?mode=embed');
  await hostSelects(s, { kind: 'district', id: CHANGNING.code });
  const card = frame.getByTestId('embed-card');
  await card.locator('.figure').first().locator('.source-ref__button').click();
  const citation = card.getByRole('dialog', { name: /source|citation/i });
  await citation.waitFor();
  expect(await citation.getByRole('link').first().getAttribute('href')).toMatch(/^https?:\/\//);
});

test('a click on a district in the map opens its card, and focus moves into it', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s, '?mode=embed&layers=changning,districts');
  await settle(frame);
  const { lngLat } = await districtClickPoint(CHANGNING.code);
  const p = await frame.evaluate((c) => (window as TestWindow).__talentMap!.project(c as [number, number]), lngLat);
  const box = (await s.page.locator('#map').boundingBox())!;
  await s.page.mouse.click(box.x + p.x, box.y + p.y);
  const heading = frame.getByRole('heading', { name: CHANGNING.en, level: 2 });
  await heading.waitFor();
  await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
  expect((await populationFigure(frame)).value).toMatch(/people$/);
});

test('a site selected by the host shows its kind and its own sources', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s, '?mode=embed');
  const sites = JSON.parse(readFileSync(`${world.root}/app/data/sites.json`, 'utf8')) as { sites: { id: string; name_en: string; source_ids: string[] }[] };
  const site = sites.sites.find((x) => x.source_ids.length > 0)!;
  await hostSelects(s, { kind: 'site', id: site.id });
  const card = frame.getByTestId('embed-card');
  await card.getByRole('heading', { name: site.name_en, level: 2 }).waitFor();
  expect(await card.locator('.embed-card__note').filter({ hasText: 'Sources:' }).locator('.source-ref__button').count()).toBe(site.source_ids.length);
  expect(await card.getByRole('link', { name: `Open ${site.name_en} in the full map` }).getAttribute('href')).toContain(`sel=site:${site.id}`);
});

test('Esc closes the card; the selection stays and its name opens the card again', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s, '?mode=embed');
  await hostSelects(s, { kind: 'district', id: CHANGNING.code });
  const card = frame.getByTestId('embed-card');
  await card.waitFor();
  await card.getByRole('button', { name: 'Close the details' }).focus();
  await s.page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  const reopen = frame.locator('.embed__selection').getByRole('button', { name: CHANGNING.en });
  expect(await reopen.evaluate((el) => el === document.activeElement)).toBe(true);
  await s.page.keyboard.press('Enter');
  await card.waitFor();
});

test('the text description changes after a selection, and the map region is described by it', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s, '?mode=embed');
  const description = frame.getByTestId('embed-description');
  await expect.poll(() => description.textContent()).toContain('highest Pudong');
  const before = (await description.textContent())!;
  expect(before).toContain('Nothing is selected.');
  expect(await description.getAttribute('aria-live')).toBe('polite');
  // The map's canvas (its keyboard stop, named by MapLibre) is described by the text.
  await expect.poll(() => frame.locator('canvas.maplibregl-canvas').getAttribute('aria-describedby')).toBe(await description.getAttribute('id'));

  await hostSelects(s, { kind: 'district', id: CHANGNING.code });
  await expect.poll(() => description.textContent()).toContain(`Selected: ${CHANGNING.en} (district).`);
});

test('"View as table" lists every site drawn in the visible layers, as a table', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s, '?mode=embed&layers=service-centres,districts');
  await frame.getByRole('button', { name: 'View as table' }).click();
  const table = frame.getByRole('table', { name: /Sites shown on the map/ });
  await table.waitFor();
  const sites = JSON.parse(readFileSync(`${world.root}/app/data/sites.json`, 'utf8')) as {
    sites: { id: string; layer: string; lon: number | null; lat: number | null }[];
  };
  const drawn = sites.sites.filter((x) => x.layer === 'service-centres' && x.lon !== null && x.lat !== null).map((x) => x.id);
  const listed = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-site')));
  expect(listed.sort()).toEqual(drawn.sort());
  expect(await frame.getByRole('table', { name: /by district/ }).locator('tbody tr').count()).toBe(16);
});

test('"Get the data" downloads the sites and the districts as CSV with their sources', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s, '?mode=embed&layers=service-centres');
  const download = s.page.waitForEvent('download');
  await frame.getByRole('link', { name: 'Get the data' }).click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('record,id,name_en,name_zh,what,value,unit,qualifier,as_of,lon,lat,precision_m,source_ids,sources');
  expect(lines.filter((l) => l.startsWith('site,')).length).toBeGreaterThan(0);
  expect(lines.filter((l) => l.startsWith('district,')).length).toBe(16);
  expect(lines.find((l) => l.startsWith(`district,${CHANGNING.code},`))).toMatch(/population,\d+,people,/);
});
