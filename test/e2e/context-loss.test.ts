// A real lost WebGL context (WEBGL_lose_context), as projectors and kiosks have them: the map says
// so instead of going silently white, and when the context comes back the map shows what the
// store says, including changes made while it was dark.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHANGNING, districtButton, layerCheckbox, showTab } from './app';
import { MAP_CANVAS, test, waitForMapIdle, type TestWindow } from './helpers';

const XUHUI = { code: '310104', en: 'Xuhui' } as const;
type LoseWindow = TestWindow & { __lose?: { loseContext(): void; restoreContext(): void } };

async function loseContext(page: Page): Promise<void> {
  await page.evaluate((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(sel)!;
    // The map's own context: getContext returns the one MapLibre created.
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const ext = gl!.getExtension('WEBGL_lose_context')!;
    (window as LoseWindow).__lose = ext;
    ext.loseContext();
  }, MAP_CANVAS);
}

const contextNotice = (page: Page) => page.getByRole('alert').filter({ hasText: 'The map was interrupted' });

test('a lost drawing context is announced over the map', async ({ open }) => {
  const s = await open();
  await s.goto(`?sel=district:${CHANGNING.code}`);
  await waitForMapIdle(s.page);
  await loseContext(s.page);
  await contextNotice(s.page).waitFor();
  // The rest of the page keeps working while the map is dark.
  await districtButton(s.page, XUHUI.en).click();
  await s.page.getByRole('heading', { level: 2, name: XUHUI.en, exact: true }).waitFor();
});

test('when the context returns, the map shows the layers and selection changed while it was lost', async ({ open }) => {
  const s = await open();
  await s.goto(`?sel=district:${CHANGNING.code}`);
  await waitForMapIdle(s.page);
  await s.page.evaluate(() => ((window as unknown as { __firstMap: unknown }).__firstMap = (window as TestWindow).__talentMap));
  await loseContext(s.page);
  await contextNotice(s.page).waitFor();

  await showTab(s.page, 'Layers');
  await layerCheckbox(s.page, 'Pudong').uncheck();
  await showTab(s.page, 'Find');
  await districtButton(s.page, XUHUI.en).click();
  await s.page.evaluate(() => (window as LoseWindow).__lose!.restoreContext());

  await contextNotice(s.page).waitFor({ state: 'detached' });
  // A fresh map, built from the store.
  await s.page.waitForFunction(() => {
    const w = window as unknown as { __firstMap: unknown } & TestWindow;
    return w.__talentMap !== undefined && w.__talentMap !== w.__firstMap;
  });
  await waitForMapIdle(s.page);
  const state = await s.page.evaluate(
    ([xuhui, changning]) => {
      const map = (window as TestWindow).__talentMap!;
      const pudongLayers = map
        .getStyle()
        .layers.filter((l) => l.id.includes('pudong'))
        .map((l) => map.getLayoutProperty(l.id, 'visibility') ?? 'visible');
      return {
        xuhui: map.getFeatureState({ source: 'districts', id: xuhui }).selected === true,
        changning: map.getFeatureState({ source: 'districts', id: changning }).selected === true,
        pudongLayers,
      };
    },
    [Number(XUHUI.code), Number(CHANGNING.code)],
  );
  expect(state.xuhui).toBe(true);
  expect(state.changning).toBe(false);
  expect(state.pudongLayers.length).toBeGreaterThan(0);
  expect(state.pudongLayers.every((v) => v === 'none')).toBe(true);
});

test('"Redraw the map" builds a new map when the context does not come back by itself', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  await s.page.evaluate(() => ((window as unknown as { __firstMap: unknown }).__firstMap = (window as TestWindow).__talentMap));
  await loseContext(s.page);
  await contextNotice(s.page).getByRole('button', { name: 'Redraw the map', exact: true }).click();
  await contextNotice(s.page).waitFor({ state: 'detached' });
  await s.page.waitForFunction(() => {
    const w = window as unknown as { __firstMap: unknown } & TestWindow;
    return w.__talentMap !== undefined && w.__talentMap !== w.__firstMap;
  });
  await waitForMapIdle(s.page);
});
