// How Chromium is found and launched, shared by the e2e tests and the benchmark.
// Playwright's own browser downloads are not used: Debian's chromium package is.
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * WebGL2 through SwiftShader (no GPU on CI) and nothing that phones home, so the request guard
 * sees only what the page itself asks for.
 */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Keep rAF and timers running at full speed in a headless, never-focused window.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export const MISSING_CHROMIUM =
  `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium package: apt-get install chromium ` +
  '(and fonts-noto-cjk for Chinese text), or set CHROMIUM_PATH. `npx playwright install` cannot be used here.';

export function assertChromiumInstalled(): void {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(MISSING_CHROMIUM);
  }
}

export async function launchChromium(): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
