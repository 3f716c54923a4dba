// The app's vocabulary: the names every part of the app shares — modes, languages, what can be
// selected, a camera, the metric and basemap ids, and the shape of the state a link describes.
// Types and constant lists only, no behaviour; the URL codec, the store and the features import it.
import type { LayerId } from '../data/schemas';
import type { Lang } from '../i18n/languages';
import type { BasemapId as Basemap } from './basemaps';

export const MODES = ['explore', 'present', 'embed', 'presenter-view', 'build'] as const;
/**
 * Which view the page opens: the dashboard, the presenter's tour, the minimal embed, the speaker's
 * own window beside a tour (notes, next chapter, clock), or the tour builder.
 */
export type Mode = (typeof MODES)[number];

export { LANGS, type Lang } from '../i18n/languages';

/** A district metric's id, as the metrics registry (metric-registry.ts) knows it; run-time metrics included. */
export type Metric = string;

/** The map's basemap: the built-in one drawn from our data (works offline), or online raster tiles. */
export { BASEMAP_IDS as BASEMAPS, type BasemapId as Basemap } from './basemaps';

export const SELECTION_KINDS = ['district', 'area', 'site'] as const;
export type Selection = { kind: (typeof SELECTION_KINDS)[number]; id: string };

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** A west-south-east-north box in degrees, as MapLibre and turf take it. */
export type Bounds = [west: number, south: number, east: number, north: number];

export const CHORO_METHODS = ['quantile', 'equal', 'jenks'] as const;
export type ChoroMethod = (typeof CHORO_METHODS)[number];

export interface Choropleth {
  method: ChoroMethod;
  classes: number;
}

export type ProximityOrigin = { kind: 'site'; id: string } | { kind: 'point'; lng: number; lat: number };

export interface AnalysisState {
  /** null: the districts are drawn plain. */
  choropleth: Choropleth | null;
  /** User-typed class breaks (strictly increasing), or null for the method's own. */
  breaks: number[] | null;
  reachKm: number;
  rings: number[];
  origin: ProximityOrigin | null;
  /** null: no timeline filter. */
  year: number | null;
  /** Two district codes compared side by side, or null. */
  compare: [string, string] | null;
  /** "Filter to map view": charts and lists show only what is in the map's view. */
  inView: boolean;
  /** The area within `reachKm` of a service centre drawn on the map (an overlay; the metric stays). */
  reachOn: boolean;
}

/**
 * The map's two looks, declared once in src/features/map/palette.ts: light (the calm default) and
 * dark (a projector in a dark hall, a dark embed, a reader whose system prefers dark).
 */
export const FLAVOURS = ['light', 'dark'] as const;
export type Flavour = (typeof FLAVOURS)[number];
/** What a link may ask for: a flavour, or `auto` (the presenter: dark; the dashboard: the system's preference). */
export const FLAVOUR_CHOICES = ['auto', ...FLAVOURS] as const;
export type FlavourChoice = (typeof FLAVOUR_CHOICES)[number];

/** `auto` follows the reader's `prefers-color-scheme` (in a frame: what the host page's browser reports). */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/** A theme as drawn: `auto` resolved to one of the others. */
export type ResolvedTheme = Exclude<Theme, 'auto'>;

/** The longest title and description an embed link may carry; longer ones fall back to none. */
export const EMBED_TEXT_MAX = { title: 120, description: 400 } as const;

export interface EmbedOptions {
  theme: Theme;
  /** Shown above the map as plain text; empty: no title. */
  title: string;
  /** Shown under the title as plain text; empty: none. */
  description: string;
  /** Show the district chart under the map. */
  charts: boolean;
  /** false: a picture of the map with no gestures at all (clicks on the chrome still work). */
  interactive: boolean;
}

export interface UrlState {
  mode: Mode;
  lang: Lang;
  selection: Selection | null;
  layers: LayerId[];
  metric: Metric;
  /** null: fit the whole city, whatever the screen size. */
  camera: Camera | null;
  /** Presenter mode: the tour chapter shown, 1-based (clamped to the tour's length by the view). */
  chapter: number;
  /**
   * Presenter mode: the part of the chapter shown, 1-based, when a long chapter runs over several
   * parts on this screen (tour-steps.ts). Clamped to the parts the screen measures, so a link from
   * a smaller screen opens the nearest part.
   */
  part: number;
  /** Presenter mode and the builder: a tour saved in this browser, by id; null for the built-in tour. */
  tour: string | null;
  /** Presenter mode: seconds per chapter when the tour plays by itself; null when it does not. */
  autoplay: number | null;
  /** Opt-in online basemap; 'builtin' needs no network. */
  basemap: Basemap;
  /** The map's flavour (and the page's colours): `auto` follows the mode and the system. */
  flavour: FlavourChoice;
  /** The planner's analysis tools (issue #5): choropleth, reach radius, proximity origin, year. */
  analysis: AnalysisState;
}

/** The part of the state that describes what the map shows, shared by every mode. */
export type ViewState = Pick<UrlState, 'lang' | 'selection' | 'layers' | 'metric' | 'camera' | 'basemap'>;
