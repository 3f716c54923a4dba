// The deployment's allowlist of host origins: the runtime file `embed-config.json` (beside
// index.html, so an operator can change it without a rebuild) merged with the build-time variable
// VITE_EMBED_ALLOWED_ORIGINS. Loaded once per page; until it has loaded, nobody is obeyed.
import { buildAllowlist } from '../../lib/embed-messages';

let pending: Promise<Set<string>> | null = null;

async function fetchConfig(): Promise<unknown> {
  try {
    // The query string is not a cache-buster: service workers installed by earlier versions of this
    // app precached the bare URL and would answer from that copy; with a query they pass the request
    // on. The current worker serves this file network-first (vite.config.ts).
    const res = await fetch(`${import.meta.env.BASE_URL}embed-config.json?v=1`, { cache: 'no-cache' });
    // No file is a valid deployment: only the build-time list applies.
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.json();
  } catch (e) {
    // The operator's mistake, not the visitor's: a console line, and the embed still works as a map.
    console.error('embed-config.json could not be read; only the build-time allowlist applies.', e);
    return null;
  }
}

export function loadAllowlist(): Promise<Set<string>> {
  pending ??= fetchConfig().then((json) => {
    const { allowlist, fileError } = buildAllowlist(json, import.meta.env.VITE_EMBED_ALLOWED_ORIGINS as string | undefined);
    if (fileError) console.error('embed-config.json does not match { "version": 1, "allowedOrigins": [ … ] }; it is ignored.');
    return allowlist;
  });
  return pending;
}
