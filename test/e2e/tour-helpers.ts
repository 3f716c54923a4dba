// Moving through a tour whose long chapters continue over several steps: how many steps the
// caption card measured on this screen is on the card itself (data-step, data-steps).
import type { Page } from 'playwright-core';

export const CARD = '.presenter__card';

export async function stepOf(page: Page): Promise<{ step: number; steps: number }> {
  return page.locator(CARD).evaluate((el: HTMLElement) => ({ step: Number(el.dataset.step), steps: Number(el.dataset.steps) }));
}

/** Presses `key` through the rest of this chapter's steps and once more: the next chapter. */
export async function pressToNextChapter(page: Page, key = 'ArrowRight'): Promise<void> {
  const { step, steps } = await stepOf(page);
  for (let i = step; i < steps; i++) {
    await page.keyboard.press(key);
    await page.locator(`${CARD}[data-step="${i + 1}"]`).waitFor();
  }
  await page.keyboard.press(key);
}
