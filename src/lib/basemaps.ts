// The basemaps registry: what can be drawn under the app's own layers. Each entry says whether it
// needs the network, its datum (the app's data is WGS84; on a GCJ-02 basemap the app shifts what it
// draws, see datum.ts), its credits, whether the deployment has configured it (map-config.json:
// keys and addresses), and what to draw for a configuration and a language. The basemap select,
// the map, the attribution line, the consent question and the Content-Security-Policy's list of
// hosts all read it, so adding a basemap is an entry here and its messages (`map.basemap.<id>`).
import { LANGS, languageOf, type Lang } from '../i18n/languages.ts';
import type { Datum } from './datum.ts';
import type { MapConfig } from './map-config.ts';

export interface RasterTiles {
  /** Alternative addresses of the same tiles (MapLibre spreads requests over them). */
  tiles: readonly string[];
  tileSize: number;
  maxzoom: number;
}

/** What an online basemap draws: raster layers (bottom first), or a whole MapLibre style. */
export type BasemapDrawing = { kind: 'raster'; layers: readonly RasterTiles[] } | { kind: 'style'; url: string };

/** A credit: a catalogue key, or (from the deployment's file) text shown as it is. */
export type Credit = { labelKey: `map.${string}`; url?: string } | { text: string; url?: string };

export interface BasemapDef {
  id: string;
  /** Catalogue key of its name in the basemap select. */
  labelKey: `map.basemap.${string}`;
  /** Catalogue key of its short name, inside sentences ("Load {name}"). */
  shortKey: `map.basemap.${string}Short`;
  /** Needs the network: asked for before the first request when a link turns it on. */
  online: boolean;
  /** Credits shown whenever it is drawn (licence terms). */
  attribution: readonly Credit[];
  /** Whether the deployment's map-config.json makes it available; otherwise absent from the select. */
  configured: (config: MapConfig) => boolean;
  datum: (config: MapConfig) => Datum;
  /** null: the built-in basemap alone (drawn from this project's data, no tiles). */
  drawing: (config: MapConfig, lang: Lang) => BasemapDrawing | null;
}

const always = () => true;
const wgs84 = (): Datum => 'WGS84';

/** Tianditu's eight tile hosts, t0–t7, for one of its web-mercator (`_w`) WMTS layers. */
function tiandituTiles(layer: 'vec' | 'cva' | 'eva', key: string): RasterTiles {
  const tiles = Array.from(
    { length: 8 },
    (_, s) =>
      `https://t${s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );
  return { tiles, tileSize: 256, maxzoom: 18 };
}

const tiandituKey = (c: MapConfig) => c.tianditu?.key ?? '';

export const BASEMAP_REGISTRY = [
  {
    id: 'builtin',
    labelKey: 'map.basemap.builtin',
    shortKey: 'map.basemap.builtinShort',
    online: false,
    attribution: [{ labelKey: 'map.attribution.osmData', url: 'https://www.openstreetmap.org/copyright' }, { labelKey: 'map.attribution.gshhg', url: 'https://www.soest.hawaii.edu/pwessel/gshhg/' }],
    configured: always,
    datum: wgs84,
    drawing: () => null,
  },
  {
    id: 'osm',
    labelKey: 'map.basemap.osm',
    shortKey: 'map.basemap.osmShort',
    online: true,
    // ODbL asks for this credit wherever the tiles are shown.
    attribution: [{ labelKey: 'map.basemap.osmAttribution', url: 'https://www.openstreetmap.org/copyright' }],
    configured: always,
    datum: wgs84,
    drawing: () => ({ kind: 'raster', layers: [{ tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 19 }] }),
  },
  {
    // The national platform's vector map with a label layer in the reader's script (cva Chinese,
    // eva English for every other). CGCS2000, which agrees with WGS84 to well under a metre here: no shift.
    id: 'tianditu',
    labelKey: 'map.basemap.tianditu',
    shortKey: 'map.basemap.tiandituShort',
    online: true,
    attribution: [{ labelKey: 'map.basemap.tiandituAttribution', url: 'https://www.tianditu.gov.cn/' }],
    configured: (c) => tiandituKey(c) !== '',
    datum: wgs84,
    drawing: (c, lang) => ({
      kind: 'raster',
      layers: [tiandituTiles('vec', tiandituKey(c)), tiandituTiles(languageOf(lang).script === 'cjk' ? 'cva' : 'eva', tiandituKey(c))],
    }),
  },
  {
    // AMap's road map (style 8), Chinese labels. GCJ-02: the app's drawing is shifted onto it.
    id: 'amap',
    labelKey: 'map.basemap.amap',
    shortKey: 'map.basemap.amapShort',
    online: true,
    attribution: [{ labelKey: 'map.basemap.amapAttribution', url: 'https://lbs.amap.com/' }],
    configured: (c) => c.amap?.enabled === true,
    datum: () => 'GCJ-02',
    drawing: () => ({
      kind: 'raster',
      layers: [
        {
          tiles: [1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}`),
          tileSize: 256,
          maxzoom: 18,
        },
      ],
    }),
  },
  {
    // The organisation's own MapLibre style (a self-hosted extract, PMTiles behind a CDN, …); its
    // name and credit come from the deployment's file.
    id: 'custom',
    labelKey: 'map.basemap.custom',
    shortKey: 'map.basemap.customShort',
    online: true,
    attribution: [],
    configured: (c) => (c.customStyle?.url ?? '') !== '',
    datum: (c) => c.customStyle?.datum ?? 'WGS84',
    drawing: (c) => ({ kind: 'style', url: c.customStyle?.url ?? '' }),
  },
] as const satisfies readonly BasemapDef[];

export type BasemapId = (typeof BASEMAP_REGISTRY)[number]['id'];

export const BASEMAP_IDS: readonly BasemapId[] = BASEMAP_REGISTRY.map((b) => b.id);

export function basemapDef(id: BasemapId): BasemapDef {
  return BASEMAP_REGISTRY.find((b) => b.id === id) ?? BASEMAP_REGISTRY[0];
}

/** The basemaps this deployment offers, in registry order. */
export function availableBasemaps(config: MapConfig): (typeof BASEMAP_REGISTRY)[number][] {
  return BASEMAP_REGISTRY.filter((b) => b.configured(config));
}

/** The registry's credits, then (for the custom style) the deployment's own. */
export function basemapCredits(def: BasemapDef, config: MapConfig): Credit[] {
  const custom = def.id === 'custom' && config.customStyle?.attribution ? [{ text: config.customStyle.attribution, url: config.customStyle.attributionUrl || undefined }] : [];
  return [...def.attribution, ...custom];
}

function originOf(template: string): string | null {
  // A path on this site (a custom style beside index.html) needs no host of its own.
  if (!/^https?:\/\//i.test(template)) return null;
  return new URL(template.replace(/\{[^}]+\}/g, '0')).origin;
}

/** Every host a configured online basemap may ask for, in any language: what it needs allowed. */
export function basemapOrigins(def: BasemapDef, config: MapConfig): string[] {
  if (!def.online || !def.configured(config)) return [];
  const out = new Set<string>();
  for (const lang of LANGS) {
    const d = def.drawing(config, lang);
    if (!d) continue;
    const urls = d.kind === 'raster' ? d.layers.flatMap((l) => l.tiles) : [d.url];
    for (const u of urls) {
      const o = originOf(u);
      if (o) out.add(o);
    }
  }
  if (def.id === 'custom') for (const o of config.customStyle?.origins ?? []) out.add(o);
  return [...out];
}

/** The origins of every online basemap this deployment configured: exactly what the Content-Security-Policy allows. */
export function onlineOrigins(config: MapConfig): string[] {
  return [...new Set(BASEMAP_REGISTRY.flatMap((b) => basemapOrigins(b, config)))];
}
