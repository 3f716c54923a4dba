// Every colour the map paints, in one declaration with one column per flavour: the layer builders
// take the palette of the flavour they are given (LayerContext.flavour) and the legend draws its
// swatches from the same palette, so map and legend cannot drift apart in either flavour. Like a
// Protomaps flavour: one table of named roles, many looks.
//
// Hues come from the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies). Lines and points keep at least 3:1 contrast against the land of their flavour
// (WCAG 1.4.11 for graphical objects) and text at least 4.5:1 against its halo; fills use the same
// tone at low opacity. test/unit/map-palette.test.ts checks both for every flavour. Within one
// layer, site kinds differ by shape as well as by name, never by colour alone.
//
// light: the calm default, for a desk. dark: for a projector in a dark hall — dark sea and land
// (the land lighter than the sea, so the coast still reads when a projector lifts the blacks),
// light text on dark halos, the same hues lightened so they keep their contrast.
import type { FeaturedLayerId, SiteCategory } from '../../data/schemas';
import type { Flavour } from '../../lib/vocabulary';

export const AREA_LAYERS = ['hongqiao-cbd', 'zhangjiang'] as const;
export type AreaLayer = (typeof AREA_LAYERS)[number];
export type SiteLayer = AreaLayer | 'talent-apartments' | 'service-centres' | 'universities';

export interface Palette {
  basemap: {
    /** The sea, the estuary, rivers and lakes. */
    water: string;
    /** Shanghai's districts. */
    land: string;
    /** Neighbouring land inside the basemap's extent (Jiangsu, Zhejiang): the city stands out from it. */
    surroundings: string;
    /** Thin boundaries between districts, drawn on the land itself. */
    boundary: string;
    labelText: string;
    labelHalo: string;
    /** A selected feature's name. */
    selectedText: string;
  };
  metro: {
    /** Under each line in its official colour, so a dark line reads on dark land and a pale one on pale land. */
    casing: string;
    casingOpacity: number;
  };
  /** One colour per featured-district layer: fill tint, outline and legend swatch. No blue: on land it reads as water. */
  featured: Record<FeaturedLayerId, string>;
  /** All districts (context): a neutral outline; hover and selection lift it. */
  districtContext: { fill: string; outline: string; highlight: string };
  /** Schematic areas: a dashed outline and a light fill of the same colour. */
  areas: Record<AreaLayer, string>;
  /** An area's name, in its colour darkened or lightened as far as text needs (4.5:1 on the halo). */
  areaText: Record<AreaLayer, string>;
  /** Point colour by the site's layer. */
  sites: Record<SiteLayer, string>;
  /**
   * The edge of a filled dot: a contrasting edge lifts a dot off any fill; a dot close to the land's
   * lightness gets an edge that carries its contrast instead.
   */
  dotEdges: Record<SiteLayer, string>;
  /** Inside of a ring marker, the halo every point gets, and the edge of a selected point. */
  point: { inner: string; selectedStroke: string };
  proximity: { ring: string; link: string; origin: string; originEdge: string };
}

const LIGHT_AREAS = { 'hongqiao-cbd': '#d55e00', zhangjiang: '#0072b2' } as const;
const DARK_AREAS = { 'hongqiao-cbd': '#ff8f4d', zhangjiang: '#5eb1f0' } as const;

export const PALETTES: Record<Flavour, Palette> = {
  light: {
    basemap: {
      water: '#c6dcea',
      land: '#f6f4ef',
      surroundings: '#e7e5de',
      boundary: '#c9c4b8',
      labelText: '#3b3f45',
      labelHalo: '#f6f4ef',
      selectedText: '#111318',
    },
    metro: { casing: '#ffffff', casingOpacity: 0.9 },
    featured: { pudong: '#c27c00', xuhui: '#b8508a', changning: '#00876a' },
    districtContext: { fill: '#8a8478', outline: '#8f8a80', highlight: '#2d3035' },
    // Zhangjiang lies inside Pudong: blue keeps it apart from Pudong's amber.
    areas: LIGHT_AREAS,
    areaText: { 'hongqiao-cbd': '#a84a00', zhangjiang: '#0072b2' },
    sites: {
      ...LIGHT_AREAS,
      'talent-apartments': '#56b4e9',
      'service-centres': '#262b36',
      universities: '#6a3d9a',
    },
    dotEdges: {
      'hongqiao-cbd': '#ffffff',
      zhangjiang: '#ffffff',
      'talent-apartments': '#1d5f8a',
      'service-centres': '#ffffff',
      universities: '#ffffff',
    },
    point: { inner: '#ffffff', selectedStroke: '#111318' },
    proximity: { ring: '#4a4f57', link: '#b2182b', origin: '#b2182b', originEdge: '#ffffff' },
  },
  dark: {
    basemap: {
      water: '#0b1f33',
      land: '#3a414b',
      surroundings: '#272c33',
      boundary: '#6b7480',
      labelText: '#eef1f5',
      labelHalo: '#1b1f24',
      selectedText: '#ffffff',
    },
    metro: { casing: '#d8dee6', casingOpacity: 0.45 },
    featured: { pudong: '#f0aa3c', xuhui: '#ef8fc6', changning: '#2fc9a3' },
    districtContext: { fill: '#c9ced6', outline: '#97a0ac', highlight: '#f4f6f8' },
    areas: DARK_AREAS,
    areaText: DARK_AREAS,
    sites: {
      ...DARK_AREAS,
      'talent-apartments': '#a8e0fa',
      'service-centres': '#f4f6f8',
      universities: '#c2a3ec',
    },
    dotEdges: {
      'hongqiao-cbd': '#111318',
      zhangjiang: '#111318',
      'talent-apartments': '#111318',
      'service-centres': '#111318',
      universities: '#111318',
    },
    point: { inner: '#1b1f24', selectedStroke: '#ffffff' },
    proximity: { ring: '#c3cad3', link: '#ff7b7b', origin: '#ff7b7b', originEdge: '#111318' },
  },
};

export function paletteOf(flavour: Flavour): Palette {
  return PALETTES[flavour];
}

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

/** Marker sizes, the same in every flavour. */
export const POINT = {
  radius: 5.5,
  ringStroke: 2.25,
  coreRadius: 2.25,
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
