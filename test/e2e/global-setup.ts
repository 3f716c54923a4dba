// Serves the built app once for the whole e2e run and hands its URL to the tests with
// provide/inject. The tests run against dist/, the same files a user gets.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served dist/, with a trailing slash. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_DIST lets the harness be proved against another build (a throwaway page) before the app lands.
  const dist = resolve(process.env.E2E_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`No built app at ${dist}/index.html: run npm run build first (npm test does it for you).`);
  }
  assertChromiumInstalled();
  const server = await startStaticServer(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
