// The venue Wi-Fi fails halfway through the talk: after one visit with a network, a reload with
// the network gone still opens the tour, draws the map and moves between chapters (the service
// worker serves the app, the fonts and the data from its precache).
import { expect } from 'vitest';
import { showTab } from './app';
import { pressToNextChapter } from './tour-helpers';
import { differingFraction, distinctColours, fetchData, mapScreenshot, test, waitForMapIdle, type TestWindow } from './helpers';

interface TourChapter {
  title: { en: string };
}

test('after one visit the tour reloads and runs with the network gone, map drawn', async ({ open }) => {
  const chapters = (await fetchData<{ chapters: TourChapter[] }>('tour.json')).chapters;
  const s = await open({ serviceWorkers: 'allow', reducedMotion: 'reduce' });
  await s.goto('?mode=present&chapter=3');
  await waitForMapIdle(s.page);
  // Installed means everything in the precache has been fetched and stored.
  const state = await s.page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  expect(state).toBe('activated');

  await s.context.setOffline(true);
  // The network really is gone: a file the precache does not hold cannot be fetched.
  const probe = await s.page.evaluate(() => fetch('data/facts.json?probe=1').then(() => 'fetched', () => 'failed'));
  expect(probe).toBe('failed');

  await s.page.reload({ waitUntil: 'load' });
  await s.page.getByRole('heading', { level: 1, name: chapters[2]!.title.en, exact: true }).waitFor();
  await waitForMapIdle(s.page);
  // A drawn map, not a blank canvas: land, water, outlines and the highlighted features.
  expect(distinctColours(await mapScreenshot(s.page))).toBeGreaterThan(20);
  // The figures come from the cached facts file, not "loading".
  await s.page.getByRole('list', { name: 'Figures', exact: true }).getByText(/as of/).first().waitFor();

  await pressToNextChapter(s.page);
  await s.page.getByRole('heading', { level: 1, name: chapters[3]!.title.en, exact: true }).waitFor();
  await waitForMapIdle(s.page);
  expect(await s.page.getByRole('alert').count()).toBe(0);
});

test('an online basemap whose tiles fail falls back to the built-in one, with a notice', async ({ open }) => {
  // The test machine has no network (and the harness refuses every non-local request), which is
  // exactly a venue whose Wi-Fi has gone.
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  const before = await mapScreenshot(s.page);

  await showTab(s.page, 'Layers');
  await s.page.getByRole('radio', { name: 'OpenStreetMap (online)', exact: true }).check();
  await expect.poll(() => new URL(s.page.url()).searchParams.get('basemap')).toBe('osm');
  await s.page.getByRole('status').filter({ hasText: 'The online basemap could not be loaded' }).waitFor();
  // It did try: the tile requests were made (and refused), nothing else left the machine.
  expect(s.foreignRequests().length).toBeGreaterThan(0);
  expect(s.foreignRequests().every((u) => new URL(u).hostname === 'tile.openstreetmap.org')).toBe(true);
  // The tiles' layer is gone and the built-in map is drawn as before, not a grey box.
  expect(await s.page.evaluate(() => (window as TestWindow).__talentMap?.getLayer('online-basemap-tiles') === undefined)).toBe(true);
  await waitForMapIdle(s.page);
  const after = await mapScreenshot(s.page);
  expect(distinctColours(after)).toBeGreaterThan(20);
  expect(differingFraction(before, after)).toBeLessThan(0.05);
});
