// The address the page was opened with, read when this module loads (before the URL sync rewrites
// it): a link's `metric=` may name an imported metric that exists only once the stored datasets
// are registered, and `data=` names a saved map to open.
const LAUNCH_SEARCH = typeof window === 'undefined' ? '' : window.location.search;

export function launchParam(key: string): string | null {
  return new URLSearchParams(LAUNCH_SEARCH).get(key);
}

/** The whole query string the page was opened with (a `data=` link's own view parameters win over the saved map's). */
export function launchSearch(): string {
  return LAUNCH_SEARCH;
}
