// Reading the GeoJSON files of geo/: the collection, and where each feature is in the text. JSON
// has no row numbers, so a feature is found by its key property ("code": "310101"), which every
// feature of these files carries on a line of its own.
import { z } from 'zod';
import type { Keyed, ProblemAt } from './report';

export interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

export interface LocatedFeature extends Keyed {
  feature: RawFeature;
}

const collectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The features of a FeatureCollection text, or null (reported) when the text is not one. */
export function featuresOf(text: string, problem: ProblemAt): RawFeature[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    problem(null, null, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return null;
  }
  const fc = collectionSchema.safeParse(json);
  if (!fc.success) {
    problem(null, null, 'expected a GeoJSON FeatureCollection');
    return null;
  }
  return fc.data.features.map((f) => ({
    properties: isObject(f) && isObject(f.properties) ? f.properties : {},
    geometry: isObject(f) ? f.geometry : undefined,
  }));
}

/** 1-based line where `"key": "value"` appears, after skipping `skip` earlier matches. */
export function jsonLineOf(text: string, key: string, value: string, skip = 0): number | null {
  const esc = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`"${key}"\\s*:\\s*"${esc}"`, 'g');
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= skip; i++) {
    m = re.exec(text);
    if (!m) return null;
  }
  return m ? text.slice(0, m.index).split('\n').length : null;
}

/**
 * Each feature with its key (the string in properties[prop], or '') and the line it is on; a repeated
 * key is found at its own occurrence, not the first. A feature without a key is named by its place.
 */
export function locateFeatures(text: string, features: RawFeature[], prop: string): LocatedFeature[] {
  const seen = new Map<string, number>();
  return features.map((feature, i) => {
    const value = feature.properties[prop];
    const key = typeof value === 'string' ? value : '';
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { feature, key, line: key ? jsonLineOf(text, prop, key, n) : null, record: key || `feature ${i + 1}` };
  });
}
