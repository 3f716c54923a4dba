// Presenter mode as a speaker meets it: a clicker's keys move through the chapters, the caption,
// the URL and the highlighted features follow, Esc returns to the dashboard on the same view, and
// autoplay runs until someone touches a key.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fetchData, mapCamera, test, waitForMapIdle, type Session, type SessionOptions, type TestWindow } from './helpers';
import { toolTab } from './app';
import { CARD, pressToNextChapter, stepOf } from './tour-helpers';

interface TourChapter {
  id: string;
  title: { en: string; zh: string };
  camera: { center: [number, number]; zoom: number };
  highlight: string[];
}
interface SiteRecord {
  id: string;
  fid: number;
}

async function tour(): Promise<TourChapter[]> {
  return (await fetchData<{ chapters: TourChapter[] }>('tour.json')).chapters;
}

/** The chapter heading: the caption card's only level-1 heading. */
function chapterHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 1, name: title, exact: true });
}

async function waitForChapterParam(page: Page, chapter: string | null): Promise<void> {
  await expect
    .poll(() => new URL(page.url()).searchParams.get('chapter'), { timeout: 10_000, message: `URL chapter should be ${chapter}` })
    .toBe(chapter);
}

/** Which sources a feature reference lives in, and its numeric feature id (as the map has it). */
async function featureTarget(ref: string): Promise<{ source: string; id: number }> {
  const [kind, id] = ref.split(':') as [string, string];
  if (kind === 'district') return { source: 'districts', id: Number(id) };
  if (kind === 'site') {
    const sites = (await fetchData<{ sites: SiteRecord[] }>('sites.json')).sites;
    return { source: 'sites', id: sites.find((s) => s.id === id)!.fid };
  }
  const areas = (await fetchData<{ features: { properties: { id: string; fid: number } }[] }>('areas.geojson')).features;
  return { source: 'areas', id: areas.find((a) => a.properties.id === id)!.properties.fid };
}

function highlighted(page: Page, target: { source: string; id: number }): Promise<boolean> {
  return page.evaluate((t) => (window as TestWindow).__talentMap?.getFeatureState(t)?.highlight === true, target);
}

/** Opens the tour at chapter 1 (reduced motion) with the map drawn and its caption shown. */
async function openTour(open: (options?: SessionOptions) => Promise<Session>) {
  const chapters = await tour();
  const [one, two] = chapters as [TourChapter, TourChapter];
  const s = await open({ reducedMotion: 'reduce' });
  await s.goto('?mode=present');
  await waitForMapIdle(s.page);
  await chapterHeading(s.page, one.title.en).waitFor();
  await s.page.getByText(`Chapter 1 of ${chapters.length}`, { exact: true }).waitFor();
  return { s, chapters, one, two, oneFeature: await featureTarget(one.highlight[0]!), twoFeature: await featureTarget(two.highlight[0]!) };
}

test('→ moves to chapter 2: caption, URL, highlighted features and camera', async ({ open }) => {
  const { s, chapters, one, two, oneFeature, twoFeature } = await openTour(open);
  await expect.poll(() => highlighted(s.page, oneFeature)).toBe(true);
  expect(await highlighted(s.page, twoFeature)).toBe(false);
  const camOne = await mapCamera(s.page);

  // A chapter longer than the screen continues first: → shows its next part, then the next chapter.
  await pressToNextChapter(s.page);
  await chapterHeading(s.page, two.title.en).waitFor();
  await s.page.getByText(`Chapter 2 of ${chapters.length}`, { exact: true }).waitFor();
  await waitForChapterParam(s.page, '2');
  await expect.poll(() => highlighted(s.page, twoFeature)).toBe(true);
  expect(await highlighted(s.page, oneFeature)).toBe(false);
  // The camera went where the chapter says (reduced motion: a jump, no flight). The tour's zooms
  // are written for a projector and lowered alike on a smaller screen, so compare the change.
  await waitForMapIdle(s.page);
  const cam = await mapCamera(s.page);
  expect(cam.zoom - camOne.zoom).toBeCloseTo(two.camera.zoom - one.camera.zoom, 1);
  expect(cam.lng).toBeCloseTo(two.camera.center[0], 2);
  expect(cam.lat).toBeCloseTo(two.camera.center[1], 2);
  expect(s.foreignRequests()).toEqual([]);
});

test('the part of a long chapter is in the URL: a reload keeps the presenter’s place', async ({ open }) => {
  const { s, one } = await openTour(open);
  // Chapter 1 runs over more than one part on this screen (the → test above relies on it too).
  expect((await stepOf(s.page)).steps).toBeGreaterThan(1);
  await s.page.keyboard.press('ArrowRight');
  await s.page.locator(`${CARD}[data-step="2"]`).waitFor();
  await expect.poll(() => new URL(s.page.url()).searchParams.get('part'), { timeout: 10_000 }).toBe('2');
  await s.page.reload();
  await chapterHeading(s.page, one.title.en).waitFor();
  await s.page.locator(`${CARD}[data-step="2"]`).waitFor();
  // The next chapter opens at its start, and the link says so by dropping the part.
  await pressToNextChapter(s.page);
  await waitForChapterParam(s.page, '2');
  await expect.poll(() => new URL(s.page.url()).searchParams.get('part')).toBe(null);
  expect(s.pageErrors).toEqual([]);
});

test('← goes back to chapter 1', async ({ open }) => {
  const { s, one, two, oneFeature } = await openTour(open);
  await pressToNextChapter(s.page);
  await chapterHeading(s.page, two.title.en).waitFor();

  await s.page.keyboard.press('ArrowLeft');
  await chapterHeading(s.page, one.title.en).waitFor();
  // ← from a chapter's start lands on the previous chapter's last part, as → left it.
  const { step, steps } = await stepOf(s.page);
  expect(step).toBe(steps);
  await waitForChapterParam(s.page, null);
  await expect.poll(() => highlighted(s.page, oneFeature)).toBe(true);
  expect(s.foreignRequests()).toEqual([]);
});

test('Esc opens the dashboard on the chapter’s view, its first feature selected', async ({ open }) => {
  const { s, one } = await openTour(open);
  await s.page.keyboard.press('Escape');
  await toolTab(s.page, 'Layers').waitFor();
  await expect.poll(() => new URL(s.page.url()).searchParams.get('mode')).toBeNull();
  // The dashboard opens on chapter 1's camera with its first feature selected.
  await expect.poll(() => new URL(s.page.url()).searchParams.get('sel')).toBe(one.highlight[0]);
  await waitForMapIdle(s.page);
  const back = await mapCamera(s.page);
  expect(back.zoom).toBeCloseTo(one.camera.zoom, 1);
  expect(back.lng).toBeCloseTo(one.camera.center[0], 2);
  expect(back.lat).toBeCloseTo(one.camera.center[1], 2);
  expect(s.foreignRequests()).toEqual([]);
});

test('the on-screen buttons, Home, End, digits and the page keys move through the tour', async ({ open }) => {
  const { s, chapters } = await openTour(open);
  const last = chapters[chapters.length - 1]!;

  // The yellow button continues a long chapter ("Continue this chapter"), then moves on.
  const next = s.page.getByRole('button', { name: /^(Next chapter|Continue this chapter)$/ });
  const { steps } = await stepOf(s.page);
  for (let i = 1; i < steps; i++) {
    await s.page.getByRole('button', { name: 'Continue this chapter', exact: true }).click();
    await s.page.locator(`.presenter__card[data-step="${i + 1}"]`).waitFor();
  }
  await next.click();
  await chapterHeading(s.page, chapters[1]!.title.en).waitFor();
  await s.page.getByRole('button', { name: 'Previous chapter', exact: true }).click();
  await chapterHeading(s.page, chapters[0]!.title.en).waitFor();

  await s.page.keyboard.press('End');
  await chapterHeading(s.page, last.title.en).waitFor();
  await waitForChapterParam(s.page, String(chapters.length));
  await s.page.keyboard.press('Home');
  await chapterHeading(s.page, chapters[0]!.title.en).waitFor();
  await s.page.keyboard.press('5');
  await chapterHeading(s.page, chapters[4]!.title.en).waitFor();
  await pressToNextChapter(s.page, 'PageDown');
  await chapterHeading(s.page, chapters[5]!.title.en).waitFor();
  await s.page.keyboard.press('PageUp');
  await chapterHeading(s.page, chapters[4]!.title.en).waitFor();
});

test('F goes full screen, and the button leaves it', async ({ open }) => {
  const { s } = await openTour(open);
  await s.page.keyboard.press('f');
  await s.page.getByRole('button', { name: 'Leave full screen (F)', exact: true }).waitFor();
  expect(await s.page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await s.page.getByRole('button', { name: 'Leave full screen (F)', exact: true }).click();
  await s.page.getByRole('button', { name: 'Full screen (F)', exact: true }).waitFor();
  expect(await s.page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('a link with a malformed chapter opens chapter 1; one past the end opens the last, and says so in the URL', async ({ open }) => {
  const chapters = await tour();
  const last = chapters[chapters.length - 1]!;
  const s = await open({ reducedMotion: 'reduce' });
  await s.goto('?mode=present&chapter=two');
  await chapterHeading(s.page, chapters[0]!.title.en).waitFor();
  await s.page.getByText(`Chapter 1 of ${chapters.length}`, { exact: true }).waitFor();

  await s.goto('?mode=present&chapter=99');
  await chapterHeading(s.page, last.title.en).waitFor();
  await waitForChapterParam(s.page, String(chapters.length));
});

/** Opens the tour with autoplay every 2 s, and waits until autoplay says it runs. */
async function openAutoplay(open: (options?: SessionOptions) => Promise<Session>) {
  const chapters = await tour();
  const s = await open({ reducedMotion: 'reduce' });
  await s.goto('?mode=present&autoplay=2');
  await chapterHeading(s.page, chapters[0]!.title.en).waitFor();
  await s.page.getByRole('status').filter({ hasText: 'Autoplay' }).waitFor();
  return { s, chapters };
}

test('autoplay advances by itself', async ({ open }) => {
  const { s, chapters } = await openAutoplay(open);
  // Nobody touches anything: chapter 2 arrives on its own.
  await chapterHeading(s.page, chapters[1]!.title.en).waitFor({ timeout: 10_000 });
});

test('autoplay stops on a key press', async ({ open }) => {
  const { s } = await openAutoplay(open);
  await s.page.keyboard.press('Shift');
  await expect.poll(() => new URL(s.page.url()).searchParams.get('autoplay')).toBeNull();
  await s.page.getByRole('button', { name: 'Play the tour by itself', exact: true }).waitFor();
  const stoppedAt = new URL(s.page.url()).searchParams.get('chapter');
  // Longer than the interval: had autoplay kept running, the chapter would have moved on.
  await s.page.waitForTimeout(3_000);
  expect(new URL(s.page.url()).searchParams.get('chapter')).toBe(stoppedAt);
  expect(await s.page.getByRole('status').filter({ hasText: 'Autoplay' }).count()).toBe(0);
});

test('in Chinese the chapter and its controls read in Chinese', async ({ open }) => {
  const chapters = await tour();
  const s = await open({ reducedMotion: 'reduce' });
  await s.goto('?mode=present&chapter=3&lang=zh');
  await chapterHeading(s.page, chapters[2]!.title.zh).waitFor();
  await s.page.getByText(`第3章，共${chapters.length}章`, { exact: true }).waitFor();
  await s.page.getByRole('button', { name: '下一章', exact: true }).waitFor();
});
