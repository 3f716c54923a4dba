// What a registry entry declares. Kept apart from the registry so the builders of each kind of
// layer (districts, areas, sites) can return entries without importing the registry that lists them.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LayerId, SiteCategory } from '../../data/schemas';
import type { Lang } from '../../lib/vocabulary';
import type { Datum } from '../../lib/datum';
import type { LayerContext } from '../../derived/layer-context';
import type { MessageKey } from '../../i18n/i18n';
import type { Palette, SiteLayer, SiteShape } from './palette';

export type LayerGroup = 'featured' | 'theme' | 'context';

export type LegendSwatch =
  /** A filled shape with an outline; `dashed` marks a schematic (drawn, not official) outline. */
  | { kind: 'area'; colour: string; fillOpacity: number; dashed: boolean; labelKey?: MessageKey }
  /** A site marker: colour of its layer, shape of its category; `inner` fills a ring. */
  | { kind: 'point'; colour: string; edge: string; inner: string; shape: SiteShape; category: SiteCategory; labelKey: MessageKey }
  /** The uncertainty circle drawn around an approximate location. */
  | { kind: 'halo'; colour: string; labelKey: MessageKey }
  /** A plain dot: the points of a layer added at run time (a user's own file). */
  | { kind: 'dot'; colour: string; edge: string; labelKey?: undefined };

export interface LayerEntry {
  id: LayerId;
  nameKey: MessageKey;
  group: LayerGroup;
  /** The legend in a flavour's palette: the same palette the map layers paint with. */
  legend: (palette: Palette) => LegendSwatch[];
  /** The map layers of this entry, bottom to top, labelled in `lang`, painted in `ctx.flavour`. */
  mapLayers: (lang: Lang, ctx: LayerContext) => LayerSpecification[];
  /** The map layers whose features can be hovered and clicked. */
  interactiveLayerIds: string[];
  /** For entries that draw sites: the `layer` value of those sites. */
  siteLayer?: SiteLayer;
}

export type RuntimeTileFn = (z: number, x: number, y: number, datum: Datum) => Promise<ArrayBuffer>;

export const GROUP_ORDER: readonly LayerGroup[] = ['featured', 'theme', 'context'];

/**
 * A layer added at run time (a user's imported points, a PMTiles URL): like a built-in entry it
 * declares its map layers and legend, and it also brings its own sources and names, since it has
 * no catalogue key and no data file. Registered through `registerLayer` in layers.ts.
 */
export interface RuntimeLayerEntry {
  id: string;
  /** Its name in each language (as the user gave it: the file's name). */
  labels: Partial<Record<Lang, string>>;
  legend: LegendSwatch[];
  /** MapLibre sources by id; each id is unique to this entry. */
  sources: Record<string, SourceSpecification>;
  /**
   * Tiles it makes itself, by the key in its sources' `runtime://<key>/{z}/{x}/{y}` URLs
   * (runtime-tiles.ts): MVT bytes of tile z/x/y in the basemap's datum.
   */
  tiles?: Record<string, RuntimeTileFn>;
  /** Its map layers, each declaring its slot, without `layout.visibility` (set from `visible`); label colours from the flavour's palette. */
  mapLayers: (lang: Lang, palette: Palette) => LayerSpecification[];
  /** Layers whose features show a tooltip on hover. */
  interactiveLayerIds: string[];
  /** The text of a hovered feature's tooltip: a title and label/value rows (shown as text). */
  tooltip?: (properties: Record<string, unknown>, id: string | number | undefined) => { title: string; rows: [string, string][]; more: number } | null;
  visible: boolean;
  /** Points a reader brought, as places: found by the finder, measured by reach and proximity. */
  places?: RuntimePlaces;
}

export interface RuntimePlaces {
  /** The points drawn (the layer's filter applied), WGS84; built on first use and kept. */
  positions: () => readonly (readonly [number, number])[];
  /** The name of position i, as its row gives it. */
  nameAt: (i: number) => string;
  /** Up to `limit` of the points drawn whose row matches `query` (the finder's matching, src/lib/search.ts). */
  search: (query: string, limit: number) => Promise<{ name: string; lngLat: [number, number] }[]>;
  /** The "share of each district within N km" metric of these points, and a way to set its radius. */
  reach: { metricId: string; km: number; setKm: (km: number) => void } | null;
}
