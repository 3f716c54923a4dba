// Every colour the map paints, in one place: the layer registry builds paint properties from these
// constants and the legend draws its swatches from the same ones, so the two cannot drift apart.
//
// Hues come from the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies). Lines and points use a darkened tone of each hue so they keep at least 3:1
// contrast against the land colour (WCAG 1.4.11 for graphical objects); fills use the same tone at
// low opacity. Within one layer, site kinds differ by shape as well as by name, never by colour
// alone.
import type { FeaturedLayerId, LayerId, SiteCategory } from '../../data/schemas';

/** The calm light basemap. */
export const BASEMAP = {
  /** The sea, the Yangtze estuary and Hangzhou Bay around the city: everything that is not land. */
  water: '#cfe0ea',
  land: '#f6f4ef',
  /** Thin boundaries between districts, drawn on the land itself. */
  boundary: '#c9c4b8',
  labelText: '#3b3f45',
  labelHalo: '#f6f4ef',
} as const;

/**
 * One colour per featured-district layer: fill tint, outline and legend swatch. Which district each
 * layer draws is data (geo/districts.csv), not a constant here. No blue here: a blue tint on land
 * reads as water on this basemap.
 */
export const FEATURED_DISTRICT_COLOURS = {
  pudong: '#c27c00',
  xuhui: '#b8508a',
  changning: '#00876a',
} as const satisfies Record<FeaturedLayerId, string>;

/** All districts (context): a neutral outline; hover and selection darken it. */
export const DISTRICT_CONTEXT = {
  fill: '#8a8478',
  outline: '#8f8a80',
  highlight: '#2d3035',
} as const;

/** Schematic areas: a dashed outline and a light fill of the same colour. */
export const AREA_COLOURS = {
  'hongqiao-cbd': '#d55e00',
  // Zhangjiang lies inside Pudong: blue keeps it apart from Pudong's amber.
  zhangjiang: '#0072b2',
} as const satisfies Partial<Record<LayerId, string>>;

export type AreaLayer = keyof typeof AREA_COLOURS;

/** Point colour by the site's layer. */
export const SITE_LAYER_COLOURS = {
  'hongqiao-cbd': AREA_COLOURS['hongqiao-cbd'],
  zhangjiang: AREA_COLOURS.zhangjiang,
  'talent-apartments': '#56b4e9',
  'service-centres': '#262b36',
  universities: '#6a3d9a',
} as const satisfies Partial<Record<LayerId, string>>;

export type SiteLayer = keyof typeof SITE_LAYER_COLOURS;

/**
 * The edge of a filled dot: white lifts a dark dot off any fill; a light dot gets a dark edge
 * instead, which is what carries its contrast against the land.
 */
export const SITE_LAYER_DOT_EDGES: Record<SiteLayer, string> = {
  'hongqiao-cbd': '#ffffff',
  zhangjiang: '#ffffff',
  'talent-apartments': '#1d5f8a',
  'service-centres': '#ffffff',
  universities: '#ffffff',
};

/**
 * Point shape by category, so kinds sharing a layer colour stay apart without relying on hue:
 * a filled dot, a ring, or a dot inside a ring.
 */
export type SiteShape = 'dot' | 'ring' | 'dot-in-ring';
export const SITE_SHAPES: Record<SiteCategory, SiteShape> = {
  'service-centre': 'dot',
  'exit-entry': 'ring',
  'hr-park': 'dot-in-ring',
  'talent-apartment': 'dot',
  lab: 'dot',
  'science-facility': 'ring',
  'research-institute': 'dot-in-ring',
  library: 'ring',
  university: 'dot',
  'international-school': 'ring',
};

export const POINT = {
  /** The halo every point gets so it reads on any fill. */
  stroke: '#ffffff',
  radius: 5.5,
  ringStroke: 2.25,
  coreRadius: 2.25,
  selectedStroke: '#111318',
} as const;

/** Uncertainty halo of an approximate location: translucent, dashed edge. */
export const HALO = {
  // Low: several halos often overlap (the Zhangjiang sites), and their fills add up.
  fillOpacity: 0.07,
  outlineOpacity: 0.7,
  dash: [2, 2] as number[],
} as const;

export const AREA_DASH: number[] = [3, 2];
export const FILL_OPACITY = {
  featured: 0.16,
  featuredHover: 0.26,
  featuredSelected: 0.32,
  area: 0.1,
  areaHover: 0.18,
  context: 0,
  contextHover: 0.08,
  contextSelected: 0.12,
} as const;

/**
 * Colours for layers a user imports, in turn: hues none of the built-in layers use (ColorBrewer's
 * Dark2 magenta, olive, brown and slate, and a teal), each dark enough for 3:1 against the land,
 * with a white edge that lifts them off fills.
 */
export const IMPORTED_COLOURS = ['#d0237f', '#5c8f1a', '#96681a', '#6a64a8', '#0f7f8c'] as const;
export const IMPORTED_EDGE = '#ffffff';

export function importedColour(slot: number): string {
  return IMPORTED_COLOURS[((slot % IMPORTED_COLOURS.length) + IMPORTED_COLOURS.length) % IMPORTED_COLOURS.length]!;
}
