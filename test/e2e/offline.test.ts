// The venue Wi-Fi fails halfway through the talk: after one visit with a network, a reload with
// the network gone still opens the tour, draws the map and moves between chapters (the service
// worker serves the app, the fonts and the data from its precache).
import { expect } from 'vitest';
import { distinctColours, fetchData, mapScreenshot, test, waitForMapIdle } from './helpers';

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

  await s.page.keyboard.press('ArrowRight');
  await s.page.getByRole('heading', { level: 1, name: chapters[3]!.title.en, exact: true }).waitFor();
  await waitForMapIdle(s.page);
  expect(await s.page.getByRole('alert').count()).toBe(0);
});
