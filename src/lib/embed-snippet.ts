// The embed code and the live preview are built from one description of the frame, so what the
// share dialog previews is exactly what the copied snippet produces: same address, same
// attributes, same wrapper.
export const ASPECTS = { wide: '16 / 9', standard: '4 / 3', square: '1 / 1' } as const;
export type Aspect = keyof typeof ASPECTS;

export interface FrameSpec {
  /** Absolute address of the embed (…/?mode=embed&…). */
  src: string;
  /** The frame's accessible name: screen-reader users hear it when they reach the frame. */
  title: string;
  aspect: Aspect;
}

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

export function cssText(rules: [string, string][]): string {
  return rules.map(([k, v]) => `${k}: ${v}`).join('; ');
}

/** The same rules as a React style object (kebab-case → camelCase). */
export function cssObject(rules: [string, string][]): Record<string, string> {
  return Object.fromEntries(rules.map(([k, v]) => [k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
}

const escapeAttr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function snippetHtml(spec: FrameSpec): string {
  return [
    `<div style="${escapeAttr(cssText(wrapperCss(spec.aspect)))}">`,
    `  <iframe src="${escapeAttr(spec.src)}" title="${escapeAttr(spec.title)}" loading="lazy" allowfullscreen referrerpolicy="${REFERRER_POLICY}" style="${escapeAttr(cssText(FRAME_CSS))}"></iframe>`,
    '</div>',
  ].join('\n');
}
