// The embed's dark theme as a portal with a dark page shows it: every text readable (axe-core's
// contrast rule in the dark theme, with the chart, the card, the legend and the tables open), the
// chrome dark, and theme=auto following the page's prefers-color-scheme, live.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { mapScreenshot, settleMap, test, waitForMapIdle, type TestWindow } from './helpers';
import { CHANGNING } from './app';
import { startEmbedWorld, waitForReady, type EmbedWorld } from './embed-host';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let world: EmbedWorld;

beforeAll(async () => {
  world = await startEmbedWorld();
});

afterAll(async () => {
  await world?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's violations in a frame: contrast ones in full, others when serious or critical. */
async function violations(frame: Frame): Promise<string[]> {
  await frame.evaluate(readFileSync(axePath, 'utf8'));
  const found = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return found
    .filter((v) => v.id === 'color-contrast' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).slice(0, 4).join(' | ')}`);
}

/** Relative luminance of a CSS colour as the browser computes it (rgb()/rgba()). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function chromeColours(frame: Frame) {
  return frame.evaluate(() => {
    const bar = getComputedStyle(document.querySelector('.embed__bar')!);
    const chart = document.querySelector('.embed__chart');
    return {
      theme: document.querySelector('.embed')!.getAttribute('data-theme'),
      bar: bar.backgroundColor,
      ink: bar.color,
      chart: chart ? getComputedStyle(chart).backgroundColor : null,
    };
  });
}

test('the dark theme has no contrast violation: chart, details card, legend and tables open', async ({ open }) => {
  const s = await open({ viewport: { width: 800, height: 600 } });
  await s.goto(new URL(`?mode=embed&theme=dark&charts=1&title=Talent%20map&desc=Where%20the%20services%20are&sel=district:${CHANGNING.code}`, world.app.url).href);
  const frame = s.page.mainFrame();
  await s.page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0 && (window as TestWindow).__talentMap !== undefined);
  await s.page.getByTestId('metric-chart').waitFor();
  await s.page.locator('.embed__selection').getByRole('button', { name: CHANGNING.en }).click();
  await s.page.getByTestId('embed-card').locator('.figure').first().waitFor();
  await s.page.getByText('Legend').click();
  expect(await violations(frame)).toEqual([]);

  await s.page.getByRole('button', { name: 'View as table' }).click();
  await s.page.getByRole('table', { name: /Sites shown on the map/ }).waitFor();
  await s.page.getByRole('table', { name: /by district/ }).waitFor();
  expect(await violations(frame)).toEqual([]);
});

test('the dark theme is dark: bar and chart dark, text light', async ({ open }) => {
  const s = await open({ viewport: { width: 600, height: 400 } });
  await s.goto(new URL('?mode=embed&theme=dark&charts=1', world.app.url).href);
  await s.page.getByTestId('metric-chart').waitFor();
  const c = await chromeColours(s.page.mainFrame());
  expect(luminance(c.bar)).toBeLessThan(0.05);
  expect(luminance(c.chart!)).toBeLessThan(0.05);
  expect(luminance(c.ink)).toBeGreaterThan(0.6);
  // The chart's own text follows: district names and value labels are light on the dark panel.
  const fills = await s.page.evaluate(() =>
    [...document.querySelectorAll('.metric-chart__name, .metric-chart .recharts-label-list text')].slice(0, 4).map((el) => getComputedStyle(el).fill),
  );
  expect(fills.length).toBeGreaterThan(0);
  for (const f of fills) expect(luminance(f)).toBeGreaterThan(0.45);
});

test('theme=auto in a host page follows an emulated dark scheme, and back to light live', async ({ open }) => {
  const s = await open({ viewport: { width: 800, height: 600 } });
  await s.page.emulateMedia({ colorScheme: 'dark' });
  await s.goto(world.hostUrl('?mode=embed&theme=auto'));
  const frame = await waitForReady(s.page);
  await expect.poll(async () => (await chromeColours(frame)).theme).toBe('dark');
  expect(luminance((await chromeColours(frame)).bar)).toBeLessThan(0.05);

  await s.page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => (await chromeColours(frame)).theme).toBe('light');
  expect(luminance((await chromeColours(frame)).bar)).toBeGreaterThan(0.8);
});

/** The mean relative luminance of the map canvas as drawn (screenshot pixels). */
async function mapLuminance(page: import('playwright-core').Page): Promise<number> {
  const png = await mapScreenshot(page);
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4) sum += luminance(`rgb(${png.data[i]}, ${png.data[i + 1]}, ${png.data[i + 2]})`);
  return sum / (png.data.length / 4);
}

test('the dark theme draws the dark map, the light theme the light one', async ({ open }) => {
  const dark = await open({ viewport: { width: 600, height: 400 } });
  await dark.goto(new URL('?mode=embed&theme=dark', world.app.url).href);
  await waitForMapIdle(dark.page);
  await settleMap(dark.page);
  const light = await open({ viewport: { width: 600, height: 400 } });
  await light.goto(new URL('?mode=embed&theme=light', world.app.url).href);
  await waitForMapIdle(light.page);
  await settleMap(light.page);
  expect(await mapLuminance(dark.page)).toBeLessThan(0.15);
  expect(await mapLuminance(light.page)).toBeGreaterThan(0.5);
});
