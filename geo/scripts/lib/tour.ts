// Checks the presenter's tour (geo/tour.json) against the data it talks about. Pure, like the
// other readers: the tour's text and the already-built outputs in, the tour or every problem out.
// Every message names the chapter (number and id) and the field, so the person editing the file
// knows where to look without reading a stack trace.
import { bbox } from '@turf/bbox';
import { LAYER_IDS, tourFileSchema, type TourFile } from '../../../src/data/schemas';
import { crossCheckTour, type TourData } from '../../../src/lib/tour-check';
import type { BuildOutputs } from './build';
import { jsonLineOf } from './geojson';
import { fieldOf, type Problem } from './report';

export const TOUR_FILE = 'geo/tour.json';

/**
 * Where a tour camera may look: the districts' bounding box. A centre outside it is a typo (swapped
 * longitude and latitude, a missing digit), never a view of this map.
 */
export interface CityBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export type TourResult = { ok: true; tour: TourFile } | { ok: false; problems: Problem[] };

/** The bounding box of every district outline. */
export function cityBoxOf(outputs: Pick<BuildOutputs, 'districts.geojson'>): CityBox {
  const [minLng, minLat, maxLng, maxLat] = bbox(outputs['districts.geojson']);
  return { minLng, minLat, maxLng, maxLat };
}

/** The built data as the shared cross-checks read it. */
export function tourDataOf(outputs: BuildOutputs): TourData {
  return {
    districtCodes: new Set(outputs['districts.geojson'].features.map((f) => f.properties.code)),
    areaIds: new Set(outputs['areas.geojson'].features.map((f) => f.properties.id)),
    sites: new Map(outputs['sites.json'].sites.map((s) => [s.id, { mapped: s.lon !== null && s.lat !== null }])),
    factIds: new Set(outputs['facts.json'].facts.map((f) => f.id)),
    sourceIds: new Set(outputs['sources.json'].sources.map((s) => s.id)),
    box: cityBoxOf(outputs),
  };
}

/** 1-based line of the chapter whose `"id": "<id>"` appears in the text, when it can be found. */
function lineOfChapter(text: string, id: unknown): number | null {
  return typeof id === 'string' ? jsonLineOf(text, 'id', id) : null;
}

/** "chapter 3 (xuhui-ai)", or "chapter 3" when the id itself is what is wrong. */
function chapterName(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
  return id ? `chapter ${index + 1} (${id})` : `chapter ${index + 1}`;
}

export function checkTour(text: string, outputs: BuildOutputs, file = TOUR_FILE): TourResult {
  const problems: Problem[] = [];
  const add = (line: number | null, record: string | null, message: string) => problems.push({ file, line, record, message });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    add(null, null, `is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return { ok: false, problems };
  }
  const rawChapters: unknown[] = raw && typeof raw === 'object' && 'chapters' in raw && Array.isArray(raw.chapters) ? raw.chapters : [];
  const chapterIdOf = (i: number): unknown => {
    const c = rawChapters[i];
    return c && typeof c === 'object' && 'id' in c ? c.id : undefined;
  };

  // Shape first: a missing translation, a layer name that is not one of ours, a zoom out of range.
  const parsed = tourFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [top, index, ...rest] = issue.path;
      if (top === 'chapters' && typeof index === 'number') {
        const field = fieldOf(rest) || '(the chapter)';
        const value = rest.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), rawChapters[index]);
        let message = issue.message;
        if (rest[0] === 'layers' && typeof value === 'string') message = `unknown layer id "${value}" (known: ${LAYER_IDS.join(', ')})`;
        else if ((rest[0] === 'title' || rest[0] === 'text') && (value === undefined || value === '' || (typeof value === 'string' && !value.trim()))) {
          message = `missing translation: ${field} is empty or absent`;
        }
        add(lineOfChapter(text, chapterIdOf(index)), chapterName(index, rawChapters[index]), `${field}: ${message}`);
      } else {
        add(null, null, `${fieldOf(issue.path) || '(the file)'}: ${issue.message}`);
      }
    }
    return { ok: false, problems };
  }

  // Then what only the data can tell (the same checks the app runs on an imported tour).
  const tour = parsed.data;
  for (const p of crossCheckTour(tour, tourDataOf(outputs))) add(lineOfChapter(text, p.id), chapterName(p.index, tour.chapters[p.index]), p.message);

  return problems.length ? { ok: false, problems } : { ok: true, tour };
}
