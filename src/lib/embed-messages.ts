// The embed's postMessage API, version 1: what a host page may ask of an embedded map, what the
// map tells the host, and the one pure function that decides whether a message is obeyed.
//
// Rules the handler enforces, whatever the message says:
//   - the sender's origin must be on the deployment's allowlist (exact origin match);
//   - the message must match the schema exactly (strict objects: an unknown key is malformed);
//   - ids must name something in the loaded data; coordinates must be on the map of Shanghai.
// A message that fails any rule becomes a rejection with a reason, which the embed counts in its
// debug log and otherwise ignores: no dialog, no error thrown back at the host. Nothing from a
// message is ever rendered as HTML or evaluated; only validated ids and numbers reach the store.
import { z } from './zod';
import { LAYER_IDS, type LayerId } from '../data/schemas';
import { decodeCamera } from './url-state';
import { hasMetric } from './metric-registry';
import { BASEMAPS, LANGS, SELECTION_KINDS, type Camera, type Lang, type Metric, type Selection, type ViewState } from './vocabulary';

export const EMBED_API_VERSION = 1;
export const COMMAND_TYPE = 'talent-map:command';
export const EVENT_TYPE = 'talent-map:event';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const selectionSchema = z.strictObject({ kind: z.enum(SELECTION_KINDS), id: idSchema });
const layerListSchema = z.array(z.enum(LAYER_IDS)).max(LAYER_IDS.length);
const finite = z.number().finite();

/** A metric the registry knows, at the moment the message arrives (a user's own metrics included). */
const metricIdSchema = z.string().max(64).refine(hasMetric);

const commandBase = { type: z.literal(COMMAND_TYPE), version: z.literal(EMBED_API_VERSION) };

/** Commands a host page may send, in schema form (the README documents the same shapes). */
export const commandSchema = z.discriminatedUnion('command', [
  z.strictObject({ ...commandBase, command: z.literal('select'), selection: selectionSchema.nullable() }),
  z.strictObject({
    ...commandBase,
    command: z.literal('set-layers'),
    show: layerListSchema.optional(),
    hide: layerListSchema.optional(),
  }),
  z.strictObject({ ...commandBase, command: z.literal('set-metric'), metric: metricIdSchema }),
  z.strictObject({
    ...commandBase,
    command: z.literal('fly-to'),
    view: z.strictObject({ lng: finite, lat: finite, zoom: finite }),
  }),
  z.strictObject({ ...commandBase, command: z.literal('set-language'), lang: z.enum(LANGS) }),
]);
export type Command = z.infer<typeof commandSchema>;

/** What the embed does with an accepted command. Every field has been checked. */
export type EmbedAction =
  | { kind: 'select'; selection: Selection | null }
  | { kind: 'set-layers'; show: LayerId[]; hide: LayerId[] }
  | { kind: 'set-metric'; metric: Metric }
  | { kind: 'fly-to'; camera: Camera }
  | { kind: 'set-language'; lang: Lang };

export type RejectReason =
  | 'origin-not-allowed'
  | 'not-a-command'
  | 'unsupported-version'
  | 'malformed'
  | 'unknown-id'
  | 'out-of-bounds'
  | 'not-ready';

export type HandleResult = { ok: true; action: EmbedAction } | { ok: false; reason: RejectReason };

/** The ids the data knows, per kind; null while the data has not loaded. */
export type KnownIds = Record<Selection['kind'], ReadonlySet<string>> | null;

/** Exact origins (`https://portal.example.gov.cn`), as the allowlist holds them. */
export type Allowlist = ReadonlySet<string>;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Decides what to do with one message event. Pure and total: it returns a result for any input and
 * never throws (zod's safeParse does not throw; nothing here reads a getter of the message
 * outside zod's parse, which copies the data into fresh objects first).
 */
export function handleHostMessage(data: unknown, origin: string, allowlist: Allowlist, known: KnownIds): HandleResult {
  try {
    if (!allowlist.has(origin)) return { ok: false, reason: 'origin-not-allowed' };
    if (!isRecord(data) || data.type !== COMMAND_TYPE) return { ok: false, reason: 'not-a-command' };
    if (data.version !== EMBED_API_VERSION) return { ok: false, reason: 'unsupported-version' };
    const parsed = commandSchema.safeParse(data);
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    return toAction(parsed.data, known);
  } catch {
    // A structured-clone message cannot carry getters or proxies, but a caller in the same window
    // could pass one; it is malformed, not a crash.
    return { ok: false, reason: 'malformed' };
  }
}

function toAction(cmd: Command, known: KnownIds): HandleResult {
  switch (cmd.command) {
    case 'select': {
      if (cmd.selection === null) return { ok: true, action: { kind: 'select', selection: null } };
      if (!known) return { ok: false, reason: 'not-ready' };
      if (!known[cmd.selection.kind].has(cmd.selection.id)) return { ok: false, reason: 'unknown-id' };
      return { ok: true, action: { kind: 'select', selection: { kind: cmd.selection.kind, id: cmd.selection.id } } };
    }
    case 'set-layers': {
      const show = [...new Set(cmd.show ?? [])];
      const hide = [...new Set(cmd.hide ?? [])];
      // Asking to show and hide the same layer is a contradiction, not a toggle.
      if (show.some((id) => hide.includes(id))) return { ok: false, reason: 'malformed' };
      return { ok: true, action: { kind: 'set-layers', show, hide } };
    }
    case 'set-metric':
      return { ok: true, action: { kind: 'set-metric', metric: cmd.metric } };
    case 'fly-to': {
      // The URL codec's camera rules (Shanghai and a margin, zoom 0–22) are the one definition of a
      // sensible view; a view a link may not carry, a message may not ask for either.
      const { lng, lat, zoom } = cmd.view;
      const camera = decodeCamera(`${zoom}/${lat}/${lng}`);
      if (!camera) return { ok: false, reason: 'out-of-bounds' };
      return { ok: true, action: { kind: 'fly-to', camera } };
    }
    case 'set-language':
      return { ok: true, action: { kind: 'set-language', lang: cmd.lang } };
  }
}

// ---------------------------------------------------------------------------------------------
// Events to the host

/** The view fields of the URL table (url-params.ts); camera: the last settled one, null until the map has settled on a view of its own. */
export type ViewPayload = ViewState;

export interface SelectionPayload {
  selection: (Selection & { name_en: string; name_zh: string }) | null;
}

const eventBase = { type: z.literal(EVENT_TYPE), version: z.literal(EMBED_API_VERSION) };
const cameraSchema = z.strictObject({ lng: finite, lat: finite, zoom: finite, bearing: finite, pitch: finite });
const viewSchema = z.strictObject({
  lang: z.enum(LANGS),
  layers: layerListSchema,
  metric: metricIdSchema,
  camera: cameraSchema.nullable(),
  selection: selectionSchema.nullable(),
  basemap: z.enum(BASEMAPS as [string, ...string[]]),
});

/**
 * The tallest frame a `resize` event asks for, in CSS pixels. The host script
 * (public/embed-resize.js) applies the same bound, so a bad number never makes a page kilometres long.
 */
export const MAX_FRAME_HEIGHT = 10_000;
const frameHeightSchema = z.number().int().min(1).max(MAX_FRAME_HEIGHT);

/**
 * What became of an embed's `data=` saved map: applied, or refused (origin not allowed), failed
 * (network), invalid (not a saved map), too-large (over the saved-map size limit).
 */
export const DATA_STATUSES = ['loaded', 'refused', 'failed', 'invalid', 'too-large'] as const;
export type DataStatus = (typeof DATA_STATUSES)[number];

/** Events the embed posts, in schema form; the unit tests check every event built here against it. */
export const eventSchema = z.discriminatedUnion('event', [
  z.strictObject({ ...eventBase, event: z.literal('ready'), view: viewSchema }),
  z.strictObject({
    ...eventBase,
    event: z.literal('selection-changed'),
    selection: selectionSchema.extend({ name_en: z.string(), name_zh: z.string() }).nullable(),
  }),
  z.strictObject({ ...eventBase, event: z.literal('view-changed'), view: viewSchema }),
  z.strictObject({ ...eventBase, event: z.literal('resize'), height: frameHeightSchema }),
  // Once, right after `ready`, in an embed opened with `data=`: the saved map was applied, or why not.
  z.strictObject({ ...eventBase, event: z.literal('data'), status: z.enum(DATA_STATUSES), datasets: z.number().int().min(0).max(100) }),
]);
export type EmbedEvent = z.infer<typeof eventSchema>;

export function readyEvent(view: ViewPayload): EmbedEvent {
  return { type: EVENT_TYPE, version: EMBED_API_VERSION, event: 'ready', view: { ...view } };
}

export function viewChangedEvent(view: ViewPayload): EmbedEvent {
  return { type: EVENT_TYPE, version: EMBED_API_VERSION, event: 'view-changed', view: { ...view } };
}

export function selectionChangedEvent(payload: SelectionPayload): EmbedEvent {
  return { type: EVENT_TYPE, version: EMBED_API_VERSION, event: 'selection-changed', selection: payload.selection };
}

/** `datasets`: how many of the saved map's datasets were added (0 unless loaded). */
export function dataEvent(status: DataStatus, datasets: number): EmbedEvent {
  return { type: EVENT_TYPE, version: EMBED_API_VERSION, event: 'data', status, datasets: status === 'loaded' ? datasets : 0 };
}

/** The height the embed's content needs, whole pixels rounded up, within the bound above. */
export function resizeEvent(height: number): EmbedEvent {
  const h = Math.min(MAX_FRAME_HEIGHT, Math.max(1, Math.ceil(height)));
  return { type: EVENT_TYPE, version: EMBED_API_VERSION, event: 'resize', height: h };
}

// ---------------------------------------------------------------------------------------------
// The allowlist and the parent's origin

// The URL parser accepts hosts that are no hostname, `*` among them: `https://*.example.com` came
// through as an exact origin and read like a wildcard the allowlist does not have. Only names DNS
// can hold (letters, digits, inner hyphens; Unicode arrives punycoded) and IP literals are kept;
// anything else on the list is a mistake, dropped like an entry with a path.
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** `hostname` as the URL parser hands it over: lowercased, punycoded, IPv4 already canonical. */
function isValidHost(hostname: string): boolean {
  // The parser has already checked bracketed IPv6 and range-checked anything it read as IPv4.
  if (hostname.startsWith('[') || IPV4.test(hostname)) return true;
  return hostname.length <= 253 && hostname.split('.').every((label) => DNS_LABEL.test(label));
}

/** `https://a.example:8443` stays as it is; anything that is not a bare http(s) origin is dropped. */
export function normaliseOrigin(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // An origin has no path, query or credentials; an entry with any is a mistake, not a wildcard.
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  if (!isValidHost(url.hostname)) return null;
  return url.origin;
}

/** A comma- or space-separated list (the build-time variable) → origins; bad entries are dropped. */
export function parseOriginList(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(normaliseOrigin)
    .filter((o): o is string => o !== null);
}

/**
 * public/embed-config.json: `{ "version": 1, "allowedOrigins": ["https://…"] }`, and optionally
 * `"dataOrigins": ["https://…"]`: where a `?data=` saved map may be fetched from (this site always).
 */
export const embedConfigSchema = z.object({
  version: z.literal(1),
  allowedOrigins: z.array(z.string()).max(200),
  dataOrigins: z.array(z.string()).max(200).optional(),
});

/** The origins `?data=` may load from: the runtime file's `dataOrigins` and the build-time list. */
export function buildDataOrigins(fileJson: unknown, buildTime: string | undefined): Set<string> {
  const origins = new Set(parseOriginList(buildTime));
  const parsed = embedConfigSchema.safeParse(fileJson);
  if (parsed.success) {
    for (const o of parsed.data.dataOrigins ?? []) {
      const n = normaliseOrigin(o);
      if (n) origins.add(n);
    }
  }
  return origins;
}

/** The allowlist from the runtime file (already parsed JSON, or null when absent) and the build-time list. */
export function buildAllowlist(fileJson: unknown, buildTime: string | undefined): { allowlist: Set<string>; fileError: boolean } {
  const origins = new Set(parseOriginList(buildTime));
  let fileError = false;
  if (fileJson !== null && fileJson !== undefined) {
    const parsed = embedConfigSchema.safeParse(fileJson);
    if (parsed.success) {
      for (const o of parsed.data.allowedOrigins) {
        const n = normaliseOrigin(o);
        if (n) origins.add(n);
      }
    } else {
      fileError = true;
    }
  }
  return { allowlist: origins, fileError };
}

/**
 * The origin of the page that embeds us, if it can be known without trusting a message: the
 * browser's own record of the ancestors (Chromium, Safari), else the referrer the browser sent
 * for the frame (an origin under the default referrer policy). Null when not in a frame.
 */
export function parentOrigin(ancestorOrigins: readonly string[] | undefined, referrer: string): string | null {
  const fromAncestors = ancestorOrigins?.[0];
  if (fromAncestors) return normaliseOrigin(fromAncestors);
  if (!referrer) return null;
  try {
    return normaliseOrigin(new URL(referrer).origin);
  } catch {
    return null;
  }
}
