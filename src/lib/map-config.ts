// Imports name their .ts files: vite.config.ts loads this module (and what it imports) natively.
// The deployment's basemap configuration: `map-config.json` beside index.html (in the repository
// `public/map-config.json`), read at run time by the app (which basemaps the select offers, their
// keys) and at build time by vite.config.ts (which hosts the Content-Security-Policy allows). A
// provider whose key or address is empty is not configured, and its option is absent.
//
//   { "version": 1,
//     "tianditu": { "key": "<Tianditu browser key>" },
//     "amap": { "enabled": true },
//     "customStyle": { "url": "https://maps.example.org/shanghai/style.json", "attribution": "© OpenStreetMap contributors",
//                      "attributionUrl": "https://www.openstreetmap.org/copyright", "name": { "en": "City map", "zh": "城市地图" },
//                      "origins": ["https://tiles.example.org"], "datum": "WGS84" } }
import { z } from './zod.ts';
import { textProblem, urlProblem } from './safe-text.ts';

/** A bare http(s) origin (`https://host[:port]`), exactly as the browser writes it. */
export function isBareOrigin(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === raw;
  } catch {
    return false;
  }
}

const text = (max: number) => z.string().refine((s) => textProblem(s, max) === null, { message: `text over ${max} characters or with invisible characters` });
/** Empty (not configured), an http(s) address, or a path on this site (`styles/city.json`). */
const address = z
  .string()
  .refine((s) => s === '' || (/^https?:\/\//i.test(s) ? urlProblem(s) === null : /^[\w./-]+$/.test(s) && !s.startsWith('//')), {
    message: 'not an http(s) address or a path on this site',
  });

export const mapConfigSchema = z.strictObject({
  version: z.literal(1),
  tianditu: z
    // Tianditu issues 32-character hexadecimal keys; anything with other characters cannot be one
    // and would be pasted into a URL.
    .strictObject({ key: z.string().regex(/^[A-Za-z0-9]{0,64}$/, 'a Tianditu key is letters and digits') })
    .optional(),
  amap: z.strictObject({ enabled: z.boolean() }).optional(),
  customStyle: z
    .strictObject({
      url: address,
      attribution: text(300),
      attributionUrl: address.optional(),
      name: z.strictObject({ en: text(60), zh: text(60) }).optional(),
      // Hosts the style's tiles, glyphs and sprites come from, when not the style's own.
      origins: z.array(z.string().refine(isBareOrigin, 'not a bare origin (https://host[:port])')).max(16).optional(),
      datum: z.enum(['WGS84', 'GCJ-02']).optional(),
    })
    .optional(),
});

export type MapConfig = z.infer<typeof mapConfigSchema>;

/** No file, or a broken one: the built-in basemap and OpenStreetMap only. */
export const EMPTY_MAP_CONFIG: MapConfig = { version: 1 };

/** The file's contents → the configuration, or the empty one and what was wrong (for the console). */
export function parseMapConfig(json: unknown): { config: MapConfig; error: string | null } {
  if (json === null || json === undefined) return { config: EMPTY_MAP_CONFIG, error: null };
  const parsed = mapConfigSchema.safeParse(json);
  if (parsed.success) return { config: parsed.data, error: null };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return { config: EMPTY_MAP_CONFIG, error: issues };
}
