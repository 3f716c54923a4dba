// The shipped Content-Security-Policy holds in every mode without breaking any of them, and a
// shared link cannot make the page talk to another host before the reader agrees.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test, waitForMapIdle, type Session, type SessionOptions } from './helpers';

type CspWindow = Window & { __cspViolations?: string[] };

/** Records every CSP violation the page reports, from before its first script. */
const recordViolations: SessionOptions['initScript'] = () => {
  const list: string[] = [];
  (window as CspWindow).__cspViolations = list;
  document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`));
};

const violations = (page: Page) => page.evaluate(() => (window as CspWindow).__cspViolations ?? []);

test('the built page carries a policy that refuses inline script', async ({ open }) => {
  const s = await open({ initScript: recordViolations });
  await s.goto();
  await waitForMapIdle(s.page);
  const policy = await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  const ran = await s.page.evaluate(() => {
    const el = document.createElement('script');
    el.textContent = 'window.__injected = true';
    document.body.append(el);
    return (window as Window & { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(s.page)).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
});

test('the dashboard and the embed preview in its share dialog run with no policy violation', async ({ open }) => {
  const s = await open({ initScript: recordViolations });
  await s.goto('?sel=district:310105');
  await waitForMapIdle(s.page);
  await s.page.getByRole('button', { name: 'Share or embed' }).click();
  await expect.poll(() => s.page.frames().some((f) => f.url().includes('mode=embed'))).toBe(true);
  const frame = s.page.frames().find((f) => f.url().includes('mode=embed'))!;
  await frame.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 30_000 });
  expect(await violations(s.page)).toEqual([]);
  expect(await frame.evaluate(() => (window as CspWindow).__cspViolations ?? [])).toEqual([]);
});

test('presenter mode runs with no policy violation', async ({ open }) => {
  const s = await open({ initScript: recordViolations, reducedMotion: 'reduce' });
  await s.goto('?mode=present&chapter=2');
  await waitForMapIdle(s.page);
  await s.page.keyboard.press('ArrowRight');
  await waitForMapIdle(s.page);
  expect(await violations(s.page)).toEqual([]);
});

/** Opens a link asking for the OpenStreetMap basemap; returns the question it asks. */
async function openOnlineBasemapLink(s: Session) {
  await s.goto('?basemap=osm');
  await waitForMapIdle(s.page);
  const ask = s.page.getByRole('dialog', { name: 'Load the online basemap?' });
  await ask.waitFor();
  return ask;
}

test('a link with the online basemap asks first, requesting no tile meanwhile', async ({ open }) => {
  const s = await open({ initScript: recordViolations });
  await openOnlineBasemapLink(s);
  expect(s.foreignRequests()).toEqual([]);
});

test('once the reader agrees, tiles are requested from the chosen provider only, as the policy allows', async ({ open }) => {
  const s = await open({ initScript: recordViolations });
  const ask = await openOnlineBasemapLink(s);
  await ask.getByRole('button', { name: 'Load OpenStreetMap', exact: true }).click();
  await expect.poll(() => s.foreignRequests().length).toBeGreaterThan(0);
  expect(s.foreignRequests().every((u) => new URL(u).hostname === 'tile.openstreetmap.org')).toBe(true);
  // The policy lets the chosen provider through: the requests failed for want of a network, not by the policy.
  expect((await violations(s.page)).filter((v) => v.includes('openstreetmap'))).toEqual([]);
});

test('"Keep the built-in map" answers the question and switches the link back', async ({ open }) => {
  const s = await open();
  await s.goto('?basemap=osm');
  await waitForMapIdle(s.page);
  await s.page.getByRole('dialog', { name: 'Load the online basemap?' }).getByRole('button', { name: 'Keep the built-in map' }).click();
  await expect.poll(() => new URL(s.page.url()).searchParams.get('basemap')).toBe(null);
  expect(await s.page.getByRole('dialog', { name: 'Load the online basemap?' }).count()).toBe(0);
  expect(s.foreignRequests()).toEqual([]);
});
