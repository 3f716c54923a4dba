// What a tour says about the data, checked against the data: every layer, feature, fact and
// source id exists, a highlighted or measured site has a location, the camera looks at Shanghai,
// chapter ids are unique. Shared by the data build (geo/scripts/lib/tour.ts, for geo/tour.json)
// and the app (a tour file a user imports, a tour built in the browser), so both refuse the same
// tours. Problems come out as data (src/lib/tour-problems.ts), worded by whoever shows them: the
// app in the reader's language, the build in English. Pure: the data comes in as plain sets.
import { tourFileSchema, type TourFile } from '../data/schemas';
import { problemOfIssue } from './tour-issues';
import { MAX_TOUR_PROBLEMS, type TourProblem, type TourProblemCode, type TourProblemVars } from './tour-problems';

export interface TourData {
  districtCodes: ReadonlySet<string>;
  areaIds: ReadonlySet<string>;
  /** Site id → whether it has a verified location. */
  sites: ReadonlyMap<string, { mapped: boolean }>;
  factIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  /** Metric ids the app knows; absent where metrics are not checked (the data build). */
  metrics?: (id: string) => boolean;
  /** Where a camera may look: the districts' bounding box. */
  box: { minLng: number; minLat: number; maxLng: number; maxLat: number };
}

export function crossCheckTour(tour: TourFile, data: TourData): TourProblem[] {
  const problems: TourProblem[] = [];
  const seen = new Set<string>();
  const { box, sites } = data;
  tour.chapters.forEach((c, index) => {
    const report = (field: string, code: TourProblemCode, vars: TourProblemVars = {}) => problems.push({ code, chapter: { index, id: c.id }, field, vars });
    if (seen.has(c.id)) report('id', 'duplicateId', { value: c.id });
    seen.add(c.id);

    const [lng, lat] = c.camera.center;
    if (lng < box.minLng || lng > box.maxLng || lat < box.minLat || lat > box.maxLat) {
      // The bounds to two decimals: enough to see which number is off, short enough to read.
      const r = (v: number) => Math.round(v * 100) / 100;
      report('camera.center', 'outsideCity', { lng, lat, minLng: r(box.minLng), maxLng: r(box.maxLng), minLat: r(box.minLat), maxLat: r(box.maxLat) });
    }

    c.highlight.forEach((ref, j) => {
      const at = ref.indexOf(':');
      const kind = ref.slice(0, at);
      const value = ref.slice(at + 1);
      const field = `highlight[${j}]`;
      if (kind === 'district' && !data.districtCodes.has(value)) report(field, 'unknownDistrict', { value });
      if (kind === 'area' && !data.areaIds.has(value)) report(field, 'unknownArea', { value });
      if (kind === 'site') {
        const site = sites.get(value);
        if (!site) report(field, 'unknownSite', { value });
        else if (!site.mapped) report(field, 'unplacedHighlight', { value });
      }
    });

    c.facts.forEach((value, j) => {
      if (!data.factIds.has(value)) report(`facts[${j}]`, 'unknownFact', { value });
    });
    c.sources.forEach((value, j) => {
      if (!data.sourceIds.has(value)) report(`sources[${j}]`, 'unknownSource', { value });
    });
    c.distances.forEach((d, j) => {
      for (const end of ['from', 'to'] as const) {
        const site = sites.get(d[end]);
        if (!site) report(`distances[${j}].${end}`, 'unknownSite', { value: d[end] });
        else if (!site.mapped) report(`distances[${j}].${end}`, 'unplacedDistance', { value: d[end] });
      }
    });
    if (c.metric !== undefined && data.metrics && !data.metrics(c.metric)) report('metric', 'unknownMetric', { value: c.metric });
  });
  return problems;
}

/** Largest tour file the app reads: the built-in tour is about 20 KB. */
export const MAX_TOUR_FILE_BYTES = 1_000_000;

export type TourImport = { ok: true; tour: TourFile } | { ok: false; problems: TourProblem[] };

/** A problem with the file as a whole (it could not be read, parsed or checked). */
export function fileProblem(code: TourProblemCode, vars: TourProblemVars = {}): TourImport {
  return { ok: false, problems: [{ code, chapter: null, field: '', vars }] };
}

/** What an exception says, short (a parser's message can quote a long stretch of the file). */
const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/**
 * Reads a tour file a user picked: size, JSON, the schema of geo/tour.json, then the cross-checks.
 * Never throws, whatever the text; returns the tour only when every check passed, else every
 * problem (at most 20) naming the chapter and field, so a broken file changes nothing.
 */
export function importTour(text: unknown, data: TourData): TourImport {
  try {
    if (typeof text !== 'string') return fileProblem('notText');
    if (text.length > MAX_TOUR_FILE_BYTES) return fileProblem('fileTooLarge', { mb: MAX_TOUR_FILE_BYTES / 1_000_000 });
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      // The parser's own words (which say where it stopped) are kept as a detail, in its language.
      return fileProblem('notJson', { detail: detailOf(e) });
    }
    return checkTourValue(raw, data);
  } catch (e) {
    // A defect in a check must still leave the user's tours untouched.
    return fileProblem('checkFailed', { detail: detailOf(e) });
  }
}

/** The schema's problems with a value: every issue, each naming its chapter and field. */
export function schemaProblems(raw: unknown): { ok: true; tour: TourFile } | { ok: false; problems: TourProblem[] } {
  const parsed = tourFileSchema.safeParse(raw);
  return parsed.success ? { ok: true, tour: parsed.data } : { ok: false, problems: parsed.error.issues.map((issue) => problemOfIssue(issue, raw)) };
}

/** The schema and the cross-checks for a value already parsed (a draft in the builder, a parsed file). */
export function checkTourValue(raw: unknown, data: TourData): TourImport {
  const shape = schemaProblems(raw);
  if (!shape.ok) return { ok: false, problems: shape.problems.slice(0, MAX_TOUR_PROBLEMS) };
  const problems = crossCheckTour(shape.tour, data).slice(0, MAX_TOUR_PROBLEMS);
  return problems.length ? { ok: false, problems } : { ok: true, tour: shape.tour };
}
