// The shapes of the built data files in public/data/. The build script (geo/scripts/build-data.ts)
// validates its output with these same schemas, and the browser validates every file it loads with
// them again, so a hand-edited or truncated file is caught at either end and named in the message.
import { z } from '../lib/zod';
import { describeTextIssue, textIssue, urlProblem } from '../lib/safe-text';

/**
 * The layers that each draw one featured district. Which district a layer draws is data: the
 * `featured` column of geo/districts.csv names the layer, and the layer filters on that name.
 */
export const FEATURED_LAYER_IDS = ['pudong', 'xuhui', 'changning'] as const;
export type FeaturedLayerId = (typeof FEATURED_LAYER_IDS)[number];
export const featuredLayerIdSchema = z.enum(FEATURED_LAYER_IDS);

/** Layer ids: the one list the registry, the URL codec and the data build all agree on. */
export const LAYER_IDS = [
  ...FEATURED_LAYER_IDS,
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

/**
 * Where a site's Chinese name comes from. `established`: a name in use (the place's own, or the
 * one its sources use). `translation`: written for this project; the app shows it marked as a
 * translation. `none`: no Chinese name is known; `name_zh` is then empty and the app shows the
 * English name, marked as English. A translation is never presented as an official name.
 */
export const NAME_ZH_STATUSES = ['established', 'translation', 'none'] as const;
export type NameZhStatus = (typeof NAME_ZH_STATUSES)[number];
export const nameZhStatusSchema = z.enum(NAME_ZH_STATUSES);

/** The language a source's title is written in, from its script (Han characters: `zh`). */
export const TITLE_LANGS = ['en', 'zh'] as const;
export type TitleLang = (typeof TITLE_LANGS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Longest text each kind of field may hold, in characters. Each is well above the longest real value
 * in geo/ (in parentheses), and low enough that a label still draws and a heading still fits a panel.
 */
export const TEXT_LIMITS = {
  /** Record ids, metric names, fact subjects (26). The tour's feature references allow 64 too. */
  id: 64,
  /** A fact's id: scope, subject, metric and date joined, so two ids and a bit. */
  factId: 200,
  /** A unit after a figure (19). */
  unit: 40,
  /** Place names, the tour's titles: map labels and panel headings (92). */
  name: 120,
  /** One-line descriptions: an address, a publisher, where a location comes from (70). */
  line: 200,
  /** A source's title (128). */
  title: 300,
  /** Notes and the tour's captions, which may run to a paragraph (635). */
  note: 1000,
  /** A speaker's notes for one chapter: what to say, not shown to the audience. */
  speakerNotes: 4000,
} as const;

/**
 * Text a person reads: at most `max` characters and nothing invisible (see src/lib/safe-text.ts).
 * The issue carries what was found as data (`params.text`), so the tour builder can word it in the
 * reader's language; the message is the data build's English.
 */
function text(max: number, multiline = false) {
  return z.string().superRefine((s, ctx) => {
    const issue = textIssue(s, max, { multiline });
    if (issue) ctx.addIssue({ code: 'custom', message: describeTextIssue(issue), params: { text: issue } });
  });
}
const required = (max: number, multiline = false) => text(max, multiline).trim().min(1);
const idText = required(TEXT_LIMITS.id);
const nameText = required(TEXT_LIMITS.name);
const note = text(TEXT_LIMITS.note, true);
/** Dates in the sources are as precise as the source: a year, a month or a day. */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
export const districtCodeSchema = z.string().regex(/^3101\d{2}$/, 'a Shanghai district code (3101xx)');
const lonLat = z.tuple([z.number().min(120.5).max(122.5), z.number().min(30.4).max(32)]);

export const sourceSchema = z.object({
  id: idText,
  kind: z.enum(['article', 'official', 'dataset', 'news', 'report', 'reference', 'commentary']),
  publisher: required(TEXT_LIMITS.line),
  /**
   * The publisher's own established Chinese name (geo/publishers.csv), null when it has none we
   * are sure of. Optional so that data built before the field existed still reads.
   */
  publisher_zh: required(TEXT_LIMITS.line).nullable().optional(),
  title: required(TEXT_LIMITS.title),
  /** The title's language: a title stays as the cited work wrote it, and the screen marks its language. */
  title_lang: z.enum(TITLE_LANGS).optional(),
  date: partialDateSchema.nullable(),
  url: z
    .url({ protocol: /^https?$/ })
    .superRefine((s, ctx) => {
      const problem = urlProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .nullable(),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) });

/**
 * One sourced number. District census and area figures are facts too, so every figure on screen
 * goes through one type and one formatter.
 */
export const factSchema = z.object({
  id: required(TEXT_LIMITS.factId),
  scope: z.enum(['city', 'district', 'area', 'site', 'peer-city']),
  subject: idText,
  metric: idText,
  value: z.number().finite(),
  unit: required(TEXT_LIMITS.unit),
  as_of: partialDateSchema.nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  source_id: idText,
  note_en: note.nullable(),
  note_zh: note.nullable(),
});
export type Fact = z.infer<typeof factSchema>;
export const factsFileSchema = z.object({ facts: z.array(factSchema).min(1) });

export const districtPropsSchema = z.object({
  /** Numeric feature id for MapLibre feature-state (the GB/T 2260 code as a number). */
  fid: z.number().int().positive(),
  code: districtCodeSchema,
  name_en: nameText,
  name_zh: nameText,
  featured: z.boolean(),
  /**
   * The layer that draws this district as featured, null for the others. `featured` says the same
   * for readers that need only the yes or no.
   */
  featured_layer: featuredLayerIdSchema.nullable(),
  /** Label anchor, from the outline package's own label point. */
  label: lonLat,
  source_ids: z.array(idText).min(1),
}).refine((d) => d.featured === (d.featured_layer !== null), { message: 'featured and featured_layer disagree', path: ['featured_layer'] });
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
  id: idText,
  layer: layerIdSchema,
  name_en: nameText,
  name_zh: nameText,
  /** Always true today: no official outline is available, so the shape is drawn from bounding roads. */
  schematic: z.boolean(),
  official_area_km2: z.number().positive(),
  /** Area of the drawn outline, computed at build time, shown beside the official figure. */
  drawn_area_km2: z.number().positive(),
  district_codes: z.array(districtCodeSchema).min(1),
  note_en: note,
  note_zh: note,
  source_ids: z.array(idText).min(1),
  /** When the area was established (as precise as its source), for the timeline; absent when no source gives one. */
  established: partialDateSchema.nullable().optional(),
  /** The source (one of source_ids) that gives `established`. */
  established_source_id: idText.nullable().optional(),
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
  id: idText,
  category: siteCategorySchema,
  layer: layerIdSchema,
  name_en: nameText,
  /** Empty exactly when `name_zh_status` is `none`. */
  name_zh: text(TEXT_LIMITS.name),
  name_zh_status: nameZhStatusSchema,
  district_code: districtCodeSchema,
  /** null when no verified location exists: listed, never drawn. */
  lon: z.number().min(120.5).max(122.5).nullable(),
  lat: z.number().min(30.4).max(32).nullable(),
  /** Honest radius of the location in metres; null when unmapped. */
  precision_m: z.number().positive().nullable(),
  opened: partialDateSchema.nullable(),
  address_en: text(TEXT_LIMITS.line),
  address_zh: text(TEXT_LIMITS.line),
  notes_en: note,
  notes_zh: note,
  location_source: text(TEXT_LIMITS.line),
  source_ids: z.array(idText).min(1),
}).superRefine((s, ctx) => {
  const named = s.name_zh.trim() !== '';
  if (s.name_zh_status === 'none' && named) ctx.addIssue({ code: 'custom', path: ['name_zh'], message: 'name_zh must be empty when name_zh_status is none' });
  if (s.name_zh_status !== 'none' && !named) ctx.addIssue({ code: 'custom', path: ['name_zh'], message: `name_zh is empty but name_zh_status is ${s.name_zh_status}` });
});
export type Site = z.infer<typeof siteSchema>;
export const sitesFileSchema = z.object({ sites: z.array(siteSchema) });

/** A site's location is "approximate" beyond this radius; the map draws the radius as a halo. */
export const APPROXIMATE_PRECISION_M = 250;

// ---------------------------------------------------------------------------------------------
// The presenter's tour (geo/tour.json → public/data/tour.json). The build checks what a schema
// cannot (that every layer, feature, fact and source id exists, that the camera looks at
// Shanghai); the schema checks the shape, in the build and again in the browser.

/** Both languages, each non-empty and short enough for a heading: a chapter missing its Chinese text fails the build. */
export const bilingualSchema = z.object({ en: nameText, zh: nameText });
export type Bilingual = z.infer<typeof bilingualSchema>;
/** A chapter's caption: a paragraph, not a title. */
const bilingualTextSchema = z.object({ en: required(TEXT_LIMITS.note, true), zh: required(TEXT_LIMITS.note, true) });

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
export const tourDistanceSchema = z.object({ from: idText, to: idText });

export const tourChapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a lower-case id (letters, digits, hyphens)'),
  title: bilingualSchema,
  text: bilingualTextSchema,
  camera: tourCameraSchema,
  layers: z.array(layerIdSchema),
  highlight: z.array(featureRefSchema),
  /** Fact ids from facts.json: the figures come from the data, never from the tour's text. */
  facts: z.array(required(TEXT_LIMITS.factId)).max(4),
  /** Where the chapter's own words come from (source ids). */
  sources: z.array(idText).min(1),
  distances: z.array(tourDistanceSchema).max(3),
  /** Lists the sites the data has no location for (the "still unmapped" chapter). */
  list_unmapped: z.boolean(),
  /** The chart metric the chapter shows (a registry id; checked against the registry on import). */
  metric: idText.optional(),
  /** The speaker's notes, shown in the presenter view only; either language may be empty. */
  notes: z.object({ en: text(TEXT_LIMITS.speakerNotes, true), zh: text(TEXT_LIMITS.speakerNotes, true) }).partial().optional(),
});
export type TourChapter = z.infer<typeof tourChapterSchema>;

export const tourFileSchema = z.object({
  title: bilingualSchema,
  chapters: z.array(tourChapterSchema).min(1).max(20),
});
export type TourFile = z.infer<typeof tourFileSchema>;
