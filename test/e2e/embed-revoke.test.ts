// Runtime configuration with the service worker on, as a returning visitor has it: an operator who
// removes a host from embed-config.json must be obeyed on the host's next load, not when the
// worker's precache happens to be renewed. (The other e2e files block service workers.)
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHANGNING } from './app';
import { COMMAND, startEmbedWorld, waitForReady, type EmbedWindow, type EmbedWorld, type HostWindow } from './embed-host';
import { test, type Session } from './helpers';

let world: EmbedWorld;

beforeAll(async () => {
  world = await startEmbedWorld();
});

afterAll(async () => {
  await world?.close();
});

/** Opens the app once at its own origin and waits until its service worker is active and controls the page. */
async function installWorker(s: Session): Promise<void> {
  await s.goto(world.app.url);
  await s.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // A reload puts the page under the worker's control (no clientsClaim by design).
  await s.page.reload({ waitUntil: 'load' });
  await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

function isControlled(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => navigator.serviceWorker.controller !== null);
}

/** The embed frame once its map has loaded, whether or not it told the host it is ready. */
async function embedLoaded(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('mode=embed'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('mode=embed'))!;
  await frame.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0);
  return frame;
}

const hostEvents = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).events.map((e) => e.event));
const sendSelect = (page: Page) =>
  page.evaluate((cmd) => (window as unknown as HostWindow).send(cmd), { ...COMMAND, command: 'select', selection: { kind: 'district', id: CHANGNING.code } });

test('a host removed from the allowlist is neither obeyed nor told anything on its next load', async ({ open }) => {
  world.allow([new URL(world.host.url).origin]);
  const s = await open({ serviceWorkers: 'allow' });
  await installWorker(s);
  await s.goto(world.hostUrl('?mode=embed'));
  const allowed = await waitForReady(s.page);
  expect(await isControlled(allowed)).toBe(true);

  world.allow([]);
  await s.page.reload({ waitUntil: 'load' });
  const frame = await embedLoaded(s.page);
  // The worker still serves the app: what changed is only the answer for the configuration.
  expect(await isControlled(frame)).toBe(true);
  await sendSelect(s.page);
  await frame.waitForFunction(() => ((window as EmbedWindow).__talentMapEmbedDebug?.['origin-not-allowed'] ?? 0) >= 1);
  expect(await frame.locator('.embed__selection').count()).toBe(0);
  expect(await hostEvents(s.page)).toEqual([]);
});

test('a host added to the allowlist is obeyed on its next load', async ({ open }) => {
  world.allow([]);
  const s = await open({ serviceWorkers: 'allow' });
  await installWorker(s);
  await s.goto(world.hostUrl('?mode=embed'));
  await embedLoaded(s.page);
  expect(await hostEvents(s.page)).toEqual([]);

  world.allow([new URL(world.host.url).origin]);
  await s.page.reload({ waitUntil: 'load' });
  const frame = await waitForReady(s.page);
  expect(await isControlled(frame)).toBe(true);
  await sendSelect(s.page);
  await frame.locator('.embed__selection').getByText(CHANGNING.en, { exact: true }).waitFor();
});

test('offline, the configuration is the last copy the network gave, not the one built into the app', async ({ open }) => {
  world.allow(['https://portal.example.org']);
  const s = await open({ serviceWorkers: 'allow' });
  await installWorker(s);
  const read = () => s.page.evaluate(() => fetch('embed-config.json?v=1', { cache: 'no-cache' }).then((r) => r.json() as Promise<{ allowedOrigins: string[] }>));
  expect((await read()).allowedOrigins).toEqual(['https://portal.example.org']);

  world.allow(['https://changed.example.org']);
  await s.context.setOffline(true);
  expect((await read()).allowedOrigins).toEqual(['https://portal.example.org']);
});
