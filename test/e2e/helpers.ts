// Shared pieces of the e2e tests: a per-file Chromium, a fresh context per test with a request
// guard and a page-error recorder, waiting for the map, and pixel comparisons of the map canvas.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { inject, test as base } from 'vitest';
import { launchChromium } from './chromium';

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const;
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/** The map instance the app exposes for tests. */
export type TestWindow = Window & { __talentMap?: MaplibreMap };

// ---------------------------------------------------------------------------------------------
// Request guard

/** True for requests that stay on this machine: loopback hosts, and data:/blob: URLs. */
export function isLocalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return false;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

// ---------------------------------------------------------------------------------------------
// Sessions

export interface SessionOptions {
  viewport?: { width: number; height: number };
  /** Phone emulation: touch events and the mobile viewport meta tag. */
  mobile?: boolean;
  /** Runs in the page before any of its own scripts (e.g. to take WebGL away). */
  initScript?: () => void;
  locale?: string;
  /** Service workers are blocked unless a test is about them (offline), so each test sees the network. */
  serviceWorkers?: 'allow' | 'block';
  reducedMotion?: 'reduce' | 'no-preference';
}

export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Every URL the page (and its workers) asked for, in order. */
  requests: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** console.error lines, for diagnostics only: a failed fetch logs one by design. */
  consoleErrors: string[];
  /** Requests that left the machine (data:/blob: and loopback are allowed). */
  foreignRequests(): string[];
  /** Navigates to `pathAndQuery` (relative to the served app, e.g. `?lang=zh`). */
  goto(pathAndQuery?: string): Promise<void>;
}

export async function openSession(browser: Browser, baseUrl: string, options: SessionOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    deviceScaleFactor: 1,
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: options.serviceWorkers ?? 'block',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
  });
  // Well under the 60 s test timeout, so a missing element fails with Playwright's own message.
  context.setDefaultTimeout(15_000);
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Nothing may leave the machine: record it (the tests assert on the record) and refuse it, so a
  // leak cannot make a test slow or flaky on a machine that happens to have a network.
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.stack || `${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  return {
    context,
    page,
    baseUrl,
    requests,
    pageErrors,
    consoleErrors,
    foreignRequests: () => requests.filter((u) => !isLocalUrl(u)),
    goto: async (pathAndQuery = '') => {
      await page.goto(new URL(pathAndQuery, baseUrl).href, { waitUntil: 'load' });
    },
  };
}

/**
 * `test` with a Chromium per file and `open()`, which gives a fresh context per call. After each
 * test every context is closed, and a test whose page threw an uncaught error fails, whatever it
 * asserted itself.
 */
export const test = base
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('open', async ({ browser }, { onCleanup }) => {
    const sessions: Session[] = [];
    onCleanup(async () => {
      const errors = sessions.flatMap((s) => s.pageErrors);
      await Promise.all(sessions.map((s) => s.context.close().catch(() => undefined)));
      if (errors.length > 0) {
        throw new Error(`Uncaught page error(s) during the test:\n${errors.join('\n---\n')}`);
      }
    });
    return async (options: SessionOptions = {}): Promise<Session> => {
      const session = await openSession(browser, inject('baseUrl'), options);
      sessions.push(session);
      return session;
    };
  });

// ---------------------------------------------------------------------------------------------
// Waiting for the map

/** Resolves once the app has marked its first idle and the map has gone idle after a fresh frame. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('map-first-idle').length > 0 &&
      (window as TestWindow).__talentMap !== undefined,
    undefined,
    { timeout, polling: 50 },
  );
  await settleMap(page, timeout);
}

/** Waits for the map's next idle after forcing a frame: everything asked of it so far is drawn. */
export async function settleMap(page: Page, timeout = 30_000): Promise<void> {
  await page.evaluate(async (ms) => {
    const map = (window as TestWindow).__talentMap;
    if (!map) throw new Error('window.__talentMap is not set');
    const idle = map.once('idle');
    map.triggerRepaint();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`map did not go idle within ${ms} ms`)), ms);
    });
    try {
      await Promise.race([idle, late]);
    } finally {
      clearTimeout(timer);
    }
  }, timeout);
}

export interface MapCamera {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export function mapCamera(page: Page): Promise<MapCamera> {
  return page.evaluate(() => {
    const map = (window as TestWindow).__talentMap;
    if (!map) throw new Error('window.__talentMap is not set');
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  });
}

/** Page coordinates (CSS px) of a longitude/latitude on the map, via map.project(). */
export async function pagePointOf(page: Page, lngLat: readonly [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (window as TestWindow).__talentMap;
    if (!map) throw new Error('window.__talentMap is not set');
    const p = map.project(ll);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat as [number, number]);
}

// ---------------------------------------------------------------------------------------------
// Pixels

export const MAP_CANVAS = 'canvas.maplibregl-canvas';

/** A screenshot of the map canvas (as composited on screen), decoded. */
export async function mapScreenshot(page: Page): Promise<PNG> {
  const buf = await page.locator(MAP_CANVAS).screenshot({ animations: 'disabled', caret: 'hide' });
  return PNG.sync.read(buf);
}

/** Number of distinct RGBA colours in an image. */
export function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    seen.add(((d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!) >>> 0);
  }
  return seen.size;
}

/** Share of pixels that have the image's most common colour (1 = a blank, one-colour image). */
export function dominantColourShare(png: PNG): number {
  const counts = new Map<number, number>();
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    const key = ((d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!) >>> 0;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let max = 0;
  for (const n of counts.values()) max = Math.max(max, n);
  return max / (png.width * png.height);
}

/**
 * Pixels whose colour differs between two same-size images by more than `tolerance` in any
 * channel (a little tolerance absorbs anti-aliasing noise from the software rasteriser).
 */
export function differingPixels(a: PNG, b: PNG, tolerance = 16): number {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`images differ in size: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  }
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > tolerance ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > tolerance ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > tolerance ||
      Math.abs(a.data[i + 3]! - b.data[i + 3]!) > tolerance
    ) {
      n++;
    }
  }
  return n;
}

/** Fraction (0..1) of pixels that differ between two same-size images. */
export function differingFraction(a: PNG, b: PNG, tolerance = 16): number {
  return differingPixels(a, b, tolerance) / (a.width * a.height);
}

// ---------------------------------------------------------------------------------------------
// Data

/** Reads a built data file from the served app (what the browser gets). */
export async function fetchData<T>(file: string): Promise<T> {
  const res = await fetch(new URL(`data/${file}`, inject('baseUrl')));
  if (!res.ok) throw new Error(`data/${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

// ---------------------------------------------------------------------------------------------
// Clicking the map

/** Ground metres per CSS pixel at a zoom and latitude (MapLibre's 512 px world at zoom 0). */
export function metresPerPixel(zoom: number, lat: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * Clicks the map at a longitude/latitude as a user would (mouse down/up on the canvas). A user
 * zooms in before clicking a small place among markers; so does this, until `clearanceM` (the
 * distance to the nearest other clickable thing) is at least `minPx` on screen. If the point is
 * off screen or under a panel, the map is centred on it. The test is about what a click on that
 * place does, not about where the default camera puts it.
 */
export async function clickMapAt(
  page: Page,
  lngLat: readonly [number, number],
  { clearanceM = Infinity, minPx = 24 }: { clearanceM?: number; minPx?: number } = {},
): Promise<void> {
  const onCanvas = async () => {
    const { x, y } = await pagePointOf(page, lngLat);
    const hit = await page.evaluate(
      ({ x, y }) => {
        const el = document.elementFromPoint(x, y);
        return el instanceof HTMLCanvasElement && el.classList.contains('maplibregl-canvas');
      },
      { x, y },
    );
    return hit ? { x, y } : null;
  };
  const { zoom } = await mapCamera(page);
  // Each zoom level halves the metres per pixel.
  const neededZoom = zoom + Math.log2((metresPerPixel(zoom, lngLat[1]) * minPx) / clearanceM);
  let point = await onCanvas();
  if (!point || neededZoom > zoom) {
    await page.evaluate(
      ({ ll, z }) => (window as TestWindow).__talentMap?.jumpTo({ center: ll, zoom: z }),
      { ll: lngLat as [number, number], z: Math.max(zoom, neededZoom) },
    );
    await settleMap(page);
    point = await onCanvas();
  }
  if (!point) throw new Error(`map point ${lngLat.join(',')} is covered by another element even when centred`);
  await page.mouse.click(point.x, point.y);
}
