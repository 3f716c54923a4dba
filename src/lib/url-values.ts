// The values a link carries, each parsed on its own: a decoder returns a safe value for anything it
// is given (a bad value gives the caller's fallback, never an exception), an encoder writes the
// shortest text that decodes back to the same value. The parameter table (url-params.ts) names
// which decoder reads which key.
import { LAYER_IDS, type LayerId } from '../data/schemas';
import { inRegion } from './shanghai';
import { CHORO_METHODS, SELECTION_KINDS, type Camera, type Choropleth, type ProximityOrigin, type Selection } from './vocabulary';

export const YEAR_RANGE = { min: 1890, max: 2100 } as const;
/** Autoplay intervals a link may ask for: short enough to test, long enough to read, at most an hour. */
export const AUTOPLAY_RANGE = { min: 2, max: 3600 } as const;
const MAX_CHAPTER = 999;
const DEFAULT_RINGS = [1, 3, 5];
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function encodeOrigin(origin: ProximityOrigin | null): string {
  if (!origin) return '';
  return origin.kind === 'site' ? `site:${origin.id}` : `pt:${origin.lng.toFixed(5)},${origin.lat.toFixed(5)}`;
}

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

export function decodeRings(raw: string | null, fallback: number[] = DEFAULT_RINGS): number[] {
  if (!raw) return fallback;
  const parts = raw.split(',');
  if (parts.length > 5 || parts.some((p) => p.trim() === '')) return fallback;
  const nums = parts.map(Number);
  if (nums.some((n) => !Number.isFinite(n) || n < 0.1 || n > 50)) return fallback;
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

export function decodeSelection(raw: string | null): Selection | null {
  if (!raw) return null;
  const sep = raw.indexOf(':');
  if (sep < 0) return null;
  const kind = raw.slice(0, sep);
  const id = raw.slice(sep + 1);
  if (!includes(SELECTION_KINDS, kind) || !ID_PATTERN.test(id)) return null;
  return { kind, id };
}

export function decodeLayers(raw: string | null, fallback: LayerId[] = [...LAYER_IDS]): LayerId[] {
  if (raw === null) return fallback;
  // An explicit empty value means "no layers", which is a view a user can ask for.
  if (raw === '') return [];
  const wanted = raw.split(',');
  const known = LAYER_IDS.filter((id) => wanted.includes(id));
  // Only unknown names: the link is broken, not a request for an empty map.
  return known.length === 0 ? fallback : known;
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
  if (raw === null || !/^\d{1,3}$/.test(raw)) return 1;
  const n = Number(raw);
  return n >= 1 && n <= MAX_CHAPTER ? n : 1;
}

/** `part=2` → 2: a part of a long chapter (1 to 1000, the tour's "last part" marker). Else 1. */
export function decodePart(raw: string | null): number {
  if (raw === null || !/^\d{1,4}$/.test(raw)) return 1;
  const n = Number(raw);
  return n >= 1 && n <= 1_000 ? n : 1;
}

/** `autoplay=20` → 20 seconds a chapter. Absent or unusable: no autoplay (a kiosk must ask for it). */
export function decodeAutoplay(raw: string | null): number | null {
  if (raw === null || !/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= AUTOPLAY_RANGE.min && n <= AUTOPLAY_RANGE.max ? n : null;
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

export function decodeFlag(raw: string | null, fallback: boolean): boolean {
  if (raw === '1') return true;
  if (raw === '0') return false;
  return fallback;
}

/** `tour=t-k3j9x2` → a saved tour's id (letters, digits, hyphens). Anything else: the built-in tour. */
export function decodeTourId(raw: string | null): string | null {
  return raw !== null && /^[a-z0-9][a-z0-9-]{0,63}$/.test(raw) ? raw : null;
}

/**
 * Free text a portal writes into its embed link (a title, a description): control characters
 * and runs of white space become one space; longer than `max` characters, or empty, is no text.
 * It is only ever rendered as text.
 */
export function decodeText(raw: string | null, max: number): string {
  if (raw === null) return '';
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  return [...text].length > max ? '' : text;
}
