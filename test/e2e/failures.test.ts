// When something is missing: a data file that fails, a browser without WebGL.
import { expect } from 'vitest';
import { CHANGNING, detailsHeading, districtButton } from './app';
import { test, type Session, type SessionOptions } from './helpers';

const SITES = '**/data/sites.json';

/** Opens the app with sites.json answering HTTP 500; returns its alert and Retry button once they show. */
async function openWithFailingSites(s: Session) {
  await s.page.route(SITES, (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }));
  await s.goto();
  const alert = s.page.getByRole('alert').filter({ hasText: 'sites.json' });
  await alert.waitFor();
  const retry = s.page.getByRole('button', { name: 'Retry', exact: true });
  await retry.waitFor();
  return { alert, retry };
}

test('a data file answering HTTP 500 is named with a Retry while the rest of the page works', async ({ open }) => {
  const s = await open();
  await openWithFailingSites(s);
  await districtButton(s.page, CHANGNING.en).click();
  await detailsHeading(s.page, CHANGNING.en).waitFor();
  expect(s.pageErrors).toEqual([]);
});

test('Retry recovers a data file that answered HTTP 500', async ({ open }) => {
  const s = await open();
  const { alert, retry } = await openWithFailingSites(s);
  await s.page.unroute(SITES);
  const recovered = s.page.waitForResponse((r) => r.url().endsWith('/data/sites.json') && r.status() === 200);
  await retry.click();
  await recovered;
  await alert.waitFor({ state: 'detached' });
  expect(await s.page.getByRole('alert').filter({ hasText: 'sites.json' }).count()).toBe(0);
  expect(s.pageErrors).toEqual([]);
});

/** Opens the app in a browser whose canvases offer no WebGL (2D canvases still work). */
async function openWithoutWebGL(open: (options?: SessionOptions) => Promise<Session>): Promise<Session> {
  const s = await open({
    initScript: () => {
      const original = HTMLCanvasElement.prototype.getContext;
      // Only WebGL is taken away; 2D canvases (charts, text measuring) keep working.
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
        return (original as (this: HTMLCanvasElement, ...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    },
  });
  await s.goto();
  return s;
}

test('without WebGL a notice says so', async ({ open }) => {
  const s = await openWithoutWebGL(open);
  await s.page.getByText(/WebGL/).first().waitFor();
  expect(s.pageErrors).toEqual([]);
});

test('without WebGL the district list still opens details', async ({ open }) => {
  const s = await openWithoutWebGL(open);
  await districtButton(s.page, CHANGNING.en).click();
  await detailsHeading(s.page, CHANGNING.en).waitFor();
  expect(s.pageErrors).toEqual([]);
});
