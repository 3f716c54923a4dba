// A Vite plugin for `vite preview`: every response carries the headers of the deployment table
// (deploy-headers.ts), so the preview behaves like a correctly configured production server and the
// browser tests run against those headers. Node-only: imported by vite.config.ts, never by the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { cspHeader, headersFor } from './deploy-headers.ts';

/** The embed allowlist as the deployment has it now (read per request: it changes without a rebuild). */
function embedOrigins(outDir: string): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(outDir, 'embed-config.json'), 'utf8'));
    const list = (parsed as { allowedOrigins?: unknown }).allowedOrigins;
    return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string' && /^https?:\/\/[^\s;,]+$/.test(o)) : [];
  } catch {
    return [];
  }
}

export function productionHeaders(metaPolicy: () => string): Plugin {
  return {
    name: 'production-headers',
    configurePreviewServer(server) {
      const { base, build, root } = server.config;
      const outDir = join(root, build.outDir);
      server.middlewares.use((req, res, next) => {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://preview.invalid').pathname);
        const rel = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
        const headers = headersFor(rel, cspHeader(metaPolicy(), embedOrigins(outDir)));
        // The static file handler sets its own Content-Type and Cache-Control when it writes the
        // head; ours are applied last so the table is what goes out.
        const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => typeof res;
        res.writeHead = ((...args: unknown[]) => {
          const ours = new Set(Object.keys(headers).map((k) => k.toLowerCase()));
          // writeHead(status, [message], headers): headers passed here would override setHeader.
          const passed = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null) as Record<string, unknown> | undefined;
          if (passed) for (const k of Object.keys(passed)) if (ours.has(k.toLowerCase())) delete passed[k];
          for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
          return writeHead(...args);
        }) as typeof res.writeHead;
        next();
      });
    },
  };
}
