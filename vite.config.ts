/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './src/lib/csp.ts';
import { onlineOrigins } from './src/lib/basemaps.ts';
import { parseMapConfig } from './src/lib/map-config.ts';
import { productionHeaders } from './src/lib/preview-headers.ts';

/** Files beside index.html that a deployment edits at run time; the service worker must not pin them. */
const RUNTIME_CONFIG_FILES = ['embed-config.json', 'map-config.json'] as const;

/**
 * The hosts of the basemaps this deployment configured (public/map-config.json, the file that ships
 * beside index.html): the policy is a <meta> tag written at build time, so it allows exactly those.
 * A broken file fails the build here (the app itself would ignore it at run time and show only the
 * built-in basemap and OpenStreetMap).
 */
function basemapOrigins(): string[] {
  const file = 'public/map-config.json';
  let json: unknown = null;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const { config, error } = parseMapConfig(json);
  if (error) throw new Error(`${file} does not match its schema (src/lib/map-config.ts): ${error}`);
  return onlineOrigins(config);
}

export default defineConfig({
  plugins: [
    react(),
    // Built pages only: the dev server's hot reload injects inline scripts a strict policy refuses.
    {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(basemapOrigins()) }, injectTo: 'head-prepend' },
      ],
    },
    // `vite preview` serves the build with the headers production should send (README, Deploying).
    productionHeaders(() => contentSecurityPolicy(basemapOrigins())),
    // Offline after one visit (presenter mode at a venue with failing Wi-Fi): a Workbox service
    // worker precaches the app shell, every chunk, the fonts and the data files, tour included.
    // 'prompt' never calls skipWaiting: a new version installs in the background and takes over
    // on a later visit, never in the middle of a talk. No manifest: this is not an installable app.
    VitePWA({
      registerType: 'prompt',
      injectRegister: 'script-defer',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,woff2,json,geojson,svg,png,ico}'],
        // Runtime configuration is the operator's to change without a rebuild (revoking an embed
        // origin must take effect on the next load), so it is never precached: see runtimeCaching.
        // The README's screenshot ships in public/ but no page shows it: not worth 0.24 MB of every install.
        globIgnores: [...RUNTIME_CONFIG_FILES, 'screenshot.png'],
        runtimeCaching: [
          {
            // Network first, and no timeout: the cached copy (the last one the network gave) answers
            // only when the network is unreachable, never because the server is slow.
            // Written into the worker as source text, so it names the files itself (RUNTIME_CONFIG_FILES).
            urlPattern: ({ url }) => /\/(embed|map)-config\.json$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'runtime-config', expiration: { maxEntries: 4 } },
          },
        ],
        // The map chunk and MapLibre's worker are over a megabyte each.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  resolve: {
    // jspdf's optional imports for methods the app does not use (src/lib/absent-module.ts).
    alias: Object.fromEntries(['html2canvas', 'canvg', 'dompurify'].map((m) => [m, fileURLToPath(new URL('./src/lib/absent-module.ts', import.meta.url))])),
  },
  build: {
    target: 'es2022',
    // The map library is one large module by design; chunks are split by feature instead.
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // The property tests run thousands of cases; they assert behaviour, not speed, and a
          // busy two-core machine can take several times the 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/components/**/*.test.tsx'],
          setupFiles: ['test/components/setup.ts'],
          // jsdom renders of whole panels; behaviour is asserted, not speed (see the unit project).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One Chromium with SwiftShader at a time: two cores do not fit more.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
