// The address of a saved map that a planner types into the share dialog, to go into the embed code
// and the link as `data=`: checked here before it is written into anything a portal will paste.
// Only a full http(s) address is taken (a relative one would be read against the map's site, not
// the portal's), and never one with a user name or password in it (the embed fetches without
// credentials, and a password in a snippet would be published with the page).

/** An address longer than this is not a saved map's URL (and would make an unwieldy snippet). */
export const DATA_LINK_MAX = 2000;

export type DataLinkCheck =
  | { kind: 'empty' }
  | { kind: 'ok'; url: string; origin: string }
  /** Not a full address (relative, garbled, too long). */
  | { kind: 'invalid' }
  /** A full address, but not http: or https:. */
  | { kind: 'scheme' }
  /** A user name or password in the address. */
  | { kind: 'credentials' };

export function checkDataLinkInput(raw: string): DataLinkCheck {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (text.length > DATA_LINK_MAX || /\s/.test(text)) return { kind: 'invalid' };
  let url: URL;
  try {
    // No base: a relative address is not taken.
    url = new URL(text);
  } catch {
    return { kind: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'scheme' };
  if (!url.hostname) return { kind: 'invalid' };
  if (url.username || url.password) return { kind: 'credentials' };
  return { kind: 'ok', url: url.href, origin: url.origin };
}

/** `search` (a query string, '' or `?…`) with `data=<url>` added, encoded; unchanged without a URL. */
export function withDataParam(search: string, dataUrl: string | null): string {
  if (!dataUrl) return search;
  return `${search}${search ? '&' : '?'}data=${encodeURIComponent(dataUrl)}`;
}
