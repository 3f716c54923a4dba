// `npm run bench` (last part), or alone with `npx tsx test/bench/soak.ts`: a kiosk soak. The built
// app runs the tour in presenter mode with autoplay, looping, with motion on (the camera flies as on
// a real kiosk), for SOAK_MINUTES (default 3). Each time the tour wraps from its last chapter back to
// the first, it records through the DevTools protocol:
//   - JS heap used after a forced GC (the page's main thread; MapLibre's workers are not included)
//   - DOM nodes and JS event listeners (Memory.getDOMCounters)
//   - performance entries (performance.getEntries().length, and by type)
// A leak shows as a figure that climbs loop after loop. Prints a table per loop and a summary,
// writes test/bench/results/soak.json and exits 0 whatever the growth: it is a measurement, not a
// gate. It exits non-zero only when it cannot measure (no build, no map, autoplay never looped).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { startStaticServer } from '../e2e/static-server';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
// BENCH_DIST: soak another build than dist/ (as run.ts allows).
const DIST = resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist'));
const RESULTS = join(HERE, 'results');

const MINUTES = Number(process.env.SOAK_MINUTES ?? 3);
// Short enough for several loops in a few minutes, long enough for the 1.6 s flight to land and the
// new view to be drawn before the next chapter starts, as a viewer would see it.
const AUTOPLAY_S = Number(process.env.SOAK_AUTOPLAY ?? 3);
// The size the other presenter figures are taken at; the tour scales its cameras to the screen.
const VIEWPORT = { width: 1280, height: 800 };
const POLL_MS = 250;

const MB = 1024 * 1024;

interface Sample {
  /** 0 is the baseline once the map is first drawn; n is taken as loop n wraps to chapter 1. */
  loop: number;
  atS: number;
  loopS: number | null;
  chapters: number;
  heapUsedMb: number;
  heapTotalMb: number;
  domNodes: number;
  documents: number;
  listeners: number;
  perfEntries: number;
  perfByType: Record<string, number>;
}

type Figure = 'heapUsedMb' | 'domNodes' | 'listeners' | 'perfEntries';
const FIGURES: { key: Figure; label: string; digits: number }[] = [
  { key: 'heapUsedMb', label: 'JS heap after GC (MB)', digits: 2 },
  { key: 'domNodes', label: 'DOM nodes', digits: 0 },
  { key: 'listeners', label: 'JS event listeners', digits: 0 },
  { key: 'perfEntries', label: 'performance entries', digits: 0 },
];

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Least-squares slope of y over x: one noisy loop moves it less than a first-to-last difference. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

/** The chapter the presenter shows, from its URL: chapter 1 leaves the parameter out. */
async function readState(page: Page): Promise<{ presenting: boolean; autoplay: boolean; chapter: number }> {
  return page.evaluate(() => {
    const q = new URLSearchParams(location.search);
    return { presenting: q.get('mode') === 'present', autoplay: q.has('autoplay'), chapter: Number(q.get('chapter') ?? 1) };
  });
}

async function sample(page: Page, cdp: CDPSession, loop: number, atS: number, loopS: number | null, chapters: number): Promise<Sample> {
  // Twice: objects kept alive only by finalizers or weak callbacks of the first pass go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const perf = await page.evaluate(() => {
    const byType: Record<string, number> = {};
    const all = performance.getEntries();
    for (const e of all) byType[e.entryType] = (byType[e.entryType] ?? 0) + 1;
    return { count: all.length, byType };
  });
  return {
    loop,
    atS: round(atS, 1),
    loopS: loopS === null ? null : round(loopS, 1),
    chapters,
    heapUsedMb: round(heap.usedSize / MB, 2),
    heapTotalMb: round(heap.totalSize / MB, 2),
    domNodes: dom.nodes,
    documents: dom.documents,
    listeners: dom.jsEventListeners,
    perfEntries: perf.count,
    perfByType: perf.byType,
  };
}

function printRow(s: Sample): void {
  const cells = [
    s.loop === 0 ? 'start' : String(s.loop),
    `${s.atS.toFixed(0)} s`,
    s.loopS === null ? '' : `${s.loopS.toFixed(1)} s`,
    s.heapUsedMb.toFixed(2),
    String(s.domNodes),
    String(s.listeners),
    `${s.perfEntries} (${Object.entries(s.perfByType).map(([k, v]) => `${k} ${v}`).join(', ')})`,
  ];
  const w = [7, 8, 9, 15, 11, 11];
  console.log(cells.map((c, i) => (i < w.length ? c.padEnd(w[i]!) : c)).join(''));
}

async function main(): Promise<void> {
  if (!Number.isFinite(MINUTES) || MINUTES <= 0) throw new Error(`SOAK_MINUTES must be a positive number, not ${process.env.SOAK_MINUTES}`);
  if (!Number.isInteger(AUTOPLAY_S) || AUTOPLAY_S < 2) throw new Error('SOAK_AUTOPLAY must be a whole number of seconds, 2 or more (the app ignores less).');
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No index.html in ${DIST}: run npm run build first (or set BENCH_DIST).`);

  const server = await startStaticServer(DIST);
  const browser = await launchChromium();
  try {
    // Service workers blocked as in run.ts: the precache download would only add noise to loop 1.
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block', reducedMotion: 'no-preference' });
    // See run.ts: tsx's keepNames helper must exist in the page too.
    await context.addInitScript('globalThis.__name = (f) => f;');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);

    console.log(`Kiosk soak: Chromium ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, autoplay ${AUTOPLAY_S} s a chapter, ${MINUTES} min`);
    const t0 = Date.now();
    const elapsedS = () => (Date.now() - t0) / 1000;
    await page.goto(new URL(`?mode=present&autoplay=${AUTOPLAY_S}`, server.url).href);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 60_000 });
    const chapterCount = await page.locator('.presenter__bar').getAttribute('aria-valuemax').then(Number);

    const head = ['loop', 'at', 'took', 'heap MB (GC)', 'DOM nodes', 'listeners', 'perf entries'];
    console.log(`\n${head.map((c, i) => (i < 6 ? c.padEnd([7, 8, 9, 15, 11, 11][i]!) : c)).join('')}`);
    const samples: Sample[] = [];
    let state = await readState(page);
    const baseline = await sample(page, cdp, 0, elapsedS(), null, 0);
    samples.push(baseline);
    printRow(baseline);

    let loopStart = 0;
    // The tour may have moved on before the map's first frame; autoplay only goes forward, so every
    // chapter up to this one has been shown.
    let chaptersThisLoop = new Set(Array.from({ length: state.chapter }, (_, i) => i + 1));
    let lastChange = Date.now();
    // A stall is a chapter held far longer than its interval: autoplay stopped or the page hung.
    const stallMs = AUTOPLAY_S * 4_000 + 30_000;
    while (elapsedS() < MINUTES * 60) {
      await page.waitForTimeout(POLL_MS);
      const now = await readState(page);
      if (!now.presenting || !now.autoplay) throw new Error(`Autoplay stopped (URL ${page.url()}): the tour no longer loops by itself.`);
      if (now.chapter === state.chapter) {
        if (Date.now() - lastChange > stallMs) throw new Error(`Stuck on chapter ${now.chapter} for ${(stallMs / 1000).toFixed(0)} s.`);
        continue;
      }
      lastChange = Date.now();
      const wrapped = now.chapter < state.chapter;
      state = now;
      if (!wrapped) {
        chaptersThisLoop.add(now.chapter);
        continue;
      }
      const at = elapsedS();
      const s = await sample(page, cdp, samples.length, at, at - loopStart, chaptersThisLoop.size);
      samples.push(s);
      printRow(s);
      loopStart = at;
      chaptersThisLoop = new Set([now.chapter]);
    }

    const loops = samples.filter((s) => s.loop > 0);
    if (loops.length === 0) throw new Error(`No full loop of the tour in ${MINUTES} min: nothing to compare (raise SOAK_MINUTES).`);
    const first = loops[0]!;
    const last = loops.at(-1)!;
    const partial = loops.filter((s) => s.chapters !== chapterCount).map((s) => s.loop);

    console.log(`\nSummary: ${loops.length} loop(s) of ${chapterCount} chapters in ${MINUTES} min; loop ${first.loop} → loop ${last.loop}`);
    const summary: Record<string, { first: number; last: number; perLoop: number | null }> = {};
    for (const f of FIGURES) {
      const perLoop = slope(
        loops.map((s) => s.loop),
        loops.map((s) => s[f.key]),
      );
      summary[f.key] = { first: first[f.key], last: last[f.key], perLoop: Number.isFinite(perLoop) ? round(perLoop, 3) : null };
      const growth = Number.isFinite(perLoop) ? `${perLoop >= 0 ? '+' : ''}${perLoop.toFixed(f.digits + 1)} per loop` : 'one loop only: no trend';
      console.log(`  ${f.label.padEnd(24)}${first[f.key].toFixed(f.digits)} → ${last[f.key].toFixed(f.digits)}   (${growth})`);
    }
    if (partial.length) console.log(`  loop(s) ${partial.join(', ')} did not show every chapter (a poll missed one, or the page stalled).`);
    if (errors.length) console.log(`  ${errors.length} page error(s): ${[...new Set(errors)].slice(0, 3).join('; ')}`);

    mkdirSync(RESULTS, { recursive: true });
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      viewport: VIEWPORT,
      minutes: MINUTES,
      autoplaySeconds: AUTOPLAY_S,
      reducedMotion: false,
      chapters: chapterCount,
      loops: loops.length,
      summary,
      samples,
      pageErrors: errors,
    };
    writeFileSync(join(RESULTS, 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log('Written: test/bench/results/soak.json');
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
