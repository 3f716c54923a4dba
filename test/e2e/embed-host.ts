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
</script></body></html>`;

export interface EmbedWorld {
  root: string;
  app: StaticServer;
  host: StaticServer;
  third: StaticServer;
  /** Rewrites the app's runtime allowlist, as an operator does on the server. */
  allow(origins: string[]): void;
  /** The host page framing the embed at `embedQuery` (relative to the app), optionally with the third origin's frame. */
  hostUrl(embedQuery: string, withThird?: boolean): string;
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
    async close() {
      await Promise.all([app.close(), host.close(), third.close()]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export type HostWindow = Window & { events: { event: string; selection?: { kind: string; id: string; name_en: string } | null }[]; send: (m: unknown) => void };
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
