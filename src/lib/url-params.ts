// Every URL parameter, declared once: its key, where its value lives in the state, its default,
// its zod schema (which gives a malformed value the safe fallback), its encoder and its scope.
// The codec (url-state.ts), the URL sync, the store's defaults and every list of "the view"
// (share dialog, embed, host bridge, events) are derived from this table: a new parameter is one
// entry here.
import { z } from './zod';
import { LAYER_IDS, type LayerId } from '../data/schemas';
import { DEFAULT_LANG } from '../i18n/languages';
import { hasMetric } from './metric-registry';
import {
  BASEMAPS,
  FLAVOUR_CHOICES,
  LANGS,
  MODES,
  EMBED_TEXT_MAX,
  THEMES,
  type AnalysisState,
  type EmbedOptions,
  type UrlState,
} from './vocabulary';
import {
  decodeBreaks,
  decodeCamera,
  decodeChapter,
  decodePart,
  decodeChoropleth,
  decodeCompare,
  decodeFlag,
  decodeKm,
  decodeLayers,
  decodeAutoplay,
  decodeTourId,
  decodeOrigin,
  decodeRings,
  decodeSelection,
  decodeText,
  decodeYear,
  encodeCamera,
  encodeOrigin,
  sameList,
} from './url-values';

/**
 * Where a parameter belongs. `view`: what the map shows, in every mode (the share link, the embed,
 * the host's events). `mode`: which view opens. `app`: the full app only. `present`: written only
 * in presenter mode. `embed`: only an embed reads it; a link to the full app drops it.
 */
export type ParamScope = 'view' | 'mode' | 'app' | 'present' | 'embed';

/** The three records a link fills: the app state, its analysis part, and the embed's options. */
type Target = 'state' | 'analysis' | 'embed';
type TargetShape = { state: UrlState; analysis: AnalysisState; embed: EmbedOptions };

interface ParamSpec<V, S extends ParamScope> {
  key: string;
  scope: S;
  default: V;
  /** Raw query value (null when absent) → value; `.catch` makes a malformed value the default. */
  schema: z.ZodType<V>;
  encode: (value: V) => string;
  /** Whether a value equals the default (and so is left out of the link). Defaults to ===. */
  same?: (a: V, b: V) => boolean;
}

/** One row of the table, as the codec walks it (the value's type is checked where the row is declared). */
export interface UrlParam {
  key: string;
  target: Target;
  field: string;
  scope: ParamScope;
  default: unknown;
  schema: z.ZodType<unknown>;
  encode: (value: never) => string;
  same?: (a: never, b: never) => boolean;
}

const raw = z.string().nullable();

/** A schema from a decoder that already returns a safe value for anything it is given. */
function decoded<T>(decode: (value: string | null) => T): z.ZodType<T> {
  return raw.catch(null).transform(decode) as unknown as z.ZodType<T>;
}

function oneOf<T extends string>(list: readonly T[], fallback: T): z.ZodType<T> {
  return z.enum(list as [T, ...T[]]).catch(fallback) as unknown as z.ZodType<T>;
}

function entry<G extends Target, F extends keyof TargetShape[G] & string, S extends ParamScope>(
  target: G,
  field: F,
  spec: ParamSpec<TargetShape[G][F], S>,
): ParamSpec<TargetShape[G][F], S> & { target: G; field: F } {
  return { ...spec, target, field };
}

export const DEFAULT_LAYERS: LayerId[] = [...LAYER_IDS];

export const URL_PARAMS = [
  entry('state', 'mode', { key: 'mode', scope: 'mode', default: 'explore', schema: oneOf(MODES, 'explore'), encode: String }),
  entry('state', 'lang', { key: 'lang', scope: 'view', default: DEFAULT_LANG, schema: oneOf(LANGS, DEFAULT_LANG), encode: String }),
  entry('state', 'selection', {
    key: 'sel',
    scope: 'view',
    default: null,
    schema: decoded(decodeSelection),
    encode: (s) => (s ? `${s.kind}:${s.id}` : ''),
  }),
  entry('state', 'layers', {
    key: 'layers',
    scope: 'view',
    default: DEFAULT_LAYERS,
    schema: decoded((v) => decodeLayers(v, DEFAULT_LAYERS)),
    // Registry order, so the same set always gives the same link.
    encode: (layers) => LAYER_IDS.filter((id) => layers.includes(id)).join(','),
    same: (a, b) => a.length === b.length && a.every((id) => b.includes(id)),
  }),
  entry('state', 'metric', {
    key: 'metric',
    scope: 'view',
    default: 'population',
    // Checked against the registry when the link is read: a metric added later is not in an old link.
    schema: decoded((v) => (v !== null && hasMetric(v) ? v : 'population')),
    encode: String,
  }),
  entry('state', 'camera', { key: 'map', scope: 'view', default: null, schema: decoded(decodeCamera), encode: (c) => (c ? encodeCamera(c) : '') }),
  entry('state', 'chapter', { key: 'chapter', scope: 'present', default: 1, schema: decoded(decodeChapter), encode: String }),
  // The part of a long chapter, so a reload or a link keeps the presenter's place inside it.
  entry('state', 'part', { key: 'part', scope: 'present', default: 1, schema: decoded(decodePart), encode: String }),
  entry('state', 'tour', { key: 'tour', scope: 'present', default: null, schema: decoded(decodeTourId), encode: (id) => id ?? '' }),
  entry('state', 'autoplay', { key: 'autoplay', scope: 'present', default: null, schema: decoded(decodeAutoplay), encode: String }),
  // A view field: a share link and an embed carry the basemap too. An id this deployment has not
  // configured still parses (the map draws the built-in basemap and says why).
  entry('state', 'basemap', { key: 'basemap', scope: 'view', default: 'builtin', schema: oneOf(BASEMAPS, 'builtin'), encode: String }),
  // The embed has its own `theme`; this is the dashboard's and the presenter's (src/lib/flavour.ts).
  entry('state', 'flavour', { key: 'flavour', scope: 'app', default: 'auto', schema: oneOf(FLAVOUR_CHOICES, 'auto'), encode: String }),
  entry('analysis', 'choropleth', {
    key: 'choro',
    scope: 'app',
    default: null,
    schema: decoded(decodeChoropleth),
    encode: (c) => (c ? `${c.method}:${c.classes}` : ''),
  }),
  entry('analysis', 'breaks', {
    key: 'breaks',
    scope: 'app',
    default: null,
    schema: decoded(decodeBreaks),
    encode: (b) => (b ?? []).join(','),
    same: (a, b) => (a === null || a.length === 0) && (b === null || b.length === 0),
  }),
  entry('analysis', 'reachKm', { key: 'reach', scope: 'app', default: 3, schema: decoded((v) => decodeKm(v, 3)), encode: String }),
  entry('analysis', 'rings', {
    key: 'rings',
    scope: 'app',
    default: [1, 3, 5],
    schema: decoded((v) => decodeRings(v, [1, 3, 5])),
    encode: (r) => r.join(','),
    same: sameList,
  }),
  entry('analysis', 'origin', { key: 'from', scope: 'app', default: null, schema: decoded(decodeOrigin), encode: encodeOrigin }),
  entry('analysis', 'year', { key: 'year', scope: 'app', default: null, schema: decoded(decodeYear), encode: String }),
  entry('analysis', 'compare', {
    key: 'cmp',
    scope: 'app',
    default: null,
    schema: decoded(decodeCompare),
    encode: (c) => (c ?? []).join(','),
    // A half-filled comparison is not worth a link.
    same: (a, b) => !(a && a[0] && a[1]) && !(b && b[0] && b[1]),
  }),
  entry('analysis', 'inView', { key: 'inview', scope: 'app', default: false, schema: decoded((v) => v === '1'), encode: () => '1' }),
  entry('analysis', 'reachOn', { key: 'cover', scope: 'app', default: false, schema: decoded((v) => v === '1'), encode: () => '1' }),
  entry('embed', 'theme', { key: 'theme', scope: 'embed', default: 'light', schema: oneOf(THEMES, 'light'), encode: String }),
  entry('embed', 'title', { key: 'title', scope: 'embed', default: '', schema: decoded((v) => decodeText(v, EMBED_TEXT_MAX.title)), encode: String }),
  entry('embed', 'description', {
    key: 'desc',
    scope: 'embed',
    default: '',
    schema: decoded((v) => decodeText(v, EMBED_TEXT_MAX.description)),
    encode: String,
  }),
  entry('embed', 'charts', { key: 'charts', scope: 'embed', default: false, schema: decoded((v) => decodeFlag(v, false)), encode: (v) => (v ? '1' : '0') }),
  entry('embed', 'interactive', {
    key: 'interactive',
    scope: 'embed',
    default: true,
    schema: decoded((v) => decodeFlag(v, true)),
    encode: (v) => (v ? '1' : '0'),
  }),
] as const;

/** The state fields that describe what the map shows: what a share link, an embed and a host's events carry. */
export const VIEW_FIELDS = ['lang', 'selection', 'layers', 'metric', 'camera', 'basemap'] as const satisfies readonly (keyof UrlState)[];

// Keep VIEW_FIELDS in step with the table: a `view` parameter missing from the list (or the other
// way round) fails to compile here.
type ViewParamField = Extract<(typeof URL_PARAMS)[number], { scope: 'view' }>['field'];
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const viewFieldsMatch: Exact<ViewParamField, (typeof VIEW_FIELDS)[number]> = true;
void viewFieldsMatch;

/** Every field of the app state a link carries (the analysis record counts as one). */
export const URL_STATE_FIELDS: readonly (keyof UrlState)[] = [
  ...new Set([...(URL_PARAMS as readonly UrlParam[]).filter((p) => p.target === 'state').map((p) => p.field as keyof UrlState), 'analysis' as const]),
];

/** Parameters that mean something only inside an embed; a link to the full app drops them. */
export const EMBED_ONLY_PARAMS: readonly string[] = URL_PARAMS.filter((p) => p.scope === 'embed').map((p) => p.key);

/** The defaults of one target, read from the table. */
export function defaultsOf<G extends Target>(target: G): TargetShape[G] {
  const out: Record<string, unknown> = {};
  for (const p of URL_PARAMS as readonly UrlParam[]) if (p.target === target) out[p.field] = p.default;
  return out as unknown as TargetShape[G];
}
