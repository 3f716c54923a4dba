// The page at phone widths and the city-figure strip at every width: no sideways scrolling from
// 360 to 430 px in either language, header tools inside the screen, and a strip that shows whole
// cards only, pages with visible buttons, and names a cut-short source in full.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { test } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

async function rects(l: Locator): Promise<Box[]> {
  return l.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

const strip = (page: Page, lang: 'en' | 'zh') => page.getByRole('region', { name: lang === 'en' ? 'City figures' : '全市数据', exact: true });

/** Cards that show at all inside the strip's scrolling row must show whole. */
async function partlyShownCards(page: Page, lang: 'en' | 'zh'): Promise<number> {
  const list = strip(page, lang).locator('ul.headline__list');
  const [row] = await rects(list);
  const cards = await rects(list.locator('> li'));
  return cards.filter((c) => {
    const visible = Math.min(c.x + c.width, row!.x + row!.width) - Math.max(c.x, row!.x);
    return visible > 1 && visible < c.width - 1;
  }).length;
}

for (const lang of ['en', 'zh'] as const) {
  for (const width of [360, 390, 430]) {
    test(`at ${width} px in ${lang} the page does not scroll sideways and the header tools fit`, async ({ open }) => {
      const s = await open({ viewport: { width, height: 800 }, mobile: true });
      await s.goto(`?lang=${lang}`);
      await strip(s.page, lang).locator('li').first().waitFor();
      const { scrollWidth, clientWidth } = await s.page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      for (const r of await rects(s.page.locator('header button, header select'))) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(width + 0.5);
      }
      expect(await partlyShownCards(s.page, lang)).toBe(0);
    });
  }
}

for (const width of [1280, 1440]) {
  test(`at ${width} px the city figures show whole cards, and the next button pages to the rest`, async ({ open }) => {
    const s = await open({ viewport: { width, height: 800 } });
    await s.goto();
    const region = strip(s.page, 'en');
    await region.locator('li').first().waitFor();
    expect(await partlyShownCards(s.page, 'en')).toBe(0);
    const list = region.locator('ul.headline__list');
    const before = await list.getAttribute('aria-label');
    expect(before).toMatch(/^City figures 1–\d of 8$/);
    const next = region.getByRole('button', { name: 'More city figures', exact: true });
    expect(await next.isVisible()).toBe(true);
    await next.click();
    await expect.poll(() => list.getAttribute('aria-label'), { timeout: 10_000 }).not.toBe(before);
    await expect.poll(() => partlyShownCards(s.page, 'en')).toBe(0);
    expect(await list.getAttribute('aria-label')).toMatch(/ of 8$/);
  });
}

test('a source name cut short in a city card is named in full on hover (title), to a screen reader and on focus', async ({ open }) => {
  const s = await open({ viewport: { width: 1280, height: 800 } });
  await s.goto();
  const region = strip(s.page, 'en');
  await region.locator('li').first().waitFor();
  const buttons = region.locator('.figure__meta .source-ref__button');
  const all = await buttons.evaluateAll((els) =>
    els.map((el, i) => ({ i, cut: el.scrollWidth > el.clientWidth + 1, text: el.textContent ?? '', title: el.getAttribute('title') ?? '' })),
  );
  const cut = all.filter((b) => b.cut);
  // The strip does cut names at this width: the case is real.
  expect(cut.length).toBeGreaterThan(0);
  for (const c of cut) {
    // The text (the accessible name) is the whole name; only the layout hides its end.
    expect(c.text).not.toContain('…');
    expect(c.title.startsWith(c.text)).toBe(true);
  }
  // On focus the line wraps, so the whole name is on screen.
  const first = buttons.nth(cut[0]!.i);
  await first.focus();
  await expect.poll(() => first.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
});
