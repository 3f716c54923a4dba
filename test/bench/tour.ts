// Presenter-mode figures for `npm run bench`:
//   - key press → end of the chapter transition, with reduced motion (the camera jumps): from a
//     keydown that opens the next chapter (a long chapter's further steps are stepped through
//     untimed first) the presenter handles to the map's `map-directed-move-end` mark, which it sets once
//     the move has ended and the map is idle again (the new chapter fully drawn);
//   - the size of the offline cache: the bytes of every file the service worker precaches.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

type BenchWindow = Window & { __talentMap?: { once: (type: string, fn: () => void) => void } };

/** Per press: to the first frame drawn at the new camera, and to the end of the transition (idle). */
export interface PressTiming {
  firstFrameMs: number;
  endMs: number;
}

export async function keyToChapterEnd(browser: Browser, url: string, presses: number, viewport: { width: number; height: number }): Promise<PressTiming[]> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block', reducedMotion: 'reduce' });
  // See run.ts: tsx's keepNames helper must exist in the page too.
  await context.addInitScript('globalThis.__name = (f) => f;');
  try {
    const page = await context.newPage();
    await page.goto(new URL('?mode=present', url).href);
    await page.waitForFunction(
      () => performance.getEntriesByName('map-first-idle').length > 0 && (window as BenchWindow).__talentMap !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    // The first chapter's own move must be over before the first timed press.
    await page.waitForFunction(() => performance.getEntriesByName('map-directed-move-end').length > 0, undefined, { timeout: 30_000 });
    const times: PressTiming[] = [];
    for (let i = 0; i < presses; i++) {
      // A long chapter continues over steps on this screen (no camera move): step through them
      // untimed, so the timed press is the one that opens the next chapter.
      await page.evaluate(async () => {
        const card = () => document.querySelector<HTMLElement>('.presenter__card');
        for (let guard = 0; guard < 10; guard++) {
          const el = card();
          if (!el || Number(el.dataset.step) >= Number(el.dataset.steps)) return;
          const before = el.dataset.step;
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
          while (card()?.dataset.step === before) await new Promise((r) => requestAnimationFrame(r));
        }
      });
      const ms = await page.evaluate(
        () =>
          new Promise<PressTiming>((done) => {
            const timer = setTimeout(() => done({ firstFrameMs: NaN, endMs: NaN }), 10_000);
            const map = (window as BenchWindow).__talentMap!;
            let firstFrameMs = NaN;
            map.once('moveend', () => map.once('render', () => (firstFrameMs = performance.now() - t0)));
            const t0 = performance.now();
            window.addEventListener(
              'map-directed-move-end',
              () => {
                clearTimeout(timer);
                done({ firstFrameMs, endMs: performance.now() - t0 });
              },
              { once: true },
            );
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
          }),
      );
      times.push(ms);
    }
    return times;
  } finally {
    await context.close();
  }
}

/** Precached files as the built service worker lists them, with their sizes in dist/. */
export function offlineCache(dist: string): { files: number; bytes: number; largest: { url: string; bytes: number }[] } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
  if (urls.length === 0) throw new Error('dist/sw.js lists no precached files');
  const sized = urls.map((u) => ({ url: u, bytes: statSync(join(dist, u)).size }));
  // The worker itself and its Workbox runtime are stored by the browser too.
  const workerBytes = readdirSync(dist)
    .filter((f) => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f))
    .reduce((a, f) => a + statSync(join(dist, f)).size, 0);
  return {
    files: sized.length,
    bytes: sized.reduce((a, f) => a + f.bytes, 0) + workerBytes,
    largest: [...sized].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  };
}
