// The shapes of the built data files in public/data/. The build script (geo/scripts/build-data.ts)
// validates its output with these same schemas, and the browser validates every file it loads with
// them again, so a hand-edited or truncated file is caught at either end and named in the message.
import { z } from 'zod';

/** Layer ids: the one list the registry, the URL codec and the data build all agree on. */
export const LAYER_IDS = [
  'pudong',
  'xuhui',
  'changning',
  'hongqiao-cbd',
  'zhangjiang',
  'talent-apartments',
  'service-centres',
  'districts',
  'universities',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export const layerIdSchema = z.enum(LAYER_IDS);

/** Site categories as they appear in geo/sites.csv. */
export const SITE_CATEGORIES = [
  'service-centre',
  'exit-entry',
  'hr-park',
  'talent-apartment',
  'lab',
  'science-facility',
  'research-institute',
  'library',
  'university',
  'international-school',
] as const;
export type SiteCategory = (typeof SITE_CATEGORIES)[number];
export const siteCategorySchema = z.enum(SITE_CATEGORIES);

export const QUALIFIERS = ['more than', 'at least', 'about', 'nearly', 'up to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const nonEmpty = z.string().trim().min(1);
/** Dates in the sources are as precise as the source: a year, a month or a day. */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
export const districtCodeSchema = z.string().regex(/^3101\d{2}$/, 'a Shanghai district code (3101xx)');
const lonLat = z.tuple([z.number().min(120.5).max(122.5), z.number().min(30.4).max(32)]);

export const sourceSchema = z.object({
  id: nonEmpty,
  kind: z.enum(['article', 'official', 'dataset', 'news', 'report', 'reference']),
  publisher: nonEmpty,
  title: nonEmpty,
  date: partialDateSchema.nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) });

/**
 * One sourced number. District census and area figures are facts too, so every figure on screen
 * goes through one type and one formatter.
 */
export const factSchema = z.object({
  id: nonEmpty,
  scope: z.enum(['city', 'district', 'area', 'site', 'peer-city']),
  subject: nonEmpty,
  metric: nonEmpty,
  value: z.number().finite(),
  unit: nonEmpty,
  as_of: partialDateSchema.nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  source_id: nonEmpty,
  note_en: z.string().nullable(),
  note_zh: z.string().nullable(),
});
export type Fact = z.infer<typeof factSchema>;
export const factsFileSchema = z.object({ facts: z.array(factSchema).min(1) });

export const districtPropsSchema = z.object({
  /** Numeric feature id for MapLibre feature-state (the GB/T 2260 code as a number). */
  fid: z.number().int().positive(),
  code: districtCodeSchema,
  name_en: nonEmpty,
  name_zh: nonEmpty,
  featured: z.boolean(),
  /** Label anchor, from the outline package's own label point. */
  label: lonLat,
  source_ids: z.array(nonEmpty).min(1),
});
export type DistrictProps = z.infer<typeof districtPropsSchema>;

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).min(4);
const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});
const areaGeometry = z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]);

export const districtsFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(z.object({ type: z.literal('Feature'), properties: districtPropsSchema, geometry: areaGeometry }))
    .length(16),
});
export type DistrictsFile = z.infer<typeof districtsFileSchema>;
export type DistrictFeature = DistrictsFile['features'][number];

export const areaPropsSchema = z.object({
  fid: z.number().int().positive(),
  id: nonEmpty,
  layer: layerIdSchema,
  name_en: nonEmpty,
  name_zh: nonEmpty,
  /** Always true today: no official outline is available, so the shape is drawn from bounding roads. */
  schematic: z.boolean(),
  official_area_km2: z.number().positive(),
  /** Area of the drawn outline, computed at build time, shown beside the official figure. */
  drawn_area_km2: z.number().positive(),
  district_codes: z.array(districtCodeSchema).min(1),
  note_en: z.string(),
  note_zh: z.string(),
  source_ids: z.array(nonEmpty).min(1),
  /** When the area was established (as precise as its source), for the timeline; absent when no source gives one. */
  established: partialDateSchema.nullable().optional(),
  /** The source (one of source_ids) that gives `established`. */
  established_source_id: nonEmpty.nullable().optional(),
});
export type AreaProps = z.infer<typeof areaPropsSchema>;
export const areasFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature'), properties: areaPropsSchema, geometry: areaGeometry })),
});
export type AreasFile = z.infer<typeof areasFileSchema>;
export type AreaFeature = AreasFile['features'][number];

export const siteSchema = z.object({
  fid: z.number().int().positive(),
  id: nonEmpty,
  category: siteCategorySchema,
  layer: layerIdSchema,
  name_en: nonEmpty,
  name_zh: nonEmpty,
  district_code: districtCodeSchema,
  /** null when no verified location exists: listed, never drawn. */
  lon: z.number().min(120.5).max(122.5).nullable(),
  lat: z.number().min(30.4).max(32).nullable(),
  /** Honest radius of the location in metres; null when unmapped. */
  precision_m: z.number().positive().nullable(),
  opened: partialDateSchema.nullable(),
  address_en: z.string(),
  address_zh: z.string(),
  notes_en: z.string(),
  notes_zh: z.string(),
  location_source: z.string(),
  source_ids: z.array(nonEmpty).min(1),
});
export type Site = z.infer<typeof siteSchema>;
export const sitesFileSchema = z.object({ sites: z.array(siteSchema) });

/** A site's location is "approximate" beyond this radius; the map draws the radius as a halo. */
export const APPROXIMATE_PRECISION_M = 250;

// ---------------------------------------------------------------------------------------------
// The presenter's tour (geo/tour.json → public/data/tour.json). The build checks what a schema
// cannot (that every layer, feature, fact and source id exists, that the camera looks at
// Shanghai); the schema checks the shape, in the build and again in the browser.

/** Both languages, each non-empty: a chapter missing its Chinese text fails the build. */
export const bilingualSchema = z.object({ en: nonEmpty, zh: nonEmpty });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** A feature to highlight, written the way the URL writes a selection: `district:310115`, `site:ssrf`. */
export const featureRefSchema = z.string().regex(/^(district|area|site):[a-z0-9][a-z0-9-]{0,63}$/, 'a feature as district:<code>, area:<id> or site:<id>');

export const tourCameraSchema = z.object({
  /** [longitude, latitude] in WGS84. */
  center: z.tuple([z.number().finite(), z.number().finite()]),
  zoom: z.number().min(7).max(17),
  bearing: z.number().min(0).max(360),
  pitch: z.number().min(0).max(60),
});
export type TourCamera = z.infer<typeof tourCameraSchema>;

/** A straight-line distance the chapter shows, computed in the browser from two mapped sites. */
export const tourDistanceSchema = z.object({ from: nonEmpty, to: nonEmpty });

export const tourChapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a lower-case id (letters, digits, hyphens)'),
  title: bilingualSchema,
  text: bilingualSchema,
  camera: tourCameraSchema,
  layers: z.array(layerIdSchema),
  highlight: z.array(featureRefSchema),
  /** Fact ids from facts.json: the figures come from the data, never from the tour's text. */
  facts: z.array(nonEmpty).max(4),
  /** Where the chapter's own words come from (source ids). */
  sources: z.array(nonEmpty).min(1),
  distances: z.array(tourDistanceSchema).max(3),
  /** Lists the sites the data has no location for (the "still unmapped" chapter). */
  list_unmapped: z.boolean(),
});
export type TourChapter = z.infer<typeof tourChapterSchema>;

export const tourFileSchema = z.object({
  title: bilingualSchema,
  chapters: z.array(tourChapterSchema).min(1).max(20),
});
export type TourFile = z.infer<typeof tourFileSchema>;
