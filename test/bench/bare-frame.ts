// What one frame costs on this machine, as a yardstick for the selection's 16 ms budget: the bare
// MapLibre page (same style, same data, no app) sets a district's `selected` feature-state, and the
// time to MapLibre's `render` event is the frame that draws it. That is a lower bound for any app
// built on MapLibre here (SwiftShader draws on the CPU); printed as information, not a budget.
import type { Browser } from 'playwright-core';
import { median, round, type Row } from './rows';

export async function bareSelectionFrame(browser: Browser, url: string, viewport: { width: number; height: number }, n: number) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 60_000 });
    const ms = await page.evaluate(async (count) => {
      const map = (window as unknown as { __talentMap: import('maplibre-gl').Map }).__talentMap;
      const ids = [...new Set(map.querySourceFeatures('districts').map((f) => f.id))].filter((id) => id !== undefined);
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const feature = { source: 'districts', id: ids[i % ids.length]! };
        // Let the previous change's frames (and label fades) finish first (a repaint asked for, so
        // an idle event comes even when the map is idle already).
        const idle = new Promise((done) => map.once('idle', done as () => void));
        map.triggerRepaint();
        await idle;
        const t0 = performance.now();
        map.setFeatureState(feature, { selected: true });
        await new Promise((done) => map.once('render', done as () => void));
        out.push(performance.now() - t0);
        map.setFeatureState(feature, { selected: false });
      }
      return out;
    }, n);
    const row: Row = { metric: '(info) bare page: select → frame drawn', value: `${round(median(ms))} ms (${ms.length} changes)`, budget: 'no budget', pass: true };
    return { ms, row };
  } finally {
    await context.close();
  }
}
