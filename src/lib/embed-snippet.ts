// The embed code and the live preview are built from one description of the frame, so what the
// share dialog previews is exactly what the copied snippet produces: same address, same
// attributes, same wrapper. Two ways to size the frame: a fixed shape (a wrapper with an aspect
// ratio), or auto-height (the host includes public/embed-resize.js, served beside the app, which
// sets the frame's height from the embed's `resize` events).
export const ASPECTS = { wide: '16 / 9', standard: '4 / 3', square: '1 / 1' } as const;
export type Aspect = keyof typeof ASPECTS;

export interface FrameSpec {
  /** Absolute address of the embed (…/?mode=embed&…). */
  src: string;
  /** The frame's accessible name: screen-reader users hear it when they reach the frame. */
  title: string;
  aspect: Aspect;
  /** `shape`: the wrapper's aspect ratio decides the height; `auto`: the auto-height script does. */
  height?: HeightMode;
  /** Absolute address of the auto-height script (…/embed-resize.js); needed for `auto`. */
  scriptSrc?: string;
}

export const HEIGHT_MODES = ['shape', 'auto'] as const;
export type HeightMode = (typeof HEIGHT_MODES)[number];

/** The attribute that tells the auto-height script which frames are maps it may resize. */
export const AUTO_HEIGHT_ATTRIBUTE = 'data-talent-map-autoheight';

/** The script's file name, beside the app's index.html. */
export const AUTO_HEIGHT_SCRIPT = 'embed-resize.js';

/** The frame's height before the first `resize` event arrives (or if the page is not allowed to hear it). */
export const AUTO_HEIGHT_INITIAL = '400px';

/**
 * strict-origin-when-cross-origin (the browsers' default, stated so a portal's stricter page-wide
 * policy does not override it): the map learns only the portal's origin, never the page's path or
 * query, and needs that origin to address its events to the parent in browsers without
 * `location.ancestorOrigins`.
 */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** CSS of the responsive wrapper: full width of the portal's column, height from the shape. */
export function wrapperCss(aspect: Aspect): [string, string][] {
  return [
    ['position', 'relative'],
    ['width', '100%'],
    ['aspect-ratio', ASPECTS[aspect]],
    // Keeps the map usable on a narrow phone column (the embed's smallest supported size).
    ['min-height', '240px'],
  ];
}

export const FRAME_CSS: [string, string][] = [
  ['position', 'absolute'],
  ['inset', '0'],
  ['width', '100%'],
  ['height', '100%'],
  ['border', '0'],
];

/** An auto-height frame: the column's width, a starting height the script replaces. */
export const AUTO_FRAME_CSS: [string, string][] = [
  ['display', 'block'],
  ['width', '100%'],
  ['height', AUTO_HEIGHT_INITIAL],
  ['border', '0'],
];

export function cssText(rules: [string, string][]): string {
  return rules.map(([k, v]) => `${k}: ${v}`).join('; ');
}

/** The same rules as a React style object (kebab-case → camelCase). */
export function cssObject(rules: [string, string][]): Record<string, string> {
  return Object.fromEntries(rules.map(([k, v]) => [k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
}

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function snippetHtml(spec: FrameSpec): string {
  if (spec.height === 'auto') {
    return [
      `<iframe src="${escapeAttr(spec.src)}" title="${escapeAttr(spec.title)}" loading="lazy" allowfullscreen referrerpolicy="${REFERRER_POLICY}" ${AUTO_HEIGHT_ATTRIBUTE} style="${escapeAttr(cssText(AUTO_FRAME_CSS))}"></iframe>`,
      `<script src="${escapeAttr(spec.scriptSrc ?? AUTO_HEIGHT_SCRIPT)}" async></script>`,
    ].join('\n');
  }
  return [
    `<div style="${escapeAttr(cssText(wrapperCss(spec.aspect)))}">`,
    `  <iframe src="${escapeAttr(spec.src)}" title="${escapeAttr(spec.title)}" loading="lazy" allowfullscreen referrerpolicy="${REFERRER_POLICY}" style="${escapeAttr(cssText(FRAME_CSS))}"></iframe>`,
    '</div>',
  ].join('\n');
}
