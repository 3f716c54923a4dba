// The speaker's presenter view: a second window opened from the projector's view shows the current
// chapter, the next one, the notes, the elapsed time and the clock; a key press in either window
// moves both; closing one leaves the other working.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fetchData, test, waitForMapIdle, type Session } from './helpers';
import { pressToNextChapter, stepOf } from './tour-helpers';

interface Chapter {
  title: { en: string };
}

/** The chapter the presenter view says is on screen now. */
function speakerNow(page: Page) {
  return page.locator('#speaker-now');
}

async function openBoth(s: Session) {
  await s.goto('?mode=present');
  await waitForMapIdle(s.page);
  const [speaker] = await Promise.all([s.page.waitForEvent('popup'), s.page.getByRole('button', { name: 'Presenter view', exact: true }).click()]);
  await speaker.waitForLoadState('load');
  // It is the same app at the same base path, in its presenter-view mode.
  expect(new URL(speaker.url()).searchParams.get('mode')).toBe('presenter-view');
  await speaker.getByText('In step with the audience window').waitFor();
  return speaker;
}

test('the presenter view follows a key press in the audience window, and the reverse', async ({ open }) => {
  const chapters = (await fetchData<{ chapters: Chapter[] }>('tour.json')).chapters;
  const s = await open({ reducedMotion: 'reduce' });
  const speaker = await openBoth(s);
  await expect.poll(() => speakerNow(speaker).textContent()).toBe(chapters[0]!.title.en);
  // Next: a further part of this chapter, or chapter 2's title; elapsed time and the clock run.
  await speaker.getByTestId('speaker-elapsed').waitFor();
  expect(await speaker.getByTestId('speaker-elapsed').textContent()).toMatch(/^\d+:\d\d$/);
  expect(await speaker.locator('.speaker__time strong').nth(1).textContent()).toMatch(/^\d\d:\d\d$/);

  // A press in the audience window: the presenter view follows, part by part.
  await s.page.keyboard.press('ArrowRight');
  const { step, steps } = await stepOf(s.page);
  await expect.poll(() => speaker.locator('.speaker').getAttribute('data-step')).toBe(String(step));
  if (steps === 1) await expect.poll(() => speakerNow(speaker).textContent()).toBe(chapters[1]!.title.en);
  await pressToNextChapter(s.page);
  const n = Number(await s.page.locator('.presenter').getAttribute('data-chapter'));
  await expect.poll(() => speakerNow(speaker).textContent()).toBe(chapters[n - 1]!.title.en);
  // Next: the next chapter's title (after a further part of this one, where there is one).
  await expect.poll(() => speaker.locator('.speaker__next p').last().textContent()).toBe(chapters[n]!.title.en);

  // A press in the presenter view (the clicker is plugged into the laptop): the audience follows,
  // through every part of the chapter to the next.
  const before = await stepOf(s.page);
  for (let i = before.step; i <= before.steps; i++) {
    await speaker.keyboard.press('PageDown');
    if (i < before.steps) await s.page.locator(`.presenter__card[data-step="${i + 1}"]`).waitFor();
  }
  await s.page.locator(`.presenter[data-chapter="${n + 1}"]`).waitFor();
  await expect.poll(() => speakerNow(speaker).textContent()).toBe(chapters[n]!.title.en);
  await speaker.keyboard.press('PageUp');
  await s.page.locator(`.presenter[data-chapter="${n}"]`).waitFor();
});

test('closing either window leaves the other working', async ({ open }) => {
  const chapters = (await fetchData<{ chapters: Chapter[] }>('tour.json')).chapters;
  const s = await open({ reducedMotion: 'reduce' });
  const speaker = await openBoth(s);

  // The presenter view closes: the audience window keeps moving on its own.
  await speaker.close();
  await pressToNextChapter(s.page);
  await s.page.getByRole('heading', { level: 1, name: chapters[1]!.title.en, exact: true }).waitFor();

  // Opened again, then the audience window closes: the presenter view says so and still moves.
  const again = await Promise.all([s.page.waitForEvent('popup'), s.page.getByRole('button', { name: 'Presenter view', exact: true }).click()]).then(([p]) => p);
  await again.getByText('In step with the audience window').waitFor();
  await expect.poll(() => speakerNow(again).textContent()).toBe(chapters[1]!.title.en);
  await s.page.close();
  await again.getByText('The audience window is closed; the keys still move this view.').waitFor();
  // Alone, it moves a chapter a press (it no longer knows the audience's parts).
  await again.keyboard.press('ArrowRight');
  await expect.poll(() => speakerNow(again).textContent()).toBe(chapters[2]!.title.en);
});
