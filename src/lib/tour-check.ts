// What a tour says about the data, checked against the data: every layer, feature, fact and
// source id exists, a highlighted or measured site has a location, the camera looks at Shanghai,
// chapter ids are unique. Shared by the data build (geo/scripts/lib/tour.ts, for geo/tour.json)
// and the app (a tour file a user imports, a tour built in the browser), so both refuse the same
// tours with the same words. Pure: the data comes in as plain sets.
import { tourFileSchema, type TourFile } from '../data/schemas';

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

/** One problem in one chapter (index 0-based), the field named at the start of the message. */
export interface ChapterProblem {
  index: number;
  id: string;
  message: string;
}

export function crossCheckTour(tour: TourFile, data: TourData): ChapterProblem[] {
  const problems: ChapterProblem[] = [];
  const seen = new Set<string>();
  const { box, sites } = data;
  tour.chapters.forEach((c, index) => {
    const report = (message: string) => problems.push({ index, id: c.id, message });
    if (seen.has(c.id)) report(`id: "${c.id}" is used by an earlier chapter; chapter ids must be unique`);
    seen.add(c.id);

    const [lng, lat] = c.camera.center;
    if (lng < box.minLng || lng > box.maxLng || lat < box.minLat || lat > box.maxLat) {
      report(
        `camera.center: [${lng}, ${lat}] is outside Shanghai (longitude ${box.minLng.toFixed(2)} to ${box.maxLng.toFixed(2)}, ` +
          `latitude ${box.minLat.toFixed(2)} to ${box.maxLat.toFixed(2)}); is it [longitude, latitude]?`,
      );
    }

    c.highlight.forEach((ref, j) => {
      const at = ref.indexOf(':');
      const kind = ref.slice(0, at);
      const id = ref.slice(at + 1);
      const field = `highlight[${j}]`;
      if (kind === 'district' && !data.districtCodes.has(id)) report(`${field}: unknown district code "${id}" (districts are named by their 3101xx code)`);
      if (kind === 'area' && !data.areaIds.has(id)) report(`${field}: unknown area id "${id}" (not in geo/areas.geojson)`);
      if (kind === 'site') {
        const site = sites.get(id);
        if (!site) report(`${field}: unknown site id "${id}" (not in geo/sites.csv)`);
        else if (!site.mapped) report(`${field}: site "${id}" has no verified location, so it cannot be highlighted on the map; name it in the text instead`);
      }
    });

    c.facts.forEach((id, j) => {
      if (!data.factIds.has(id)) report(`facts[${j}]: unknown fact id "${id}" (ids read scope:subject:metric:as_of, as in the built facts.json)`);
    });
    c.sources.forEach((id, j) => {
      if (!data.sourceIds.has(id)) report(`sources[${j}]: unknown source id "${id}" (not in geo/sources.csv)`);
    });
    c.distances.forEach((d, j) => {
      for (const end of ['from', 'to'] as const) {
        const site = sites.get(d[end]);
        if (!site) report(`distances[${j}].${end}: unknown site id "${d[end]}"`);
        else if (!site.mapped) report(`distances[${j}].${end}: site "${d[end]}" has no verified location, so no distance can be computed`);
      }
    });
    if (c.metric !== undefined && data.metrics && !data.metrics(c.metric)) report(`metric: unknown metric "${c.metric}"`);
  });
  return problems;
}

/** Largest tour file the app reads: the built-in tour is about 20 KB. */
export const MAX_TOUR_FILE_BYTES = 1_000_000;

export type TourImport = { ok: true; tour: TourFile } | { ok: false; problems: string[] };

/** "chapter 3 (xuhui-ai)", or "chapter 3" when the id itself is unusable. */
function chapterLabel(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id.length <= 64 ? raw.id : null;
  return id ? `chapter ${index + 1} (${id})` : `chapter ${index + 1}`;
}

/**
 * Reads a tour file a user picked: size, JSON, the schema of geo/tour.json, then the cross-checks.
 * Never throws, whatever the text; returns the tour only when every check passed, else every
 * problem (at most 20) naming the chapter and field, so a broken file changes nothing.
 */
export function importTour(text: unknown, data: TourData): TourImport {
  try {
    if (typeof text !== 'string') return { ok: false, problems: ['the file is not text'] };
    if (text.length > MAX_TOUR_FILE_BYTES) return { ok: false, problems: [`the file is larger than ${MAX_TOUR_FILE_BYTES / 1_000_000} MB; a tour is a few kilobytes`] };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return { ok: false, problems: [`the file is not valid JSON (${e instanceof Error ? e.message.slice(0, 200) : 'unreadable'})`] };
    }
    return checkTourValue(raw, data);
  } catch (e) {
    // A defect in a check must still leave the user's tours untouched.
    return { ok: false, problems: [`the file could not be checked (${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'})`] };
  }
}

/** The schema and the cross-checks for a value already parsed (a draft in the builder, a parsed file). */
export function checkTourValue(raw: unknown, data: TourData): TourImport {
  const parsed = tourFileSchema.safeParse(raw);
  const rawChapters = raw && typeof raw === 'object' && 'chapters' in raw && Array.isArray(raw.chapters) ? (raw.chapters as unknown[]) : [];
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => {
      const [top, index, ...rest] = issue.path;
      if (top === 'chapters' && typeof index === 'number') return `${chapterLabel(index, rawChapters[index])}: ${rest.join('.') || '(the chapter)'}: ${issue.message}`;
      return `${issue.path.join('.') || '(the file)'}: ${issue.message}`;
    });
    return { ok: false, problems };
  }
  const problems = crossCheckTour(parsed.data, data).slice(0, 20).map((p) => `chapter ${p.index + 1} (${p.id}): ${p.message}`);
  return problems.length ? { ok: false, problems } : { ok: true, tour: parsed.data };
}
