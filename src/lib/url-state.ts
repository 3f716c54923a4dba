// The one URL codec. Everything a shared link must reproduce lives in the query string:
//   ?lang=zh&sel=district:310105&layers=pudong,service-centres&metric=density&map=11.2/31.2200/121.4300/0/0
// Which parameters exist, their defaults, schemas and encoders are declared in url-params.ts; this
// module only walks that table. Decoding never throws: each parameter is parsed on its own and a
// bad one falls back to its default, so a mangled link still opens the rest of the view it describes.
import { URL_PARAMS, URL_STATE_FIELDS, VIEW_FIELDS, defaultsOf, type UrlParam } from './url-params';
import type { AnalysisState, EmbedOptions, UrlState, ViewState } from './vocabulary';

export { DEFAULT_LAYERS, EMBED_ONLY_PARAMS } from './url-params';
export { decodeAutoplay, decodeCamera, decodeChapter, decodeRings, encodeCamera } from './url-values';

export const DEFAULT_ANALYSIS: AnalysisState = defaultsOf('analysis');
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = defaultsOf('embed');
export const DEFAULT_STATE: UrlState = { ...defaultsOf('state'), analysis: DEFAULT_ANALYSIS };

/** Longer values are not links a person made: they are dropped before any parsing. */
const MAX_PARAM_LENGTH = 512;

type Targets = { state: UrlState; analysis: AnalysisState; embed: EmbedOptions };
type Fields = Record<string, unknown>;

function parse(search: string): URLSearchParams | null {
  try {
    return new URLSearchParams(search);
  } catch {
    return null;
  }
}

function rawValue(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value === null || value.length > MAX_PARAM_LENGTH ? null : value;
}

function decodeInto(params: URLSearchParams | null, targets: Targets, only: UrlParam['target']): void {
  for (const p of URL_PARAMS as readonly UrlParam[]) {
    if (p.target !== only) continue;
    const value = params ? p.schema.parse(rawValue(params, p.key)) : p.default;
    (targets[p.target] as unknown as Fields)[p.field as string] = value;
  }
}

function freshTargets(): Targets {
  return { state: { ...DEFAULT_STATE }, analysis: { ...DEFAULT_ANALYSIS }, embed: { ...DEFAULT_EMBED_OPTIONS } };
}

export function decodeUrlState(search: string): UrlState {
  const params = parse(search);
  const t = freshTargets();
  decodeInto(params, t, 'state');
  decodeInto(params, t, 'analysis');
  return { ...t.state, analysis: t.analysis };
}

export function decodeEmbedOptions(search: string): EmbedOptions {
  const t = freshTargets();
  decodeInto(parse(search), t, 'embed');
  return t.embed;
}

function isDefault(p: UrlParam, value: unknown): boolean {
  return p.same ? p.same(value as never, p.default as never) : value === p.default;
}

/**
 * Writes, in table order, every parameter of `scopes` that differs from its default and deletes
 * the others; parameters of the `dropped` scopes are deleted whatever their value.
 */
function encodeInto(params: URLSearchParams, targets: Partial<Targets>, scopes: readonly UrlParam['scope'][], dropped: readonly UrlParam['scope'][] = []): void {
  for (const p of URL_PARAMS as readonly UrlParam[]) {
    if (dropped.includes(p.scope)) {
      params.delete(p.key);
      continue;
    }
    const record = targets[p.target] as unknown as Fields | undefined;
    if (!record || !scopes.includes(p.scope)) continue;
    const value = record[p.field as string];
    if (isDefault(p, value)) params.delete(p.key);
    else params.set(p.key, p.encode(value as never));
  }
}

/** Commas, colons and slashes are readable in a link and safe in a query value. */
function queryString(params: URLSearchParams): string {
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2F', '/');
}

/**
 * Only what differs from the defaults is written, so a plain link stays plain. Other parameters
 * already in the URL (those a later mode adds) are kept.
 */
export function encodeUrlState(state: UrlState, base = ''): string {
  const params = new URLSearchParams(base);
  // The chapter, the tour and autoplay belong to the tour's modes: the dashboard's links do not carry them.
  const presenting = state.mode === 'present' || state.mode === 'presenter-view' || state.mode === 'build';
  encodeInto(params, { state, analysis: state.analysis }, presenting ? ['mode', 'view', 'app', 'present'] : ['mode', 'view', 'app'], presenting ? [] : ['present']);
  const out = queryString(params);
  return out ? `?${out}` : '';
}

/** The part of any state (the store's, say) that a link carries. */
export function urlStateOf(state: UrlState): UrlState {
  return Object.fromEntries(URL_STATE_FIELDS.map((f) => [f, state[f]])) as unknown as UrlState;
}

/** The view fields of any state: what a share link, an embed and the host's events describe. */
export function viewOf(state: ViewState): ViewState {
  return Object.fromEntries(VIEW_FIELDS.map((f) => [f, state[f]])) as unknown as ViewState;
}

/** The query string of an embed: the view (as the shared link writes it) plus the embed options. */
export function encodeEmbedUrl(state: ViewState, options: EmbedOptions): string {
  // `mode` first, so a reader of the link sees at once that it is an embed.
  const params = new URLSearchParams({ mode: 'embed' });
  encodeInto(params, { state: { ...DEFAULT_STATE, ...viewOf(state) } }, ['view']);
  encodeInto(params, { embed: options }, ['embed']);
  return `?${queryString(params)}`;
}

/** The full app's query string for the same view: the embed-only parameters and the mode dropped. */
export function fullAppSearch(state: ViewState): string {
  return encodeUrlState({ ...DEFAULT_STATE, ...viewOf(state), mode: 'explore' });
}
