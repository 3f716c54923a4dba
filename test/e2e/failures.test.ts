// When something is missing: a data file that fails, a browser without WebGL.
import { expect } from 'vitest';
import { CHANGNING, detailsHeading, districtButton } from './app';
import { test } from './helpers';

const SITES = '**/data/sites.json';

test('a data file answering HTTP 500 is named with a Retry, the rest works, and Retry recovers', async ({ open }) => {
  const s = await open();
  await s.page.route(SITES, (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }));
  await s.goto();

  const alert = s.page.getByRole('alert').filter({ hasText: 'sites.json' });
  await alert.waitFor();
  const retry = s.page.getByRole('button', { name: 'Retry', exact: true });
  await retry.waitFor();

  // The rest of the page is still usable.
  await districtButton(s.page, CHANGNING.en).click();
  await detailsHeading(s.page, CHANGNING.en).waitFor();

  await s.page.unroute(SITES);
  const recovered = s.page.waitForResponse((r) => r.url().endsWith('/data/sites.json') && r.status() === 200);
  await retry.click();
  await recovered;
  await alert.waitFor({ state: 'detached' });
  expect(await s.page.getByRole('alert').filter({ hasText: 'sites.json' }).count()).toBe(0);
  expect(s.pageErrors).toEqual([]);
});

test('without WebGL a notice says so and the district list still opens details', async ({ open }) => {
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

  await s.page.getByText(/WebGL/).first().waitFor();
  await districtButton(s.page, CHANGNING.en).click();
  await detailsHeading(s.page, CHANGNING.en).waitFor();
  expect(s.pageErrors).toEqual([]);
});
