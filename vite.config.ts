/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/lib/csp.ts';
import { ONLINE_TILE_ORIGINS } from './src/lib/basemaps.ts';
import { productionHeaders } from './src/lib/preview-headers.ts';

/** Files beside index.html that a deployment edits at run time; the service worker must not pin them. */
const RUNTIME_CONFIG_FILES = ['embed-config.json'] as const;

export default defineConfig({
  plugins: [
    react(),
    // Built pages only: the dev server's hot reload injects inline scripts a strict policy refuses.
    {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(ONLINE_TILE_ORIGINS) }, injectTo: 'head-prepend' },
      ],
    },
    // `vite preview` serves the build with the headers production should send (README, Deploying).
    productionHeaders(() => contentSecurityPolicy(ONLINE_TILE_ORIGINS)),
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
        globIgnores: [...RUNTIME_CONFIG_FILES],
        runtimeCaching: [
          {
            // Network first, and no timeout: the cached copy (the last one the network gave) answers
            // only when the network is unreachable, never because the server is slow.
            urlPattern: ({ url }) => /\/embed-config\.json$/.test(url.pathname),
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
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/components/**/*.test.tsx'],
          setupFiles: ['test/components/setup.ts'],
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
