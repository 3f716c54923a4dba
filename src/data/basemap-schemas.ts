// The shapes of the built-in basemap's geography in public/data/ (made from geo/basemap/ by the
// data build, which also checks what a schema cannot say well: that every coordinate lies in the
// basemap's extent, with the feature named). The browser validates each file with these again.
import { z } from '../lib/zod';

const position = z.tuple([z.number(), z.number()]);
const line = z.array(position).min(2);
const ring = z.array(position).min(4);
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) });
const lineString = z.object({ type: z.literal('LineString'), coordinates: line });
const multiLineString = z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) });

const collection = <F extends z.ZodType>(feature: F) => z.object({ type: z.literal('FeatureCollection'), features: z.array(feature).min(1) });

/** The sea and the Yangtze estuary: everything in the extent that is not land. */
export const seaFileSchema = collection(
  z.object({
    type: z.literal('Feature'),
    properties: z.object({ kind: z.literal('sea') }),
    geometry: z.discriminatedUnion('type', [polygon, multiPolygon]),
  }),
);
export type SeaFile = z.infer<typeof seaFileSchema>;

/** What a water feature is, and the geometry each kind must have. */
export const WATER_KINDS = { river: 'LineString', lake: 'Polygon', lake_shore: 'LineString' } as const;
export type WaterKind = keyof typeof WATER_KINDS;

export const waterFileSchema = collection(
  z.union([
    z.object({
      type: z.literal('Feature'),
      // GSHHG's river level: 2 permanent major river, 3 additional major river, higher for smaller ones.
      properties: z.object({ kind: z.literal('river'), level: z.number().int().min(1).nullable() }),
      geometry: lineString,
    }),
    z.object({ type: z.literal('Feature'), properties: z.object({ kind: z.literal('lake') }), geometry: polygon }),
    z.object({ type: z.literal('Feature'), properties: z.object({ kind: z.literal('lake_shore') }), geometry: lineString }),
  ]),
);
export type WaterFile = z.infer<typeof waterFileSchema>;

/** A colour as #rrggbb: what the metro's official colours are written as. */
export const hexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');

export const metroLinePropsSchema = z.object({
  /** The line number shown along the line ("1" … "18"). */
  ref: z.string().regex(/^[0-9A-Za-z]{1,4}$/, 'a line number of 1–4 letters or digits'),
  name_en: z.string().min(1),
  name_zh: z.string().min(1),
  colour: hexColourSchema,
});
export type MetroLineProps = z.infer<typeof metroLinePropsSchema>;

export const metroFileSchema = collection(
  z.object({
    type: z.literal('Feature'),
    properties: metroLinePropsSchema,
    geometry: z.discriminatedUnion('type', [lineString, multiLineString]),
  }),
);
export type MetroFile = z.infer<typeof metroFileSchema>;
