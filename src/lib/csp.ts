// The Content-Security-Policy shipped in index.html (a <meta> tag, so it holds on any static host
// without server configuration). Scripts only from this site, so injected markup can never run
// code; styles may be inline because React and MapLibre set style attributes. `frame-ancestors`
// cannot be set from a <meta> tag: a deployment sends it as a header (README, Security).

export function contentSecurityPolicy(tileOrigins: readonly string[]): string {
  const tiles = tileOrigins.join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    // data: and blob: for the no-data hatching, the PNG export and MapLibre's image decoding.
    ['img-src', `'self' data: blob: ${tiles}`],
    ['font-src', "'self' data:"],
    ['connect-src', `'self' ${tiles}`],
    // MapLibre's worker is a file of this site; some browsers build workers from blobs.
    ['worker-src', "'self' blob:"],
    // The share dialog previews the embed of this same site.
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map(([k, v]) => `${k} ${v.trim()}`).join('; ');
}
