// The one URL codec. Everything a shared link must reproduce lives in the query string:
//   ?lang=zh&sel=district:310105&layers=pudong,service-centres&metric=density&map=11.2/31.2200/121.4300/0/0
// Decoding never throws: each parameter is parsed on its own and a bad one falls back to its
// default, so a mangled link still opens the rest of the view it describes.
import { LAYER_IDS, type LayerId } from '../data/schemas';
import {
  BASEMAPS,
  CHORO_METHODS,
  LANGS,
  METRIC_IDS,
  MODES,
  SELECTION_KINDS,
  THEMES,
  type AnalysisState,
  type Basemap,
  type Camera,
  type Choropleth,
  type EmbedOptions,
  type Lang,
  type Metric,
  type Mode,
  type ProximityOrigin,
  type Selection,
  type Theme,
  type UrlState,
  type ViewState,
} from './vocabulary';
import { inRegion } from './shanghai';

/** Every layer is on by default. */
export const DEFAULT_LAYERS: LayerId[] = [...LAYER_IDS];

// ---------------------------------------------------------------------------------------------
// Analysis (issue #5). Parameters: `choro=jenks:5` (choropleth on, method and class count),
// `breaks=10,20,50` (custom class breaks), `reach=3` (km), `rings=1,3,5` (km),
// `from=site:<id>` or `from=pt:<lng>,<lat>` (proximity origin), `year=2016` (timeline), `cmp=310104,310105` (two districts compared), `inview=1` (filter to map view).

export const DEFAULT_ANALYSIS: AnalysisState = {
  choropleth: null,
  breaks: null,
  reachKm: 3,
  rings: [1, 3, 5],
  origin: null,
  year: null,
  compare: null,
  inView: false,
};

export const YEAR_RANGE = { min: 1890, max: 2100 } as const;

export function decodeChoropleth(raw: string | null): Choropleth | null {
  if (!raw) return null;
  const [method = '', k = '5'] = raw.split(':');
  if (!includes(CHORO_METHODS, method)) return null;
  const classes = Number(k);
  if (!Number.isInteger(classes) || classes < 3 || classes > 7) return null;
  return { method, classes };
}

export function decodeBreaks(raw: string | null): number[] | null {
  if (!raw) return null;
  const parts = raw.split(',');
  if (parts.length < 2 || parts.length > 6 || parts.some((p) => p.trim() === '')) return null;
  const nums = parts.map(Number);
  if (nums.some((n) => !Number.isFinite(n))) return null;
  for (let i = 1; i < nums.length; i++) if (nums[i]! <= nums[i - 1]!) return null;
  return nums;
}

export function decodeKm(raw: string | null, fallback: number): number {
  if (!raw || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0.1 && n <= 50 ? n : fallback;
}

export function decodeRings(raw: string | null): number[] {
  if (!raw) return DEFAULT_ANALYSIS.rings;
  const parts = raw.split(',');
  if (parts.length > 5 || parts.some((p) => p.trim() === '')) return DEFAULT_ANALYSIS.rings;
  const nums = parts.map(Number);
  if (nums.some((n) => !Number.isFinite(n) || n < 0.1 || n > 50)) return DEFAULT_ANALYSIS.rings;
  return [...new Set(nums)].sort((a, b) => a - b);
}

export function decodeOrigin(raw: string | null): ProximityOrigin | null {
  if (!raw) return null;
  if (raw.startsWith('site:')) {
    const id = raw.slice(5);
    return ID_PATTERN.test(id) ? { kind: 'site', id } : null;
  }
  if (raw.startsWith('pt:')) {
    const parts = raw.slice(3).split(',');
    if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return null;
    const [lng, lat] = parts.map(Number) as [number, number];
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
    // Outside Shanghai's region a point is a typo or an attack, not a place in our data.
    if (!inRegion(lng, lat)) return null;
    return { kind: 'point', lng, lat };
  }
  return null;
}

export function decodeYear(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const y = Number(raw);
  return y >= YEAR_RANGE.min && y <= YEAR_RANGE.max ? y : null;
}

export function decodeCompare(raw: string | null): [string, string] | null {
  if (!raw) return null;
  const parts = raw.split(',');
  if (parts.length !== 2 || !parts.every((p) => /^3101\d{2}$/.test(p))) return null;
  return [parts[0]!, parts[1]!];
}

export function decodeAnalysis(params: URLSearchParams): AnalysisState {
  return {
    choropleth: decodeChoropleth(param(params, 'choro')),
    breaks: decodeBreaks(param(params, 'breaks')),
    reachKm: decodeKm(param(params, 'reach'), DEFAULT_ANALYSIS.reachKm),
    rings: decodeRings(param(params, 'rings')),
    origin: decodeOrigin(param(params, 'from')),
    year: decodeYear(param(params, 'year')),
    compare: decodeCompare(param(params, 'cmp')),
    inView: param(params, 'inview') === '1',
  };
}

/** The analysis parameters to write; null deletes a parameter (it is at its default). */
export function encodeAnalysis(a: AnalysisState): Record<string, string | null> {
  const ringsDefault = a.rings.length === DEFAULT_ANALYSIS.rings.length && a.rings.every((r, i) => r === DEFAULT_ANALYSIS.rings[i]);
  return {
    choro: a.choropleth ? `${a.choropleth.method}:${a.choropleth.classes}` : null,
    breaks: a.breaks && a.breaks.length ? a.breaks.join(',') : null,
    reach: a.reachKm === DEFAULT_ANALYSIS.reachKm ? null : String(a.reachKm),
    rings: ringsDefault ? null : a.rings.join(','),
    from: a.origin
      ? a.origin.kind === 'site'
        ? `site:${a.origin.id}`
        : `pt:${a.origin.lng.toFixed(5)},${a.origin.lat.toFixed(5)}`
      : null,
    year: a.year === null ? null : String(a.year),
    cmp: a.compare && a.compare[0] && a.compare[1] ? a.compare.join(',') : null,
    inview: a.inView ? '1' : null,
  };
}

export const DEFAULT_STATE: UrlState = {
  mode: 'explore',
  lang: 'en',
  selection: null,
  layers: DEFAULT_LAYERS,
  metric: 'population',
  camera: null,
  chapter: 1,
  autoplay: null,
  basemap: 'builtin',
  analysis: DEFAULT_ANALYSIS,
};

/** Autoplay intervals a link may ask for: short enough to test, long enough to read, at most an hour. */
export const AUTOPLAY_RANGE = { min: 2, max: 3600 } as const;
const MAX_CHAPTER = 999;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_PARAM_LENGTH = 512;

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function param(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  if (value === null || value.length > MAX_PARAM_LENGTH) return null;
  return value;
}

export function decodeMode(raw: string | null): Mode {
  return raw !== null && includes(MODES, raw) ? raw : DEFAULT_STATE.mode;
}

export function decodeLang(raw: string | null, fallback: Lang = DEFAULT_STATE.lang): Lang {
  return raw !== null && includes(LANGS, raw) ? raw : fallback;
}

export function decodeSelection(raw: string | null): Selection | null {
  if (!raw) return null;
  const sep = raw.indexOf(':');
  if (sep < 0) return null;
  const kind = raw.slice(0, sep);
  const id = raw.slice(sep + 1);
  if (!includes(SELECTION_KINDS, kind) || !ID_PATTERN.test(id)) return null;
  return { kind, id };
}

export function decodeLayers(raw: string | null): LayerId[] {
  if (raw === null) return DEFAULT_LAYERS;
  // An explicit empty value means "no layers", which is a view a user can ask for.
  if (raw === '') return [];
  const wanted = raw.split(',');
  const known = LAYER_IDS.filter((id) => wanted.includes(id));
  // Only unknown names: the link is broken, not a request for an empty map.
  return known.length === 0 ? DEFAULT_LAYERS : known;
}

export function decodeMetric(raw: string | null): Metric {
  return raw !== null && includes(METRIC_IDS, raw) ? raw : DEFAULT_STATE.metric;
}

export function decodeCamera(raw: string | null): Camera | null {
  if (!raw) return null;
  const parts = raw.split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  // Number('') is 0, so empty parts are rejected explicitly.
  if (parts.some((p) => p.trim() === '')) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number) as number[];
  const values = [zoom, lat, lng, bearing, pitch];
  if (values.some((v) => v === undefined || !Number.isFinite(v))) return null;
  if (zoom! < 0 || zoom! > 22) return null;
  if (!inRegion(lng!, lat!)) return null;
  if (pitch! < 0 || pitch! > 85) return null;
  return { zoom: zoom!, lat: lat!, lng: lng!, bearing: ((bearing! % 360) + 360) % 360, pitch: pitch! };
}

/** `chapter=5` → 5. Anything else (0, -1, 2.5, "five", empty) is chapter 1, the tour's start. */
export function decodeChapter(raw: string | null): number {
  if (raw === null || !/^\d{1,3}$/.test(raw)) return DEFAULT_STATE.chapter;
  const n = Number(raw);
  return n >= 1 && n <= MAX_CHAPTER ? n : DEFAULT_STATE.chapter;
}

/** `autoplay=20` → 20 seconds a chapter. Absent or unusable: no autoplay (a kiosk must ask for it). */
export function decodeAutoplay(raw: string | null): number | null {
  if (raw === null || !/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= AUTOPLAY_RANGE.min && n <= AUTOPLAY_RANGE.max ? n : null;
}

export function decodeBasemap(raw: string | null): Basemap {
  return raw !== null && includes(BASEMAPS, raw) ? raw : DEFAULT_STATE.basemap;
}

export function decodeUrlState(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_STATE;
  }
  return {
    mode: decodeMode(param(params, 'mode')),
    lang: decodeLang(param(params, 'lang')),
    selection: decodeSelection(param(params, 'sel')),
    layers: decodeLayers(param(params, 'layers')),
    metric: decodeMetric(param(params, 'metric')),
    camera: decodeCamera(param(params, 'map')),
    chapter: decodeChapter(param(params, 'chapter')),
    autoplay: decodeAutoplay(param(params, 'autoplay')),
    basemap: decodeBasemap(param(params, 'basemap')),
    analysis: decodeAnalysis(params),
  };
}

/** Enough decimals to land within a pixel at this zoom, no more: the link stays short. */
function coordDecimals(zoom: number): number {
  const pixelsPerDegree = (256 * 2 ** zoom) / 360;
  return Math.max(2, Math.min(6, Math.ceil(Math.log10(pixelsPerDegree))));
}

export function encodeCamera(c: Camera): string {
  const d = coordDecimals(c.zoom);
  const parts = [c.zoom.toFixed(2), c.lat.toFixed(d), c.lng.toFixed(d)];
  const bearing = Math.round(c.bearing * 10) / 10;
  const pitch = Math.round(c.pitch * 10) / 10;
  if (bearing !== 0 || pitch !== 0) parts.push(String(bearing), String(pitch));
  return parts.join('/');
}

function sameLayers(a: readonly LayerId[], b: readonly LayerId[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * Only what differs from the defaults is written, so a plain link stays plain. Other parameters
 * already in the URL (those a later mode adds) are kept.
 */
export function encodeUrlState(state: UrlState, base = ''): string {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value));
  set('mode', state.mode === DEFAULT_STATE.mode ? null : state.mode);
  set('lang', state.lang === DEFAULT_STATE.lang ? null : state.lang);
  set('sel', state.selection ? `${state.selection.kind}:${state.selection.id}` : null);
  // Layers in registry order, so the same set always gives the same link.
  const ordered = LAYER_IDS.filter((id) => state.layers.includes(id));
  set('layers', sameLayers(ordered, DEFAULT_LAYERS) ? null : ordered.join(','));
  set('metric', state.metric === DEFAULT_STATE.metric ? null : state.metric);
  set('map', state.camera ? encodeCamera(state.camera) : null);
  // The chapter and autoplay belong to presenter mode: the dashboard's links do not carry them.
  const presenting = state.mode === 'present';
  set('chapter', !presenting || state.chapter === DEFAULT_STATE.chapter ? null : String(state.chapter));
  set('autoplay', !presenting || state.autoplay === null ? null : String(state.autoplay));
  set('basemap', state.basemap === DEFAULT_STATE.basemap ? null : state.basemap);
  for (const [key, value] of Object.entries(encodeAnalysis(state.analysis))) set(key, value);
  const out = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2F', '/');
  return out ? `?${out}` : '';
}

// ---------------------------------------------------------------------------------------------
// Embed options (issue #4). Only `?mode=embed` reads them; each decodes on its own like the rest.
// Focus, layers, metric and language are the parameters above; these three are the embed's own.

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'light', charts: false, interactive: true };

/** Parameters that mean something only inside an embed; a link to the full app drops them. */
export const EMBED_ONLY_PARAMS = ['theme', 'charts', 'interactive'] as const;

function decodeFlag(raw: string | null, fallback: boolean): boolean {
  if (raw === '1') return true;
  if (raw === '0') return false;
  return fallback;
}

export function decodeTheme(raw: string | null): Theme {
  return raw !== null && includes(THEMES, raw) ? raw : DEFAULT_EMBED_OPTIONS.theme;
}

export function decodeEmbedOptions(search: string): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_EMBED_OPTIONS;
  }
  return {
    theme: decodeTheme(param(params, 'theme')),
    charts: decodeFlag(param(params, 'charts'), DEFAULT_EMBED_OPTIONS.charts),
    interactive: decodeFlag(param(params, 'interactive'), DEFAULT_EMBED_OPTIONS.interactive),
  };
}

/** The query string of an embed: the view (as the shared link writes it) plus the embed options. */
export function encodeEmbedUrl(state: ViewState, options: EmbedOptions): string {
  const params = new URLSearchParams(encodeUrlState({ ...DEFAULT_STATE, ...state, mode: 'embed' }));
  params.delete('mode');
  // `mode` first, so a reader of the link sees at once that it is an embed.
  const out = new URLSearchParams({ mode: 'embed' });
  for (const [k, v] of params) out.set(k, v);
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) out.set('theme', options.theme);
  if (options.charts !== DEFAULT_EMBED_OPTIONS.charts) out.set('charts', options.charts ? '1' : '0');
  if (options.interactive !== DEFAULT_EMBED_OPTIONS.interactive) out.set('interactive', options.interactive ? '1' : '0');
  return `?${out.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2F', '/')}`;
}

/** The full app's query string for the same view: the embed-only parameters and the mode dropped. */
export function fullAppSearch(state: ViewState): string {
  return encodeUrlState({ ...DEFAULT_STATE, ...state, mode: 'explore' });
}
