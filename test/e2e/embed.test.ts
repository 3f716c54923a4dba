// The embed as a district portal meets it: a real host page on another origin (a second localhost
// port) frames the built app, talks to it with postMessage, and a third origin tries to as well.
// The app is served from a copy of dist/ whose embed-config.json allows the host's origin only —
// the same file an operator edits in a deployment.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { differingFraction, mapCamera, settleMap, test, type Session, type TestWindow } from './helpers';
import { PNG } from 'pngjs';
import { CHANGNING } from './app';
import { COMMAND, settle, startEmbedWorld, waitForReady, type EmbedWindow, type EmbedWorld, type HostWindow } from './embed-host';

let world: EmbedWorld;
let app: EmbedWorld['app'];
let host: EmbedWorld['host'];
let third: EmbedWorld['third'];
let root: string;
const hostUrl = (q: string, withThird = false) => world.hostUrl(q, withThird);

beforeAll(async () => {
  world = await startEmbedWorld();
  ({ app, host, third, root } = world);
});

afterAll(async () => {
  await world?.close();
});

function selectedState(frame: Frame, fid: number): Promise<boolean> {
  return frame.evaluate((id) => (window as TestWindow).__talentMap!.getFeatureState({ source: 'districts', id }).selected === true, fid);
}

/** Opens the host page framing the embed; returns the embed's frame once it is ready. */
async function openInHost(s: Session): Promise<Frame> {
  await s.goto(hostUrl('?mode=embed'));
  return waitForReady(s.page);
}

/** The host posts a command to the embed. */
function hostSends(s: Session, body: Record<string, unknown>): Promise<void> {
  return s.page.evaluate((cmd) => (window as unknown as HostWindow).send(cmd), { ...COMMAND, ...body });
}

const SELECT_CHANGNING = { command: 'select', selection: { kind: 'district', id: CHANGNING.code } } as const;

/** The host selects Changning, then switches the embed to Chinese; returns the embed's frame. */
async function hostSelectsChangningInChinese(s: Session): Promise<Frame> {
  const frame = await openInHost(s);
  await hostSends(s, SELECT_CHANGNING);
  await frame.locator('.embed__selection').getByText(CHANGNING.en, { exact: true }).waitFor();
  await hostSends(s, { command: 'set-language', lang: 'zh' });
  await frame.locator('.embed__selection').getByText(CHANGNING.zh, { exact: true }).waitFor();
  return frame;
}

test('the host selects Changning and the embed shows it, centred on it', async ({ open }) => {
  const s = await open();
  const frame = await openInHost(s);
  await hostSends(s, SELECT_CHANGNING);

  await frame.locator('.embed__selection').getByText(CHANGNING.en, { exact: true }).waitFor();
  await expect.poll(() => selectedState(frame, Number(CHANGNING.code))).toBe(true);
  // The camera went to Changning: its centre is now inside the district's bounding box.
  await settle(frame);
  const centre = await frame.evaluate(() => (window as TestWindow).__talentMap!.getCenter().toArray());
  expect(centre[0]).toBeGreaterThan(121.33);
  expect(centre[0]).toBeLessThan(121.46);
  expect(centre[1]).toBeGreaterThan(31.17);
  expect(centre[1]).toBeLessThan(31.24);
});

test('the host hears about the selection it made', async ({ open }) => {
  const s = await open();
  await openInHost(s);
  await hostSends(s, SELECT_CHANGNING);
  await expect
    .poll(() => s.page.evaluate(() => (window as unknown as HostWindow).events.find((e) => e.event === 'selection-changed')?.selection ?? null))
    .toMatchObject({ kind: 'district', id: CHANGNING.code, name_en: CHANGNING.en });
});

test('the host switches the embed to Chinese: the chrome and the gesture hint follow, and the host hears of it', async ({ open }) => {
  const s = await open();
  const frame = await hostSelectsChangningInChinese(s);
  await frame.getByRole('link', { name: '打开完整地图' }).waitFor();
  await expect.poll(() => frame.locator('.maplibregl-desktop-message').textContent()).toBe('按住 Ctrl 并滚动以缩放地图');
  await expect
    .poll(() => s.page.evaluate(() => (window as unknown as HostWindow).events.some((e) => e.event === 'view-changed' && (e as { view?: { lang?: string } }).view?.lang === 'zh')))
    .toBe(true);
});

test('"Open full map" opens the same view in the full app, in a new tab, without the embed’s own parameters', async ({ open }) => {
  const s = await open();
  const frame = await hostSelectsChangningInChinese(s);
  const href = new URL((await frame.getByRole('link', { name: '打开完整地图' }).getAttribute('href'))!);
  expect(href.origin).toBe(new URL(app.url).origin);
  expect(href.searchParams.get('sel')).toBe(`district:${CHANGNING.code}`);
  expect(href.searchParams.get('lang')).toBe('zh');
  expect(href.searchParams.has('mode')).toBe(false);
  expect(await frame.getByRole('link', { name: '打开完整地图' }).getAttribute('target')).toBe('_blank');
});

test('a click on a site in the embed reaches the host as an event', async ({ open }) => {
  const s = await open();
  await s.goto(hostUrl('?mode=embed'));
  const frame = await waitForReady(s.page);
  const sites = (await (await fetch(new URL('data/sites.json', app.url))).json()) as {
    sites: { id: string; lon: number | null; lat: number | null; precision_m: number | null; layer: string }[];
  };
  const target = sites.sites.find((x) => x.lon !== null && x.lat !== null && (x.precision_m ?? 0) <= 250)!;
  const ll: [number, number] = [target.lon!, target.lat!];
  await frame.evaluate((c) => (window as TestWindow).__talentMap!.jumpTo({ center: c, zoom: 15 }), ll);
  await settle(frame);
  const p = await frame.evaluate((c) => (window as TestWindow).__talentMap!.project(c), ll);
  const box = (await s.page.locator('#map').boundingBox())!;
  await s.page.mouse.click(box.x + p.x, box.y + p.y);

  await expect
    .poll(() => s.page.evaluate(() => (window as unknown as HostWindow).events.filter((e) => e.event === 'selection-changed').at(-1)?.selection ?? null))
    .toMatchObject({ kind: 'site' });
  const picked = await s.page.evaluate(() => (window as unknown as HostWindow).events.filter((e) => e.event === 'selection-changed').at(-1)!.selection!);
  // The clicked place: the target or a site drawn at the same spot.
  const at = sites.sites.find((x) => x.id === picked.id)!;
  expect(Math.abs(at.lon! - target.lon!) + Math.abs(at.lat! - target.lat!)).toBeLessThan(0.0005);
});

test('a message from a third origin, and a malformed one from the host, change nothing', async ({ open }) => {
  const s = await open();
  let dialogs = 0;
  s.page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await s.goto(hostUrl('?mode=embed', true));
  const frame = await waitForReady(s.page);
  await settle(frame);
  const before = await frame.evaluate(() => (window as TestWindow).__talentMap!.getCenter().toArray());
  const thirdFrame = s.page.frames().find((f) => f.url().startsWith(third.url))!;
  await thirdFrame.waitForFunction(() => typeof (window as unknown as { attack?: unknown }).attack === 'function');

  // Well-formed commands, from an origin that is not on the allowlist.
  await thirdFrame.evaluate((cmds) => {
    for (const c of cmds) (window as unknown as { attack: (m: unknown) => void }).attack(c);
  }, [
    { ...COMMAND, command: 'select', selection: { kind: 'district', id: '310115' } },
    { ...COMMAND, command: 'set-language', lang: 'zh' },
    { ...COMMAND, command: 'set-layers', hide: ['changning', 'districts'] },
  ]);
  // Malformed, from the allowed host: markup in an id, an unknown command, a future version.
  await s.page.evaluate((cmds) => {
    for (const c of cmds) (window as unknown as HostWindow).send(c);
  }, [
    { ...COMMAND, command: 'select', selection: { kind: 'district', id: '<img src=x onerror=alert(1)>' } },
    { ...COMMAND, command: 'eval', code: 'alert(1)' },
    { ...COMMAND, version: 2, command: 'set-language', lang: 'zh' },
  ]);

  await frame.waitForFunction(() => {
    const d = (window as EmbedWindow).__talentMapEmbedDebug;
    return d !== undefined && d['origin-not-allowed']! >= 3 && d.malformed! >= 2 && d['unsupported-version']! >= 1;
  });
  const debug = await frame.evaluate(() => (window as EmbedWindow).__talentMapEmbedDebug!);
  expect(debug.accepted).toBe(0);
  expect(await frame.locator('.embed__selection').count()).toBe(0);
  expect(await frame.getByRole('link', { name: 'Open full map' }).count()).toBe(1);
  expect(await frame.evaluate(() => (window as TestWindow).__talentMap!.getLayoutProperty('districts-fill', 'visibility') ?? 'visible')).toBe('visible');
  expect(await frame.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  expect(await frame.evaluate(() => (window as TestWindow).__talentMap!.getCenter().toArray())).toEqual(before);
  // Nothing but the frame's own news (ready, and its content height for auto-height pages).
  expect(await s.page.evaluate(() => (window as unknown as HostWindow).events.filter((e) => e.event !== 'ready' && e.event !== 'resize').length)).toBe(0);
  expect(dialogs).toBe(0);
});

test('the wheel over the embed scrolls the host page, and the map stays put', async ({ open }) => {
  const s = await open({ viewport: { width: 800, height: 600 } });
  await s.goto(hostUrl('?mode=embed'));
  const frame = await waitForReady(s.page);
  await settle(frame);
  const zoom = await frame.evaluate(() => (window as TestWindow).__talentMap!.getZoom());
  const box = (await s.page.locator('#map').boundingBox())!;
  await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await s.page.mouse.wheel(0, 400);
  await s.page.waitForFunction(() => window.scrollY > 0);
  await settle(frame);
  expect(await frame.evaluate(() => (window as TestWindow).__talentMap!.getZoom())).toBe(zoom);
  // The frame itself never scrolls.
  expect(await frame.evaluate(() => [document.documentElement.scrollHeight <= innerHeight, document.documentElement.scrollWidth <= innerWidth])).toEqual([true, true]);
});

test('the embed code, pasted into a blank page, shows what the preview shows', async ({ open }) => {
  const s = await open();
  await s.goto(new URL(`?sel=district:${CHANGNING.code}`, app.url).href);
  const button = s.page.getByRole('button', { name: 'Share or embed' });
  await button.click();
  const dialog = s.page.getByRole('dialog', { name: 'Share and embed this view' });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await dialog.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await dialog.getByRole('checkbox', { name: 'Universities and institutes' }).uncheck();
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).toContain('theme=dark');
  expect(snippet).toMatch(/<iframe [^>]*title="上海人才地图：长宁区"[^>]*loading="lazy"[^>]*allowfullscreen/);

  const previewBox = (await dialog.getByTestId('embed-preview').boundingBox())!;
  await s.page.mouse.move(0, 0);
  const previewFrame = () => s.page.frames().find((f) => f.url().includes('mode=embed') && f.url().includes('theme=dark'));
  await expect.poll(() => previewFrame() !== undefined).toBe(true);
  await previewFrame()!.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0 && (window as TestWindow).__talentMap !== undefined, undefined, { timeout: 30_000 });
  await settle(previewFrame()!);
  const previewShot = PNG.sync.read(await dialog.getByTestId('embed-preview').locator('iframe').screenshot());
  const previewCam = await previewFrame()!.evaluate(() => {
    const m = (window as TestWindow).__talentMap!;
    return { c: m.getCenter().toArray(), z: m.getZoom() };
  });

  // Escape closes the dialog and gives focus back to the button.
  await s.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

  const pasted = join(root, 'host', 'pasted.html');
  writeFileSync(pasted, `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body style="margin:0"><div style="width:${previewBox.width}px">${snippet}</div></body></html>`);
  const b = await open();
  await b.goto(new URL('pasted.html', host.url).href);
  const frame = () => b.page.frames().find((f) => f.url().includes('mode=embed'));
  await expect.poll(() => frame() !== undefined).toBe(true);
  await frame()!.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0 && (window as TestWindow).__talentMap !== undefined, undefined, { timeout: 30_000 });
  await settle(frame()!);
  const cam = await frame()!.evaluate(() => {
    const m = (window as TestWindow).__talentMap!;
    return { c: m.getCenter().toArray(), z: m.getZoom() };
  });
  expect(cam.z).toBeCloseTo(previewCam.z, 6);
  expect(cam.c[0]).toBeCloseTo(previewCam.c[0]!, 6);
  expect(cam.c[1]).toBeCloseTo(previewCam.c[1]!, 6);
  await frame()!.locator('.embed__selection').getByText(CHANGNING.zh, { exact: true }).waitFor();
  expect(await frame()!.locator('.embed').getAttribute('data-theme')).toBe('dark');
  const shot = PNG.sync.read(await b.page.locator('iframe').screenshot());
  expect(differingFraction(shot, previewShot)).toBeLessThan(0.01);
});

/** Opens a 320×240 embed of Changning that visitors cannot pan or zoom. */
async function openSmallStillEmbed(s: Session): Promise<void> {
  await s.goto(new URL('?mode=embed&interactive=0&sel=district:310105&layers=changning,districts', app.url).href);
  await s.page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0 && (window as TestWindow).__talentMap !== undefined);
}

test('at 320×240 everything fits the frame', async ({ open }) => {
  const s = await open({ viewport: { width: 320, height: 240 } });
  await openSmallStillEmbed(s);
  const rects = await s.page.evaluate(() =>
    Object.fromEntries(
      ['.talent-map', '.embed__bar', '.embed__open', '.talent-map__attribution', '.embed__selection'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return [sel, { top: r.top, bottom: r.bottom, left: r.left, right: r.right }];
      }),
    ),
  );
  for (const [sel, r] of Object.entries(rects)) {
    expect(r.left, sel).toBeGreaterThanOrEqual(0);
    expect(r.right, sel).toBeLessThanOrEqual(320);
    expect(r.top, sel).toBeGreaterThanOrEqual(0);
    expect(r.bottom, sel).toBeLessThanOrEqual(240);
  }
  // The map ends where the bar begins, and the attribution sits on the map, not under the bar.
  expect(rects['.talent-map']!.bottom).toBeLessThanOrEqual(rects['.embed__bar']!.top);
  expect(rects['.talent-map__attribution']!.bottom).toBeLessThanOrEqual(rects['.embed__bar']!.top);
});

test('interactive=0 shows no zoom button, and no gesture moves the map', async ({ open }) => {
  const s = await open({ viewport: { width: 320, height: 240 } });
  await openSmallStillEmbed(s);
  expect(await s.page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(false);

  await settleMap(s.page);
  const before = await mapCamera(s.page);
  await s.page.mouse.move(160, 100);
  await s.page.keyboard.down('Control');
  await s.page.mouse.wheel(0, -500);
  await s.page.keyboard.up('Control');
  await s.page.mouse.down();
  await s.page.mouse.move(60, 60, { steps: 5 });
  await s.page.mouse.up();
  await s.page.dblclick('canvas.maplibregl-canvas', { position: { x: 160, y: 100 } });
  await settleMap(s.page);
  expect(await mapCamera(s.page)).toEqual(before);
});

test('a data file that fails is named in the embed with a Retry that recovers it', async ({ open }) => {
  const s = await open({ viewport: { width: 400, height: 300 } });
  await s.page.route('**/data/sites.json', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }));
  await s.goto(new URL('?mode=embed', app.url).href);
  const alert = s.page.getByRole('alert').filter({ hasText: 'sites.json' });
  await alert.waitFor();
  await s.page.unroute('**/data/sites.json');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await alert.waitFor({ state: 'detached' });
  await s.page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0);
});
