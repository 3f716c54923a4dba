// The view a saved map opens with, next to the address that opened it. A saved map (`.stmap`)
// carries the view as a query string; the page that opens it may already say things about the
// view itself: a portal's embed address (`?mode=embed&data=…&lang=zh`) or a dashboard link
// (`?data=…&sel=district:310105`). The rule, one for every page:
//   - the page's mode never changes: an embed stays an embed (the file cannot turn a portal's
//     frame into the dashboard), a dashboard stays a dashboard;
//   - every view parameter the address gives explicitly wins over the file's (the host chose it);
//   - the rest of the view (camera, metric, selection, layers, the analysis tools) is the file's;
//   - the file's presenter and embed-only parameters are ignored (an embed's theme, title and
//     other options come from its own address only).
import { URL_PARAMS, type UrlParam } from './url-params';
import type { Mode } from './vocabulary';

/** Scopes a saved view may set: what the map shows and the analysis tools' state. */
const FROM_FILE: readonly UrlParam['scope'][] = ['view', 'app'];

function params(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * The query string to decode (decodeUrlState) for the view: the saved map's `savedView`, overridden
 * by every parameter present in `ownSearch` (the address that opened it; '' for a file the reader
 * chose), in `mode`. Only parameters of the URL table are kept; each value is still checked by the
 * codec when it is decoded, so a bad one falls back to its default as in any link.
 */
export function savedViewSearch(savedView: string, ownSearch: string, mode: Mode): string {
  const saved = params(savedView);
  const own = params(ownSearch);
  const out = new URLSearchParams();
  for (const p of URL_PARAMS as readonly UrlParam[]) {
    if (p.key === 'mode') continue;
    const value = own.has(p.key) ? own.get(p.key) : FROM_FILE.includes(p.scope) ? saved.get(p.key) : null;
    if (value !== null) out.set(p.key, value);
  }
  out.set('mode', mode);
  return `?${out.toString()}`;
}
