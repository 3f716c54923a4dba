// A talk on a projector: at 1280×720 and 1920×1080, in English and Chinese, every step of every
// built-in chapter fits its caption card (nothing scrolls or is cut off), the controls are on the
// screen, the type is large enough for the back of a hall, the whole text and every figure are
// shown across the chapter's steps, list items never straddle two columns, and the camera keeps
// clear of the card.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fetchData, test, waitForMapIdle, type TestWindow } from './helpers';
import { CARD, stepOf } from './tour-helpers';

interface Chapter {
  id: string;
  text: { en: string; zh: string };
  facts: string[];
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Everything measured on one step of one chapter, in the page. */
interface StepMeasure {
  card: { scroll: number; client: number; right: number };
  body: { scroll: number; client: number };
  outside: string[];
  fonts: { body: number[]; figure: number[]; small: number[] };
  text: string;
  figures: number;
  straddling: string[];
  paddingLeft: number;
}

function measureStep(page: Page): Promise<StepMeasure> {
  return page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.presenter__card')!;
    const body = card.querySelector<HTMLElement>('.presenter__body')!;
    const px = (sel: string) => [...card.querySelectorAll<HTMLElement>(`:scope > :not(.presenter__measure) ${sel}`)].map((el) => parseFloat(getComputedStyle(el).fontSize));
    const inView = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
    const outside = [...card.querySelectorAll<HTMLElement>('.presenter__controls button, .presenter__keys')]
      .filter((el) => !inView(el.getBoundingClientRect()))
      .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? '?');
    // A grid list: each item inside its list's box and no two items overlapping.
    const straddling: string[] = [];
    for (const list of body.querySelectorAll<HTMLElement>('.presenter__unmapped, .presenter__figures')) {
      const box = list.getBoundingClientRect();
      const items = [...list.children].map((li) => li.getBoundingClientRect());
      items.forEach((r, i) => {
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) straddling.push(`item ${i} outside its list`);
        items.slice(i + 1).forEach((o, j) => {
          if (r.left < o.right - 0.5 && o.left < r.right - 0.5 && r.top < o.bottom - 0.5 && o.top < r.bottom - 0.5) straddling.push(`items ${i} and ${i + j + 1} overlap`);
        });
      });
    }
    const map = (window as TestWindow).__talentMap;
    return {
      card: { scroll: card.scrollHeight, client: card.clientHeight, right: card.getBoundingClientRect().right },
      body: { scroll: body.scrollHeight, client: body.clientHeight },
      outside,
      fonts: {
        body: px('.presenter__text'),
        figure: px('.figure__value'),
        small: px('.presenter__sources, .presenter__keys, .presenter__progress, .figure__meta, .figure__label'),
      },
      text: body.querySelector('[data-testid="tour-caption"]')?.textContent ?? '',
      figures: body.querySelectorAll('.presenter__figures > li').length,
      straddling,
      paddingLeft: map?.getPadding().left ?? -1,
    };
  });
}

for (const size of SIZES) {
  for (const lang of ['en', 'zh'] as const) {
    test(`every chapter fits at ${size.width}×${size.height} in ${lang}`, { timeout: 240_000 }, async ({ open }) => {
      const chapters = (await fetchData<{ chapters: Chapter[] }>('tour.json')).chapters;
      const s = await open({ viewport: size, reducedMotion: 'reduce' });
      await s.goto(`?mode=present${lang === 'zh' ? '&lang=zh' : ''}`);
      await waitForMapIdle(s.page);
      await s.page.evaluate(() => document.fonts.ready.then(() => undefined));
      // Type scales with the screen from its floors at 1280×720.
      const scale = size.height / 720;
      const problems: string[] = [];

      for (const [i, chapter] of chapters.entries()) {
        await s.page.locator(`.presenter[data-chapter="${i + 1}"]`).waitFor();
        if (chapter.facts.length > 0) await s.page.locator(`${CARD} .presenter__figure-pending`).first().waitFor({ state: 'detached' });
        const { steps } = await stepOf(s.page);
        let text = '';
        let figures = 0;
        for (let step = 1; step <= steps; step++) {
          await s.page.locator(`${CARD}[data-step="${step}"]`).waitFor();
          const m = await measureStep(s.page);
          const where = `chapter ${i + 1} (${chapter.id}) step ${step}/${steps}`;
          if (m.card.scroll > m.card.client) problems.push(`${where}: card overflows by ${m.card.scroll - m.card.client} px`);
          if (m.body.scroll > m.body.client) problems.push(`${where}: caption overflows by ${m.body.scroll - m.body.client} px`);
          if (m.outside.length) problems.push(`${where}: off screen: ${m.outside.join(', ')}`);
          if (m.straddling.length) problems.push(`${where}: ${m.straddling.join('; ')}`);
          for (const f of m.fonts.body) if (f < 24 * scale - 0.5) problems.push(`${where}: body text ${f} px`);
          for (const f of m.fonts.figure) if (f < 36 * scale - 0.5) problems.push(`${where}: figure ${f} px`);
          for (const f of m.fonts.small) if (f < 16 * scale - 0.5) problems.push(`${where}: small print ${f} px`);
          // The camera keeps clear of the card: the map's padding is the card's real width.
          if (Math.abs(m.paddingLeft - m.card.right) > 2) problems.push(`${where}: map padding ${m.paddingLeft} px, card ends at ${m.card.right} px`);
          text += m.text;
          figures += m.figures;
          if (step < steps) await s.page.keyboard.press('PageDown');
        }
        // Across its steps the chapter says all it has to say, once, and shows every figure.
        expect(text.replace(/\s+/g, ''), `chapter ${i + 1} text`).toBe(chapter.text[lang].replace(/\s+/g, ''));
        expect(figures, `chapter ${i + 1} figures`).toBe(chapter.facts.length);
        if (i + 1 < chapters.length) await s.page.keyboard.press('PageDown');
      }
      expect(problems).toEqual([]);
    });
  }
}
