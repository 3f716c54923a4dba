// geo/areas.geojson → areas.geojson: the schematic outlines of the talent areas (Zhangjiang,
// Hongqiao CBD). Each is drawn by hand from its bounding roads, so the build holds the drawing to
// its official size and to Shanghai's land, and reports the measured size beside the official one.
import { z } from 'zod';
import { areaPropsSchema, layerIdSchema, partialDateSchema, type AreaFeature, type Fact, type LayerId } from '../../../src/data/schemas';
import { oneOf, recordSchema, textRules, type RecordRule } from './cells';
import type { Outline } from './district-outlines';
import type { District } from './districts';
import { featuresOf, jsonLineOf, locateFeatures } from './geojson';
import { areaKm2, distanceToBoundaryMetres, geometryProblem, inside, vertices, type AreaGeometry } from './geometry';
import { distinct, messagesOf, type Report } from './report';
import type { SitesRead } from './sites';
import type { SourceLedger } from './sources';
import { AREA_TEXT } from './text-fields';

/** A schematic area may differ from its official size by at most this fraction. */
const AREA_TOLERANCE = 0.25;

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
const stringsIn = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const filled = (field: string) => z.unknown().refine((v) => typeof v === 'string' && v.trim() !== '', `${field} is empty`);
/** Whatever the app's schema accepts, worded for the person editing the file. */
const accepted = (schema: z.ZodType, message: string) => z.unknown().refine((v) => schema.safeParse(v).success, message);

/** The date an area was established is optional, but only ever with the source that gives it. */
const establishedRule: RecordRule = (p, say) => {
  const [date, source] = [p.established ?? null, p.established_source_id ?? null];
  if (date !== null && !partialDateSchema.safeParse(date).success) {
    say('established', `established "${String(date)}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if ((date === null) !== (source === null)) say('established_source_id', 'established and established_source_id go together');
  else if (source !== null && !stringsIn(p.source_ids).includes(source as string)) {
    say('established_source_id', `established_source_id "${String(source)}" is not one of the area's source_ids`);
  }
};

const areaProperties = recordSchema(
  {
    layer: oneOf('layer', layerIdSchema.options),
    name_en: filled('name_en'),
    name_zh: filled('name_zh'),
    note_en: filled('note_en'),
    note_zh: filled('note_zh'),
    schematic: accepted(areaPropsSchema.shape.schematic, 'schematic must be true or false'),
    official_area_km2: accepted(areaPropsSchema.shape.official_area_km2, 'official_area_km2 is not a positive number'),
    // Each code is checked against districts.csv below, which names the one that is wrong.
    district_codes: z.unknown().refine((v) => Array.isArray(v) && v.length > 0, 'district_codes is empty'),
  },
  textRules(AREA_TEXT),
  establishedRule,
);

export function readAreas(text: string, report: Report, sources: SourceLedger, districts: Map<string, District>, outlines: Map<string, Outline>): AreaFeature[] {
  const problem = report.in('areas');
  const areas: AreaFeature[] = [];
  const located = locateFeatures(text, featuresOf(text, problem) ?? [], 'id');
  const rules = { invalid: (id: string) => (id ? null : 'properties.id is empty'), repeated: () => 'duplicate area id' };
  for (const { key: id, line, feature } of distinct(located, rules, problem)) {
    const p = feature.properties;
    let ok = true;
    const bad = (message: string) => {
      problem(line, id, message);
      ok = false;
    };
    messagesOf(areaProperties.safeParse(p)).forEach(bad);
    const codes = Array.isArray(p.district_codes) ? (p.district_codes as unknown[]) : null;
    for (const code of codes ?? []) if (typeof code !== 'string' || !districts.has(code)) bad(`unknown district code "${String(code)}" in district_codes`);
    const sourceIds = stringsIn(p.source_ids);
    sources.cite(sourceIds, 'areas', line, id);
    if (sourceIds.length === 0 || !sourceIds.every((s) => sources.has(s))) ok = false;

    const shape = geometryProblem(feature.geometry);
    if (shape) {
      bad(shape);
      continue;
    }
    const geometry = feature.geometry as AreaGeometry;
    const drawn = areaKm2(geometry);
    const official = p.official_area_km2;
    if (typeof official === 'number' && official > 0) {
      const off = (drawn - official) / official;
      if (Math.abs(off) > AREA_TOLERANCE) {
        bad(
          `schematic area is ${round(drawn, 1)} km2, ${Math.round(Math.abs(off) * 100)}% ${off > 0 ? 'more' : 'less'} than its official ${official} km2 (allowed: ${AREA_TOLERANCE * 100}%): redraw it`,
        );
      }
    }
    // Every corner on Shanghai's land; one in a district the area does not list is only noted.
    if (outlines.size > 0) {
      vertices(geometry).forEach((v, i) => {
        const hit = [...outlines.values()].find((o) => inside(v, o.geometry));
        if (!hit) bad(`vertex ${i + 1} [${v.join(', ')}] lies outside every district outline`);
        else if (codes && !codes.includes(hit.code)) report.note(`${report.files.areas}:${line} [${id}] vertex ${i + 1} lies in ${hit.code}, which is not in its district_codes`);
      });
    }
    if (!ok) continue;
    const props = p as { layer: LayerId; name_en: string; name_zh: string; schematic: boolean; official_area_km2: number; district_codes: string[]; note_en: string; note_zh: string };
    const established = (p.established ?? null) as string | null;
    areas.push({
      type: 'Feature',
      properties: {
        fid: areas.length + 1,
        id,
        layer: props.layer,
        name_en: props.name_en,
        name_zh: props.name_zh,
        schematic: props.schematic,
        official_area_km2: props.official_area_km2,
        drawn_area_km2: round(drawn, 1),
        district_codes: props.district_codes,
        note_en: props.note_en,
        note_zh: props.note_zh,
        source_ids: sourceIds,
        ...(established !== null ? { established, established_source_id: p.established_source_id as string } : {}),
      },
      geometry,
    });
    const offPercent = ((drawn - props.official_area_km2) / props.official_area_km2) * 100;
    report.note(`${report.files.areas} [${id}] drawn ${round(drawn, 1)} km2 vs official ${props.official_area_km2} km2 (${offPercent.toFixed(1)}%)`);
  }
  return areas;
}

/** What the areas must agree on with the sites and facts, read by then. */
export function checkAreasAgainst(areas: AreaFeature[], text: string, sites: SitesRead, facts: Fact[], report: Report): void {
  const { files } = report;
  // A site on an area's layer is expected inside that area's outline: a note, not a failure.
  for (const a of areas) {
    for (const s of sites.sites) {
      if (s.layer !== a.properties.layer || s.lon === null || s.lat === null) continue;
      if (inside([s.lon, s.lat], a.geometry)) continue;
      const d = Math.round(distanceToBoundaryMetres([s.lon, s.lat], a.geometry));
      report.note(`${files.sites}:${sites.lines.get(s.id)} [${s.id}] is on layer ${s.layer} but ${d} m outside the ${a.properties.id} outline`);
    }
  }
  // An area's official size must match its area_official fact, when there is one.
  for (const { properties: a } of areas) {
    const fact = facts.find((f) => f.scope === 'area' && f.subject === a.id && f.metric === 'area_official');
    if (fact && fact.value !== a.official_area_km2) {
      report.in('areas')(jsonLineOf(text, 'id', a.id), a.id, `official_area_km2 ${a.official_area_km2} differs from the area_official fact (${fact.value}) in ${files.facts}`);
    }
  }
}
