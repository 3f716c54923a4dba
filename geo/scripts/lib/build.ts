// The data build as one pure function: the texts of the geo/ files in, either the five files of
// public/data/ or every problem found out. No file access here (build-data.ts does that), so the
// tests can feed it small hand-made fixtures.
import Papa from 'papaparse';
import { area as turfArea } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { z } from 'zod';
import {
  LAYER_IDS,
  QUALIFIERS,
  SITE_CATEGORIES,
  areasFileSchema,
  districtsFileSchema,
  factsFileSchema,
  sitesFileSchema,
  sourcesFileSchema,
  type AreasFile,
  type LayerId,
  type DistrictsFile,
  type Fact,
  type Site,
  type Source,
} from '../../../src/data/schemas';
import { AREA_TEXT, DISTRICT_TEXT, FACT_TEXT, SITE_TEXT, SOURCE_TEXT, textFieldProblems } from './text-fields';

// ---------------------------------------------------------------------------------------------
// Inputs, outputs, problems

export interface BuildInputs {
  outlines: string;
  districts: string;
  sites: string;
  facts: string;
  sources: string;
  areas: string;
}
export type InputKey = keyof BuildInputs;

/** How each input is named in messages. */
export const INPUT_FILES: Readonly<Record<InputKey, string>> = {
  outlines: 'geo/district-outlines.geojson',
  districts: 'geo/districts.csv',
  sites: 'geo/sites.csv',
  facts: 'geo/facts.csv',
  sources: 'geo/sources.csv',
  areas: 'geo/areas.geojson',
};

export interface BuildOutputs {
  'districts.geojson': DistrictsFile;
  'areas.geojson': AreasFile;
  'sites.json': { sites: Site[] };
  'facts.json': { facts: Fact[] };
  'sources.json': { sources: Source[] };
}
export type OutputName = keyof BuildOutputs;

export interface Problem {
  file: string;
  /** 1-based line in the input file, when the record can be located. */
  line: number | null;
  /** The record's id (site id, source id, district code, fact id …). */
  record: string | null;
  message: string;
}

export type BuildResult =
  | { ok: true; outputs: BuildOutputs; notes: string[] }
  | { ok: false; problems: Problem[]; notes: string[] };

export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.record === null ? `${where}: ${p.message}` : `${where} [${p.record}]: ${p.message}`;
}

/** Outline source credited on every district. */
export const OUTLINE_SOURCE_ID = 'echarts-4.9.0';
/** A schematic area may differ from its official size by at most this fraction. */
export const AREA_TOLERANCE = 0.25;
/** Shanghai's own code in GB/T 2260, the subject of city-scope facts. */
export const CITY_CODE = '310000';

const SOURCE_KINDS = ['article', 'official', 'dataset', 'news', 'report', 'reference'] as const;
const FACT_SCOPES = ['city', 'district', 'area', 'site', 'peer-city'] as const;

const COLUMNS = {
  sources: ['id', 'kind', 'publisher', 'title', 'date', 'url'],
  districts: ['code', 'name_en', 'name_zh', 'area_km2', 'area_note', 'area_note_zh', 'pop_2020', 'featured', 'source_ids'],
  sites: [
    'id',
    'category',
    'layer',
    'name_en',
    'name_zh',
    'district_code',
    'lon',
    'lat',
    'datum',
    'precision_m',
    'opened',
    'address_en',
    'address_zh',
    'notes_en',
    'notes_zh',
    'source_ids',
    'location_source',
  ],
  facts: ['scope', 'subject', 'metric', 'value', 'unit', 'as_of', 'qualifier', 'source_id', 'note_en', 'note_zh'],
} as const;

// ---------------------------------------------------------------------------------------------
// Small parsers

class Reporter {
  readonly problems: Problem[] = [];
  readonly notes: string[] = [];
  constructor(readonly files: Readonly<Record<InputKey, string>>) {}
  add(key: InputKey | string, line: number | null, record: string | null, message: string): void {
    const file = key in this.files ? this.files[key as InputKey] : key;
    this.problems.push({ file, line, record, message });
  }
}

interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** 1-based line on which each CSV record starts (a newline inside quotes does not end a record). */
export function csvRecordLines(text: string): number[] {
  const lines = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line++;
      if (!quoted) lines.push(line);
    }
  }
  return lines;
}

/** Parses a CSV with a header row; every row keeps the line it starts on. Cells are trimmed. */
function parseCsv(text: string, key: InputKey, columns: readonly string[], rep: Reporter): CsvRow[] | null {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: ',', skipEmptyLines: false });
  const lineOf = csvRecordLines(body);
  const raw = parsed.data;
  const header = raw[0]?.map((h) => h.trim()) ?? [];
  if (header.length === 0 || (header.length === 1 && header[0] === '')) {
    rep.add(key, 1, null, 'the file is empty: expected a header row');
    return null;
  }
  const missing = columns.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !columns.includes(c));
  if (missing.length) rep.add(key, 1, null, `missing column(s): ${missing.join(', ')}`);
  if (extra.length) rep.add(key, 1, null, `unknown column(s): ${extra.join(', ')} (expected ${columns.join(', ')})`);
  if (missing.length) return null;
  for (const e of parsed.errors) {
    // Field-count mismatches are reported below, with the record's id.
    if (e.code === 'TooFewFields' || e.code === 'TooManyFields') continue;
    rep.add(key, e.row === undefined ? null : (lineOf[e.row] ?? null), null, `CSV: ${e.message}`);
  }
  const rows: CsvRow[] = [];
  raw.slice(1).forEach((r, i) => {
    const ln = lineOf[i + 1] ?? i + 2;
    if (r.length === 1 && (r[0] ?? '').trim() === '') return; // blank line
    if (r.length !== header.length) {
      rep.add(key, ln, r[0]?.trim() || null, `has ${r.length} fields, the header has ${header.length}`);
      return;
    }
    const cells: Record<string, string> = {};
    header.forEach((h, j) => (cells[h] = (r[j] ?? '').trim()));
    rows.push({ line: ln, cells });
  });
  return rows;
}

/** 1-based line where `"key": "value"` first appears (after skipping `skip` earlier matches). */
function jsonLineOf(text: string, key: string, value: string, skip = 0): number | null {
  const esc = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`"${key}"\\s*:\\s*"${esc}"`, 'g');
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= skip; i++) {
    m = re.exec(text);
    if (!m) return null;
  }
  return m ? text.slice(0, m.index).split('\n').length : null;
}

const NUMBER_RE = /^-?\d+(\.\d+)?$/;
const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ID_RE = /^[a-z0-9][a-z0-9.-]*$/;

function parseNumber(s: string): number | null {
  return NUMBER_RE.test(s) ? Number(s) : null;
}

/** A real YYYY, YYYY-MM or YYYY-MM-DD date (month 01–12, a day that exists). */
export function isPartialDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function splitIds(s: string): string[] {
  return s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers

/** The geometry type the app's schema accepts for districts and areas. */
type AreaGeometry = AreasFile['features'][number]['geometry'];
type Position = [number, number];

const EARTH_R = 6371008.8;

/** Distance in metres from a point to a segment, on a local equirectangular projection. */
function pointSegmentMetres(p: Position, a: Position, b: Position): number {
  const k = (Math.PI / 180) * EARTH_R;
  const cos = Math.cos(((p[1] ?? 0) * Math.PI) / 180);
  const ax = ((a[0]! - p[0]!) * cos) * k;
  const ay = (a[1]! - p[1]!) * k;
  const bx = ((b[0]! - p[0]!) * cos) * k;
  const by = (b[1]! - p[1]!) * k;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Distance in metres from a point to the nearest edge of a (multi)polygon. */
export function distanceToBoundaryMetres(p: Position, g: AreaGeometry): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = Infinity;
  for (const poly of polys) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) best = Math.min(best, pointSegmentMetres(p, ring[i]!, ring[i + 1]!));
    }
  }
  return best;
}

function inside(p: Position, g: AreaGeometry): boolean {
  return booleanPointInPolygon(p, g);
}

function areaKm2(g: AreaGeometry): number {
  return turfArea(g) / 1e6;
}

/** Checks a geometry's structure: Polygon/MultiPolygon, closed rings of at least 4 numeric positions. */
function geometryProblem(g: unknown): string | null {
  if (!g || typeof g !== 'object') return 'has no geometry';
  const geom = g as { type?: unknown; coordinates?: unknown };
  if (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon') return `geometry type ${String(geom.type)} (expected Polygon or MultiPolygon)`;
  const polys = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates) as unknown;
  if (!Array.isArray(polys) || polys.length === 0) return 'geometry has no coordinates';
  for (const poly of polys) {
    if (!Array.isArray(poly) || poly.length === 0) return 'a polygon has no rings';
    for (const ring of poly as unknown[]) {
      if (!Array.isArray(ring) || ring.length < 4) return 'a ring has fewer than 4 positions';
      for (const pos of ring as unknown[]) {
        if (!Array.isArray(pos) || pos.length < 2 || !pos.every((n) => typeof n === 'number' && Number.isFinite(n))) {
          return `a position is not [lon, lat]: ${JSON.stringify(pos)}`;
        }
      }
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) return 'a ring is not closed (first and last positions differ)';
    }
  }
  return null;
}

function vertices(g: AreaGeometry): Position[] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flatMap((p) => p.flatMap((r) => r.slice(0, -1)));
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

// ---------------------------------------------------------------------------------------------
// The build

interface Outline {
  code: string;
  label: [number, number];
  geometry: AreaGeometry;
}

function readOutlines(text: string, rep: Reporter): Map<string, Outline> {
  const out = new Map<string, Outline>();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    rep.add('outlines', null, null, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return out;
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    rep.add('outlines', null, null, 'expected a GeoJSON FeatureCollection');
    return out;
  }
  const seen = new Map<string, number>();
  fc.features.forEach((f: { properties?: { code?: unknown; label?: unknown }; geometry?: unknown }, i) => {
    const code = typeof f.properties?.code === 'string' ? f.properties.code : null;
    const n = code ? (seen.get(code) ?? 0) : 0;
    if (code) seen.set(code, n + 1);
    const line = code ? jsonLineOf(text, 'code', code, n) : null;
    const rec = code ?? `feature ${i + 1}`;
    if (!code || !/^3101\d{2}$/.test(code)) {
      rep.add('outlines', line, rec, 'properties.code is not a Shanghai district code (3101xx)');
      return;
    }
    if (n > 0) {
      rep.add('outlines', line, code, 'duplicate district code');
      return;
    }
    const label = f.properties?.label;
    if (!Array.isArray(label) || label.length !== 2 || !label.every((v) => typeof v === 'number')) {
      rep.add('outlines', line, code, 'properties.label is not [lon, lat]');
      return;
    }
    const gp = geometryProblem(f.geometry);
    if (gp) {
      rep.add('outlines', line, code, gp);
      return;
    }
    out.set(code, { code, label: [label[0] as number, label[1] as number], geometry: f.geometry as AreaGeometry });
  });
  return out;
}

/** Shared state of one build: the inputs, how files are named, problems and source bookkeeping. */
interface Ctx {
  inputs: BuildInputs;
  files: Readonly<Record<InputKey, string>>;
  rep: Reporter;
  /** Ids in sources.csv. */
  sourceIds: Set<string>;
  /** Ids cited by some record (to note the ones nobody cites). */
  cited: Set<string>;
}

/** Reports unknown or missing source ids and records the known ones as cited. */
function checkSourceIds(ctx: Ctx, ids: string[], key: InputKey, line: number | null, record: string): void {
  if (ids.length === 0) ctx.rep.add(key, line, record, 'source_ids is empty: every record needs a source');
  for (const id of ids) {
    if (ctx.sourceIds.has(id)) ctx.cited.add(id);
    else ctx.rep.add(key, line, record, `unknown source id "${id}" in source_ids (not in ${ctx.files.sources})`);
  }
}

function requireZh(rep: Reporter, key: InputKey, row: CsvRow, record: string, en: string, zh: string): void {
  if (row.cells[en] && !row.cells[zh]) rep.add(key, row.line, record, `${en} is filled but ${zh} is empty: add the Chinese text`);
  if (!row.cells[en] && row.cells[zh]) rep.add(key, row.line, record, `${zh} is filled but ${en} is empty: add the English text`);
}

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

// --- sources.csv -------------------------------------------------------------------------------

function readSources(ctx: Ctx): Source[] {
  const { inputs, rep, sourceIds } = ctx;
  const sources: Source[] = [];
  const sourceLine = new Map<string, number>();
  for (const row of parseCsv(inputs.sources, 'sources', COLUMNS.sources, rep) ?? []) {
    const c = row.cells;
    const id = c.id ?? '';
    if (!id) {
      rep.add('sources', row.line, null, 'id is empty');
      continue;
    }
    if (!ID_RE.test(id)) rep.add('sources', row.line, id, 'id must be lower case letters, digits, "." and "-"');
    if (sourceIds.has(id)) {
      rep.add('sources', row.line, id, `duplicate source id (first on line ${sourceLine.get(id)})`);
      continue;
    }
    sourceIds.add(id);
    sourceLine.set(id, row.line);
    const kind = c.kind ?? '';
    if (!isOneOf(SOURCE_KINDS, kind)) rep.add('sources', row.line, id, `unknown kind "${kind}" (expected one of ${SOURCE_KINDS.join(', ')})`);
    if (!c.publisher) rep.add('sources', row.line, id, 'publisher is empty');
    if (!c.title) rep.add('sources', row.line, id, 'title is empty');
    const date = c.date ?? '';
    if (date && !isPartialDate(date)) rep.add('sources', row.line, id, `malformed date "${date}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    const url = c.url ?? '';
    for (const m of textFieldProblems(c, SOURCE_TEXT)) rep.add('sources', row.line, id, m);
    sources.push({
      id,
      kind: kind as Source['kind'],
      publisher: c.publisher ?? '',
      title: c.title ?? '',
      date: date || null,
      url: url || null,
    });
  }
  return sources;
}

// --- districts.csv (joined with the outlines) ---------------------------------------------------

interface DistrictRow {
  code: string;
  line: number;
  name_en: string;
  name_zh: string;
  area: number | null;
  areaNote: string;
  areaNoteZh: string;
  pop: number | null;
  featured: boolean;
  sourceIds: string[];
}

function readDistricts(ctx: Ctx, outlines: Map<string, Outline>): Map<string, DistrictRow> {
  const { inputs, files, rep } = ctx;
  const districts = new Map<string, DistrictRow>();
  for (const row of parseCsv(inputs.districts, 'districts', COLUMNS.districts, rep) ?? []) {
    const c = row.cells;
    const code = c.code ?? '';
    if (!/^3101\d{2}$/.test(code)) {
      rep.add('districts', row.line, code || null, `code "${code}" is not a Shanghai district code (3101xx)`);
      continue;
    }
    if (districts.has(code)) {
      rep.add('districts', row.line, code, `duplicate district code (first on line ${districts.get(code)?.line})`);
      continue;
    }
    if (!c.name_en) rep.add('districts', row.line, code, 'name_en is empty');
    if (!c.name_zh) rep.add('districts', row.line, code, 'name_zh is empty');
    const areaS = c.area_km2 ?? '';
    const area = areaS === '' ? null : parseNumber(areaS);
    if (areaS !== '' && (area === null || area <= 0)) rep.add('districts', row.line, code, `area_km2 "${areaS}" is not a positive number`);
    const popS = c.pop_2020 ?? '';
    const pop = popS === '' ? null : /^\d+$/.test(popS) ? Number(popS) : null;
    if (popS !== '' && (pop === null || pop <= 0)) rep.add('districts', row.line, code, `pop_2020 "${popS}" is not a positive whole number`);
    const featuredS = c.featured ?? '';
    if (featuredS !== '' && featuredS !== 'yes') rep.add('districts', row.line, code, `featured must be "yes" or empty, not "${featuredS}"`);
    requireZh(rep, 'districts', row, code, 'area_note', 'area_note_zh');
    for (const m of textFieldProblems(c, DISTRICT_TEXT)) rep.add('districts', row.line, code, m);
    const ids = splitIds(c.source_ids ?? '');
    checkSourceIds(ctx, ids, 'districts', row.line, code);
    if (!outlines.has(code)) rep.add('districts', row.line, code, `no outline with this code in ${files.outlines}`);
    districts.set(code, {
      code,
      line: row.line,
      name_en: c.name_en ?? '',
      name_zh: c.name_zh ?? '',
      area: areaS === '' ? null : area,
      areaNote: c.area_note ?? '',
      areaNoteZh: c.area_note_zh ?? '',
      pop,
      featured: featuredS === 'yes',
      sourceIds: ids,
    });
  }
  for (const code of outlines.keys()) {
    if (!districts.has(code)) rep.add('outlines', jsonLineOf(inputs.outlines, 'code', code), code, `outline has no row in ${files.districts}`);
  }
  if (districts.size !== 16) rep.add('districts', null, null, `expected the 16 districts of Shanghai, found ${districts.size}`);
  if (outlines.size > 0) requireSource(ctx, OUTLINE_SOURCE_ID, 'the district outlines');
  return districts;
}

/** A source the build itself cites (outline, census, yearbook) must be in the bibliography. */
function requireSource(ctx: Ctx, id: string, purpose: string): void {
  if (ctx.sourceIds.has(id)) ctx.cited.add(id);
  else ctx.rep.add('sources', null, id, `source "${id}" is needed for ${purpose} but missing`);
}

// --- sites.csv ---------------------------------------------------------------------------------

function readSites(ctx: Ctx, outlines: Map<string, Outline>, districts: Map<string, DistrictRow>): { sites: Site[]; siteLine: Map<string, number> } {
  const { inputs, files, rep } = ctx;
  const sites: Site[] = [];
  const siteLine = new Map<string, number>();
  for (const row of parseCsv(inputs.sites, 'sites', COLUMNS.sites, rep) ?? []) {
    const c = row.cells;
    const id = c.id ?? '';
    if (!id) {
      rep.add('sites', row.line, null, 'id is empty');
      continue;
    }
    if (!ID_RE.test(id)) rep.add('sites', row.line, id, 'id must be lower case letters, digits, "." and "-"');
    if (siteLine.has(id)) {
      rep.add('sites', row.line, id, `duplicate site id (first on line ${siteLine.get(id)})`);
      continue;
    }
    siteLine.set(id, row.line);
    const category = c.category ?? '';
    if (!isOneOf(SITE_CATEGORIES, category)) {
      rep.add('sites', row.line, id, `unknown category "${category}" (expected one of ${SITE_CATEGORIES.join(', ')})`);
    }
    const layer = c.layer ?? '';
    if (!isOneOf(LAYER_IDS, layer)) {
      rep.add('sites', row.line, id, `unknown layer "${layer}" (expected one of ${LAYER_IDS.join(', ')})`);
    }
    if (!c.name_en) rep.add('sites', row.line, id, 'name_en is empty');
    if (!c.name_zh) rep.add('sites', row.line, id, 'name_zh is empty');
    const code = c.district_code ?? '';
    if (!districts.has(code)) rep.add('sites', row.line, id, `unknown district_code "${code}" (not in ${files.districts})`);

    const lonS = c.lon ?? '';
    const latS = c.lat ?? '';
    const precS = c.precision_m ?? '';
    const datum = c.datum ?? '';
    let lon: number | null = null;
    let lat: number | null = null;
    let prec: number | null = null;
    let coordsOk = true;
    const badCoords = (msg: string) => {
      rep.add('sites', row.line, id, msg);
      coordsOk = false;
    };
    if ((lonS === '') !== (latS === '')) badCoords('lon and lat must both be given or both be empty');
    if (lonS !== '') {
      lon = parseNumber(lonS);
      if (lon === null) badCoords(`non-numeric lon "${lonS}"`);
      else if (lon < 120.5 || lon > 122.5) badCoords(`lon ${lon} is outside Shanghai (120.5 to 122.5)`);
    }
    if (latS !== '') {
      lat = parseNumber(latS);
      if (lat === null) badCoords(`non-numeric lat "${latS}"`);
      else if (lat < 30.4 || lat > 32) badCoords(`lat ${lat} is outside Shanghai (30.4 to 32)`);
    }
    if (precS !== '') {
      prec = parseNumber(precS);
      if (prec === null || prec <= 0) badCoords(`precision_m "${precS}" is not a positive number`);
    }
    const hasCoords = lonS !== '' || latS !== '';
    if (hasCoords && precS === '') badCoords('coordinates are given without precision_m');
    if (!hasCoords && precS !== '') rep.add('sites', row.line, id, 'precision_m is given without coordinates');
    if (hasCoords && datum !== 'WGS84') rep.add('sites', row.line, id, `datum "${datum}" must be WGS84 (convert GCJ-02 or BD-09 points first)`);
    if (!hasCoords && datum !== '') rep.add('sites', row.line, id, 'datum is given without coordinates');

    const opened = c.opened ?? '';
    if (opened && !isPartialDate(opened)) rep.add('sites', row.line, id, `malformed date "${opened}" in opened (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    requireZh(rep, 'sites', row, id, 'address_en', 'address_zh');
    requireZh(rep, 'sites', row, id, 'notes_en', 'notes_zh');
    for (const m of textFieldProblems(c, SITE_TEXT)) rep.add('sites', row.line, id, m);
    if (!c.location_source) rep.add('sites', row.line, id, 'location_source is empty: say where the point comes from, or that it is unknown');
    const ids = splitIds(c.source_ids ?? '');
    checkSourceIds(ctx, ids, 'sites', row.line, id);

    // In-district check, allowing for the stated precision.
    const outline = outlines.get(code);
    if (coordsOk && lon !== null && lat !== null && prec !== null && outline) {
      const p: Position = [lon, lat];
      if (!inside(p, outline.geometry)) {
        const d = distanceToBoundaryMetres(p, outline.geometry);
        const actual = [...outlines.values()].find((o) => inside(p, o.geometry));
        const where = actual ? `it falls in ${actual.code} (${districts.get(actual.code)?.name_en ?? '?'})` : 'it falls in no district';
        if (d > prec) {
          rep.add('sites', row.line, id, `site outside its district ${code}: ${Math.round(d)} m from its outline, more than its precision_m ${prec}; ${where}`);
        } else {
          rep.notes.push(`${files.sites}:${row.line} [${id}] is ${Math.round(d)} m outside district ${code}, accepted within its precision_m ${prec}; ${where}`);
        }
      }
    }

    sites.push({
      fid: sites.length + 1,
      id,
      category: category as Site['category'],
      layer: layer as Site['layer'],
      name_en: c.name_en ?? '',
      name_zh: c.name_zh ?? '',
      district_code: code,
      lon,
      lat,
      precision_m: prec,
      opened: opened || null,
      address_en: c.address_en ?? '',
      address_zh: c.address_zh ?? '',
      notes_en: c.notes_en ?? '',
      notes_zh: c.notes_zh ?? '',
      location_source: c.location_source ?? '',
      source_ids: ids,
    });
  }

  return { sites, siteLine };
}

// --- facts.csv, plus the census and land-area facts of districts.csv ---------------------------

function readFacts(ctx: Ctx, districts: Map<string, DistrictRow>, siteLine: Map<string, number>): Fact[] {
  const { inputs, files, rep, sourceIds } = ctx;
  const facts: Fact[] = [];
  const factLine = new Map<string, string>();
  const addFact = (f: Fact, where: string, key: InputKey, line: number | null) => {
    const prev = factLine.get(f.id);
    if (prev) {
      rep.add(key, line, f.id, `duplicate fact (same scope, subject, metric and as_of as ${prev})`);
      return;
    }
    factLine.set(f.id, where);
    facts.push(f);
  };
  for (const row of parseCsv(inputs.facts, 'facts', COLUMNS.facts, rep) ?? []) {
    const c = row.cells;
    const scope = c.scope ?? '';
    const subject = c.subject ?? '';
    const metric = c.metric ?? '';
    const asOf = c.as_of ?? '';
    const rec = `${scope}:${subject}:${metric}:${asOf || 'undated'}`;
    let ok = true;
    const bad = (msg: string) => {
      rep.add('facts', row.line, rec, msg);
      ok = false;
    };
    if (!isOneOf(FACT_SCOPES, scope)) bad(`unknown scope "${scope}" (expected one of ${FACT_SCOPES.join(', ')})`);
    if (!subject) bad('subject is empty');
    else if (scope === 'district' && !districts.has(subject)) bad(`unknown district "${subject}" (not in ${files.districts})`);
    else if (scope === 'site' && !siteLine.has(subject)) bad(`unknown site "${subject}" (not in ${files.sites})`);
    else if (scope === 'city' && subject !== CITY_CODE) bad(`a city fact's subject must be ${CITY_CODE}, not "${subject}"`);
    if (!/^[a-z0-9_]+$/.test(metric)) bad(`metric "${metric}" must be lower case letters, digits and "_"`);
    const valueS = c.value ?? '';
    const value = parseNumber(valueS);
    if (valueS === '') bad('value is empty (leave the row out rather than guess: a missing value is "no data")');
    else if (value === null) bad(`non-numeric value "${valueS}" (digits and an optional decimal point only)`);
    if (!c.unit) bad('value has no unit');
    if (!asOf) bad('value has no date: as_of is required');
    else if (!isPartialDate(asOf)) bad(`malformed date "${asOf}" in as_of (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    const q = c.qualifier ?? '';
    if (q && !isOneOf(QUALIFIERS, q)) bad(`unknown qualifier "${q}" (expected one of ${QUALIFIERS.join(', ')} or empty)`);
    const sid = c.source_id ?? '';
    if (!sid) bad('source_id is empty');
    else if (!sourceIds.has(sid)) bad(`unknown source id "${sid}" (not in ${files.sources})`);
    else ctx.cited.add(sid);
    requireZh(rep, 'facts', row, rec, 'note_en', 'note_zh');
    textFieldProblems(c, FACT_TEXT).forEach(bad);
    if (!ok) continue;
    addFact(
      {
        id: rec,
        scope: scope as Fact['scope'],
        subject,
        metric,
        value: value as number,
        unit: c.unit ?? '',
        as_of: asOf,
        qualifier: isOneOf(QUALIFIERS, q) ? q : null,
        source_id: sid,
        note_en: c.note_en || null,
        note_zh: c.note_zh || null,
      },
      `${files.facts}:${row.line}`,
      'facts',
      row.line,
    );
  }
  // Census population and land area are facts too.
  for (const d of districts.values()) {
    const where = `${files.districts}:${d.line}`;
    if (d.pop !== null) {
      addFact(
        {
          id: `district:${d.code}:population:2020`,
          scope: 'district',
          subject: d.code,
          metric: 'population',
          value: d.pop,
          unit: 'people',
          as_of: '2020',
          qualifier: null,
          source_id: 'census-2020',
          note_en: null,
          note_zh: null,
        },
        where,
        'districts',
        d.line,
      );
    }
    if (d.area !== null) {
      addFact(
        {
          id: `district:${d.code}:land_area:undated`,
          scope: 'district',
          subject: d.code,
          metric: 'land_area',
          value: d.area,
          unit: 'km2',
          as_of: null,
          qualifier: null,
          source_id: 'yearbook-area',
          note_en: d.areaNote || null,
          note_zh: d.areaNoteZh || null,
        },
        where,
        'districts',
        d.line,
      );
    }
  }
  if (districts.size > 0) {
    requireSource(ctx, 'census-2020', 'the district facts');
    requireSource(ctx, 'yearbook-area', 'the district facts');
  }
  return facts;
}

// --- areas.geojson -----------------------------------------------------------------------------

function readAreas(ctx: Ctx, outlines: Map<string, Outline>, districts: Map<string, DistrictRow>): AreasFile['features'] {
  const { inputs, files, rep, sourceIds } = ctx;
  const areaFeatures: AreasFile['features'] = [];
  let areasJson: unknown = null;
  try {
    areasJson = JSON.parse(inputs.areas);
  } catch (e) {
    rep.add('areas', null, null, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (areasJson !== null) {
    const fc = areasJson as { type?: unknown; features?: unknown };
    if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      rep.add('areas', null, null, 'expected a GeoJSON FeatureCollection');
    } else {
      const seen = new Map<string, number>();
      (fc.features as { properties?: Record<string, unknown>; geometry?: unknown }[]).forEach((f, i) => {
        const p = f.properties ?? {};
        const id = typeof p.id === 'string' ? p.id : '';
        const n = seen.get(id) ?? 0;
        seen.set(id, n + 1);
        const line = id ? jsonLineOf(inputs.areas, 'id', id, n) : null;
        const rec = id || `feature ${i + 1}`;
        let ok = true;
        const bad = (msg: string) => {
          rep.add('areas', line, rec, msg);
          ok = false;
        };
        if (!id) return bad('properties.id is empty');
        if (n > 0) return bad('duplicate area id');
        const layer = p.layer;
        if (!isOneOf(LAYER_IDS, layer)) {
          bad(`unknown layer "${String(layer)}" (expected one of ${LAYER_IDS.join(', ')})`);
        }
        for (const k of ['name_en', 'name_zh', 'note_en', 'note_zh'] as const) {
          if (typeof p[k] !== 'string' || (p[k] as string).trim() === '') bad(`${k} is empty`);
        }
        textFieldProblems(p, AREA_TEXT).forEach(bad);
        if (typeof p.schematic !== 'boolean') bad('schematic must be true or false');
        const official = p.official_area_km2;
        if (typeof official !== 'number' || !(official > 0)) bad('official_area_km2 is not a positive number');
        const codes = Array.isArray(p.district_codes) ? (p.district_codes as unknown[]) : null;
        if (!codes || codes.length === 0) bad('district_codes is empty');
        else for (const code of codes) if (typeof code !== 'string' || !districts.has(code)) bad(`unknown district code "${String(code)}" in district_codes`);
        const ids = Array.isArray(p.source_ids) ? (p.source_ids as unknown[]).filter((x): x is string => typeof x === 'string') : [];
        checkSourceIds(ctx, ids, 'areas', line, rec);
        if (ids.length === 0 || ids.some((x) => !sourceIds.has(x))) ok = false;
        // Optional: the date the area was established, only with the source that gives it.
        const established = p.established ?? null;
        const establishedSource = p.established_source_id ?? null;
        if (established !== null && (typeof established !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(established))) {
          bad(`established "${String(established)}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
        }
        if ((established === null) !== (establishedSource === null)) bad('established and established_source_id go together');
        else if (establishedSource !== null && !ids.includes(establishedSource as string)) {
          bad(`established_source_id "${String(establishedSource)}" is not one of the area's source_ids`);
        }
        const gp = geometryProblem(f.geometry);
        if (gp) return bad(gp);
        const geometry = f.geometry as AreaGeometry;
        const drawn = areaKm2(geometry);
        if (typeof official === 'number' && official > 0) {
          const off = (drawn - official) / official;
          if (Math.abs(off) > AREA_TOLERANCE) {
            bad(
              `schematic area is ${round(drawn, 1)} km2, ${Math.round(Math.abs(off) * 100)}% ${off > 0 ? 'more' : 'less'} than its official ${official} km2 (allowed: ${AREA_TOLERANCE * 100}%): redraw it`,
            );
          }
        }
        // Every vertex on Shanghai's land; note any that fall outside the listed districts.
        if (outlines.size > 0) {
          vertices(geometry).forEach((v, vi) => {
            const hit = [...outlines.values()].find((o) => inside(v, o.geometry));
            if (!hit) bad(`vertex ${vi + 1} [${v.join(', ')}] lies outside every district outline`);
            else if (codes && !codes.includes(hit.code)) {
              rep.notes.push(`${files.areas}:${line} [${id}] vertex ${vi + 1} lies in ${hit.code}, which is not in its district_codes`);
            }
          });
        }
        if (!ok) return;
        areaFeatures.push({
          type: 'Feature',
          properties: {
            fid: areaFeatures.length + 1,
            id,
            layer: layer as LayerId,
            name_en: p.name_en as string,
            name_zh: p.name_zh as string,
            schematic: p.schematic as boolean,
            official_area_km2: official as number,
            drawn_area_km2: round(drawn, 1),
            district_codes: codes as string[],
            note_en: p.note_en as string,
            note_zh: p.note_zh as string,
            source_ids: ids,
            ...(established !== null ? { established: established as string, established_source_id: establishedSource as string } : {}),
          },
          geometry,
        });
        rep.notes.push(`${files.areas} [${id}] drawn ${round(drawn, 1)} km2 vs official ${String(official)} km2 (${(((drawn - (official as number)) / (official as number)) * 100).toFixed(1)}%)`);
      });
    }
  }
  return areaFeatures;
}

// --- checks across files -----------------------------------------------------------------------

function crossCheck(ctx: Ctx, areas: AreasFile['features'], sites: Site[], siteLine: Map<string, number>, facts: Fact[]): void {
  const { inputs, files, rep } = ctx;
  // Sites on an area's layer are expected inside that area's outline (a note, not a failure).
  for (const a of areas) {
    for (const s of sites) {
      if (s.layer !== a.properties.layer || s.lon === null || s.lat === null) continue;
      const p: Position = [s.lon, s.lat];
      if (!inside(p, a.geometry)) {
        const d = Math.round(distanceToBoundaryMetres(p, a.geometry));
        rep.notes.push(`${files.sites}:${siteLine.get(s.id)} [${s.id}] is on layer ${s.layer} but ${d} m outside the ${a.properties.id} outline`);
      }
    }
  }
  // An area's official size should agree with its area_official fact, when there is one.
  for (const a of areas) {
    const fact = facts.find((f) => f.scope === 'area' && f.subject === a.properties.id && f.metric === 'area_official');
    if (fact && fact.value !== a.properties.official_area_km2) {
      rep.add('areas', jsonLineOf(inputs.areas, 'id', a.properties.id), a.properties.id, `official_area_km2 ${a.properties.official_area_km2} differs from the area_official fact (${fact.value}) in ${files.facts}`);
    }
  }

}

// --- assembly ----------------------------------------------------------------------------------

function assemble(parts: { outlines: Map<string, Outline>; districts: Map<string, DistrictRow>; areas: AreasFile['features']; sites: Site[]; facts: Fact[]; sources: Source[] },
): BuildOutputs {
  const { outlines, districts, areas, sites, facts, sources } = parts;
  const districtsFile: DistrictsFile = {
    type: 'FeatureCollection',
    features: [...districts.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((d) => {
        const o = outlines.get(d.code)!;
        return {
          type: 'Feature' as const,
          properties: {
            fid: Number(d.code),
            code: d.code,
            name_en: d.name_en,
            name_zh: d.name_zh,
            featured: d.featured,
            label: o.label,
            source_ids: [...d.sourceIds, OUTLINE_SOURCE_ID].filter((x, i, all) => all.indexOf(x) === i),
          },
          geometry: o.geometry,
        };
      }),
  };
  const outputs: BuildOutputs = {
    'districts.geojson': districtsFile,
    'areas.geojson': { type: 'FeatureCollection', features: areas },
    'sites.json': { sites },
    'facts.json': { facts },
    'sources.json': { sources },
  };
  return outputs;
}

/** The outputs must pass the very schemas the app validates them with. */
function validateOutputs(ctx: Ctx, outputs: BuildOutputs): void {
  const schemas: Record<OutputName, z.ZodType> = {
    'districts.geojson': districtsFileSchema,
    'areas.geojson': areasFileSchema,
    'sites.json': sitesFileSchema,
    'facts.json': factsFileSchema,
    'sources.json': sourcesFileSchema,
  };
  for (const name of Object.keys(schemas) as OutputName[]) {
    const res = schemas[name].safeParse(outputs[name]);
    if (!res.success) {
      for (const issue of res.error.issues) {
        ctx.rep.add(`public/data/${name}`, null, issue.path.join('.') || null, `does not match the app's schema: ${issue.message}`);
      }
    }
  }
}

/** Builds the five public/data files from the geo/ texts, or lists every problem found. */
export function buildData(inputs: BuildInputs, files: Readonly<Record<InputKey, string>> = INPUT_FILES): BuildResult {
  const rep = new Reporter(files);
  const ctx: Ctx = { inputs, files, rep, sourceIds: new Set(), cited: new Set() };
  const sources = readSources(ctx);
  const outlines = readOutlines(inputs.outlines, rep);
  const districts = readDistricts(ctx, outlines);
  const { sites, siteLine } = readSites(ctx, outlines, districts);
  const facts = readFacts(ctx, districts, siteLine);
  const areas = readAreas(ctx, outlines, districts);
  crossCheck(ctx, areas, sites, siteLine, facts);

  const uncited = sources.filter((s) => !ctx.cited.has(s.id)).map((s) => s.id);
  if (uncited.length) rep.notes.push(`${files.sources}: not cited by any record (kept in the bibliography): ${uncited.join(', ')}`);
  if (rep.problems.length) return { ok: false, problems: rep.problems, notes: rep.notes };

  const outputs = assemble({ outlines, districts, areas, sites, facts, sources });
  validateOutputs(ctx, outputs);
  if (rep.problems.length) return { ok: false, problems: rep.problems, notes: rep.notes };
  return { ok: true, outputs, notes: rep.notes };
}

/** Compact JSON, one string per output file. */
export function serialiseOutputs(outputs: BuildOutputs): Record<OutputName, string> {
  return {
    'districts.geojson': JSON.stringify(outputs['districts.geojson']),
    'areas.geojson': JSON.stringify(outputs['areas.geojson']),
    'sites.json': JSON.stringify(outputs['sites.json']),
    'facts.json': JSON.stringify(outputs['facts.json']),
    'sources.json': JSON.stringify(outputs['sources.json']),
  };
}

