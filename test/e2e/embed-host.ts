// The embed as a district portal meets it, shared by the embed tests: a host page on a second
// localhost origin frames a copy of the built app (whose embed-config.json the test writes, as an
// operator would), and a page on a third origin, framed by the host, tries to drive the map.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server';
import type { TestWindow } from './helpers';

export const COMMAND = { type: 'talent-map:command', version: 1 } as const;

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>District portal</title>
<style>body{margin:0;font-family:sans-serif}#map{display:block;width:400px;height:300px;margin:80px 20px;border:0}.tall{height:3000px}</style>
</head><body>
<h1>Changning district portal</h1>
<iframe id="map" title="Shanghai Talent Map"></iframe>
<iframe id="third" title="Advertisement" style="width:20px;height:20px;border:0"></iframe>
<div class="tall"></div>
<script>
  const p = new URLSearchParams(location.search);
  const frame = document.getElementById('map');
  const embedOrigin = new URL(p.get('embed')).origin;
  window.events = [];
  window.addEventListener('message', (e) => {
    if (e.origin === embedOrigin && e.source === frame.contentWindow) window.events.push(e.data);
  });
  window.send = (msg) => frame.contentWindow.postMessage(msg, embedOrigin);
  frame.src = p.get('embed');
  if (p.get('third')) document.getElementById('third').src = p.get('third');
</script>
</body></html>`;

// A page on a third origin, framed by the portal (an advertisement, say), that tries to drive the
// map: it reaches the map frame through window.parent.frames, which any frame can.
const THIRD_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Third</title></head><body>
<script>
  window.attack = (msg) => window.parent.frames[0].postMessage(msg, '*');
  window.tellParent = (msg) => window.parent.postMessage(msg, '*');
</script></body></html>`;

// A portal page that sizes its map frames with the auto-height script from the map's site: two
// marked frames (a, b) and the third origin's frame, which tries to resize them too. Every
// message that reaches the page is recorded with the frame it came from.
const AUTO_HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>District portal, auto-height</title>
<style>body{margin:0;font-family:sans-serif}.col{width:420px;margin:20px}</style>
</head><body>
<h1>Changning district portal</h1>
<div class="col"><iframe id="a" title="Map A" data-talent-map-autoheight style="display:block;width:100%;height:400px;border:0"></iframe></div>
<div class="col"><iframe id="b" title="Map B" data-talent-map-autoheight style="display:block;width:100%;height:400px;border:0"></iframe></div>
<iframe id="third" title="Advertisement" style="width:20px;height:20px;border:0"></iframe>
<script>
  const p = new URLSearchParams(location.search);
  window.heard = [];
  window.addEventListener('message', (e) => {
    const from = ['a', 'b', 'third'].find((id) => document.getElementById(id).contentWindow === e.source) || 'other';
    window.heard.push({ from, data: e.data });
  });
  const s = document.createElement('script');
  s.src = p.get('script');
  document.head.appendChild(s);
  document.getElementById('a').src = p.get('a');
  document.getElementById('b').src = p.get('b');
  document.getElementById('third').src = p.get('third');
</script>
</body></html>`;

export interface EmbedWorld {
  root: string;
  app: StaticServer;
  host: StaticServer;
  third: StaticServer;
  /** Rewrites the app's runtime allowlist, as an operator does on the server. */
  allow(origins: string[]): void;
  /** The host page framing the embed at `embedQuery` (relative to the app), optionally with the third origin's frame. */
  hostUrl(embedQuery: string, withThird?: boolean): string;
  /** The auto-height portal page framing the embed at `a` and `b` (relative to the app), with the third origin's frame. */
  autoHostUrl(a: string, b: string): string;
  close(): Promise<void>;
}

/** Serves a copy of dist/ whose allowlist holds the host's origin only, the host page and the third page. */
export async function startEmbedWorld(): Promise<EmbedWorld> {
  const root = mkdtempSync(join(tmpdir(), 'talent-embed-'));
  const hostDir = join(root, 'host');
  const thirdDir = join(root, 'third');
  const appDir = join(root, 'app');
  cpSync(resolve(process.env.E2E_DIST ?? 'dist'), appDir, { recursive: true });
  for (const d of [hostDir, thirdDir]) mkdirSync(d, { recursive: true });
  writeFileSync(join(hostDir, 'host.html'), HOST_PAGE);
  writeFileSync(join(hostDir, 'auto-host.html'), AUTO_HOST_PAGE);
  writeFileSync(join(thirdDir, 'third.html'), THIRD_PAGE);
  const host = await startStaticServer(hostDir);
  const third = await startStaticServer(thirdDir);
  const allow = (origins: string[]) => writeFileSync(join(appDir, 'embed-config.json'), JSON.stringify({ version: 1, allowedOrigins: origins }));
  allow([new URL(host.url).origin]);
  const app = await startStaticServer(appDir);
  return {
    root,
    app,
    host,
    third,
    allow,
    hostUrl(embedQuery, withThird = false) {
      const u = new URL('host.html', host.url);
      u.searchParams.set('embed', new URL(embedQuery, app.url).href);
      if (withThird) u.searchParams.set('third', new URL('third.html', third.url).href);
      return u.href;
    },
    autoHostUrl(a, b) {
      const u = new URL('auto-host.html', host.url);
      u.searchParams.set('script', new URL('embed-resize.js', app.url).href);
      u.searchParams.set('a', new URL(a, app.url).href);
      u.searchParams.set('b', new URL(b, app.url).href);
      u.searchParams.set('third', new URL('third.html', third.url).href);
      return u.href;
    },
    async close() {
      await Promise.all([app.close(), host.close(), third.close()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export type HostWindow = Window & { events: { event: string; selection?: { kind: string; id: string; name_en: string } | null }[]; send: (m: unknown) => void };
export type AutoHostWindow = Window & { heard: { from: string; data: { event?: string; height?: number } }[] };
export type EmbedWindow = TestWindow & { __talentMapEmbedDebug?: Record<string, number> };

export function embedFrame(page: Page): Frame {
  const f = page.frames().find((fr) => fr.url().includes('mode=embed'));
  if (!f) throw new Error('no embed frame');
  return f;
}

export async function waitForReady(page: Page): Promise<Frame> {
  await page.waitForFunction(() => (window as unknown as HostWindow).events.some((e) => e.event === 'ready'), undefined, { timeout: 30_000 });
  const frame = embedFrame(page);
  await frame.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0 && (window as TestWindow).__talentMap !== undefined, undefined, {
    timeout: 30_000,
  });
  return frame;
}

export async function settle(frame: Frame): Promise<void> {
  await frame.evaluate(async () => {
    const map = (window as TestWindow).__talentMap!;
    const idle = map.once('idle');
    map.triggerRepaint();
    await idle;
  });
}
