// Checks the presenter's tour (geo/tour.json) against the data it talks about. Pure, like the
// other readers: the tour's text and the already-built outputs in, the tour or every problem out.
// Every message names the chapter (number and id, with the line it starts on) and the field, so the
// person editing the file knows where to look without reading a stack trace. The checks and their
// English words are the app's own (src/lib/tour-check.ts, src/i18n/tour-problem-text.ts).
import { bbox } from '@turf/bbox';
import type { TourFile } from '../../../src/data/schemas';
import { tourProblemChapter, tourProblemInField } from '../../../src/i18n/tour-problem-text';
import { crossCheckTour, schemaProblems, type TourData } from '../../../src/lib/tour-check';
import type { TourProblem, TourProblemCode } from '../../../src/lib/tour-problems';
import type { BuildOutputs } from './build';
import { jsonLineOf } from './geojson';
import type { Problem } from './report';

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

/**
 * 1-based line of chapter `index`, found by its `"id": "<id>"` as the file writes it (even an id the
 * schema refuses, which the message does not use to name the chapter; a repeated id is found at its
 * own occurrence), when it can be found.
 */
function lineOfChapter(text: string, raw: unknown, index: number): number | null {
  const chapters = raw && typeof raw === 'object' && Object.hasOwn(raw, 'chapters') ? (raw as { chapters: unknown }).chapters : null;
  if (!Array.isArray(chapters)) return null;
  const idOf = (c: unknown): unknown => (c && typeof c === 'object' && Object.hasOwn(c, 'id') ? (c as { id: unknown }).id : null);
  const id = idOf(chapters[index]);
  if (typeof id !== 'string') return null;
  const earlier = chapters.slice(0, index).filter((c) => idOf(c) === id).length;
  return jsonLineOf(text, 'id', id, earlier);
}

/**
 * Where in geo/ to look for an id the tour names but the data lacks. The app's wording (shared,
 * in English here) says what is wrong; this says which input file the person editing geo/ opens.
 */
const WHERE_IN_GEO: Partial<Record<TourProblemCode, string>> = {
  unknownArea: 'not in geo/areas.geojson',
  unknownSite: 'not in geo/sites.csv',
  unknownSource: 'not in geo/sources.csv',
  unknownFact: 'ids read scope:subject:metric:as_of, as in the built facts.json',
};

/** A tour problem as a build problem: the chapter as the record, its line, and the English words. */
function buildProblem(p: TourProblem, text: string, raw: unknown, file: string): Problem {
  const hint = WHERE_IN_GEO[p.code];
  const words = tourProblemInField(p, 'en');
  const message = hint ? `${words} (${hint})` : words;
  if (!p.chapter) return { file, line: null, record: null, message: message || '(the file)' };
  return { file, line: lineOfChapter(text, raw, p.chapter.index), record: tourProblemChapter(p, 'en'), message };
}

export function checkTour(text: string, outputs: BuildOutputs, file = TOUR_FILE): TourResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const problem: TourProblem = { code: 'notJson', chapter: null, field: '', vars: { detail: e instanceof Error ? e.message : String(e) } };
    return { ok: false, problems: [buildProblem(problem, text, null, file)] };
  }
  // Shape first (a missing translation, a layer name that is not one of ours, a zoom out of range),
  // then what only the data can tell: the same checks, in the same words, as the app's import.
  const shape = schemaProblems(raw);
  const problems = shape.ok ? crossCheckTour(shape.tour, tourDataOf(outputs)) : shape.problems;
  if (shape.ok && problems.length === 0) return { ok: true, tour: shape.tour };
  return { ok: false, problems: problems.map((p) => buildProblem(p, text, raw, file)) };
}
