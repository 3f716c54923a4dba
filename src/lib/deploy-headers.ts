// What a web server should send with each file of the build. One table: the preview command
// (vite.config.ts) applies it, the README's deployment section lists it, and a browser test checks
// that the two agree. Paths are relative to the deployment's base (e.g. `/talent-map/`).

/** Hashed by Vite (a new version gets new names), so a browser may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Kept but revalidated on every use (a conditional request, cheap with ETag or Last-Modified):
 * a new version or a changed runtime setting is seen on the next load. Used for files whose name
 * stays the same across versions; `no-store` is not needed because none holds private data.
 */
export const REVALIDATE = 'no-cache';

export interface CacheRule {
  /** The files, as the README writes them (relative to the base). */
  files: string;
  cacheControl: string;
  why: string;
  /** The app's page: served as HTML with the Content-Security-Policy. */
  document?: true;
  test(path: string): boolean;
}

/** First match wins; the last rule catches everything else. */
export const CACHE_RULES: readonly CacheRule[] = [
  {
    files: 'assets/*',
    cacheControl: IMMUTABLE,
    why: 'scripts, styles and fonts with a content hash in the name',
    test: (p) => p.startsWith('assets/'),
  },
  {
    files: 'workbox-<hash>.js',
    cacheControl: IMMUTABLE,
    why: 'the service worker library, hashed by name',
    test: (p) => /^workbox-[0-9a-f]+\.js$/.test(p),
  },
  {
    files: 'index.html (and every app URL without an extension)',
    cacheControl: REVALIDATE,
    why: 'names the current hashed files: a stale copy would load an old version',
    test: (p) => p === '' || p === 'index.html' || !/\.[a-z0-9]+$/i.test(p),
    document: true,
  },
  {
    files: 'sw.js, registerSW.js',
    cacheControl: REVALIDATE,
    why: 'the service worker: browsers check it for updates, a cached one would pin the old version',
    test: (p) => p === 'sw.js' || p === 'registerSW.js',
  },
  {
    files: 'embed-config.json, map-config.json',
    cacheControl: REVALIDATE,
    why: 'runtime configuration: an operator edits it without a rebuild (revoking an embed origin must hold on the next load)',
    test: (p) => /^[a-z-]+-config\.json$/.test(p),
  },
  {
    files: 'everything else (data/*, favicon, scripts beside index.html)',
    cacheControl: REVALIDATE,
    why: 'same name in every version, so revalidated; the service worker keeps the offline copy',
    test: () => true,
  },
];

/** Content types a server must get right; the rest are the usual ones. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  // The type registered with IANA in 2025; served with byte ranges (the map reads slices).
  '.pmtiles': 'application/vnd.pmtiles',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function extensionOf(path: string): string {
  const m = /\.[a-z0-9]+$/i.exec(path);
  return m ? m[0].toLowerCase() : '';
}

export function cacheRuleFor(path: string): CacheRule {
  const rel = path.replace(/^\/+/, '');
  // The last rule matches everything, so find() always returns one.
  return CACHE_RULES.find((r) => r.test(rel))!;
}

/**
 * The page's policy as a header: the <meta> policy plus what only a header can say —
 * `frame-ancestors`, the pages allowed to frame the map (this site and the embed allowlist).
 */
export function cspHeader(metaPolicy: string, embedOrigins: readonly string[]): string {
  const ancestors = ["'self'", ...embedOrigins].join(' ');
  return `${metaPolicy}; frame-ancestors ${ancestors}`;
}

/** Headers for one file of the build, `path` relative to the base. */
export function headersFor(path: string, policy: string): Record<string, string> {
  const rel = path.replace(/^\/+/, '');
  const headers: Record<string, string> = {
    'Cache-Control': cacheRuleFor(rel).cacheControl,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  const isDocument = cacheRuleFor(rel).document === true;
  const type = CONTENT_TYPES[isDocument ? '.html' : extensionOf(rel)];
  if (type) headers['Content-Type'] = type;
  // Only documents are framed or run scripts; the policy on a data file would do nothing.
  if (isDocument) headers['Content-Security-Policy'] = policy;
  return headers;
}
