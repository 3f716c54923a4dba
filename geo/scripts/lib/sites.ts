// geo/sites.csv → sites.json: the places on the map. A site may have no location yet (listed, not
// drawn); one that has a location must lie in its district, give or take its stated precision.
import { z } from 'zod';
import { layerIdSchema, nameZhStatusSchema, siteCategorySchema, siteSchema, type Site } from '../../../src/data/schemas';
import { bothLanguages, coordinate, filled, noLatinWords, numberOrNull, oneOf, partialDate, positiveNumber, recordId, recordSchema, splitIds, textRules, type RecordRule } from './cells';
import { keyedBy, readCsv, rowKeyRules } from './csv';
import type { Outline } from './district-outlines';
import type { District } from './districts';
import { distanceToBoundaryMetres, inside, type Position } from './geometry';
import { distinct, messagesOf, touches, type Report } from './report';
import type { SourceLedger } from './sources';
import { SITE_TEXT } from './text-fields';

const SITE_COLUMNS = [
  'id',
  'category',
  'layer',
  'name_en',
  'name_zh',
  'name_zh_status',
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
] as const;

/** A location is a point, how far off it may be, and the datum it is in: all three or none. */
const placeRules: RecordRule = (c, say) => {
  const located = c.lon !== '' || c.lat !== '';
  if ((c.lon === '') !== (c.lat === '')) say('lat', 'lon and lat must both be given or both be empty');
  if (located && c.precision_m === '') say('precision_m', 'coordinates are given without precision_m');
  if (!located && c.precision_m !== '') say('precision_m', 'precision_m is given without coordinates');
  if (located && c.datum !== 'WGS84') say('datum', `datum "${c.datum}" must be WGS84 (convert GCJ-02 or BD-09 points first)`);
  if (!located && c.datum !== '') say('datum', 'datum is given without coordinates');
};
const PLACE_FIELDS = ['lon', 'lat', 'precision_m'];

/** A Chinese name exactly when its status says there is one (see NAME_ZH_STATUSES). */
const chineseNameRules: RecordRule = (c, say) => {
  if (c.name_zh_status === 'none' && c.name_zh) say('name_zh', 'name_zh is filled but name_zh_status is none: give the name its status, or leave it empty');
  if ((c.name_zh_status === 'established' || c.name_zh_status === 'translation') && !c.name_zh) {
    say('name_zh', `name_zh is empty but name_zh_status is ${String(c.name_zh_status)}: write the name, or set the status to none`);
  }
};

/**
 * An address may be known in English only (a road whose Chinese name no source gives): the app
 * then shows the English address, marked as English. A Chinese address needs its English one.
 */
const addressRule: RecordRule = (c, say) => {
  if (!c.address_en && c.address_zh) say('address_en', 'address_zh is filled but address_en is empty: add the English text');
};

const siteRow = recordSchema(
  {
    id: recordId,
    category: oneOf('category', siteCategorySchema.options),
    layer: oneOf('layer', layerIdSchema.options),
    name_en: filled('name_en is empty'),
    name_zh: z.string(),
    name_zh_status: oneOf('name_zh_status', nameZhStatusSchema.options),
    district_code: z.string(),
    lon: coordinate('lon', siteSchema.shape.lon.unwrap()),
    lat: coordinate('lat', siteSchema.shape.lat.unwrap()),
    datum: z.string(),
    precision_m: positiveNumber('precision_m'),
    opened: partialDate(' in opened'),
    address_en: z.string(),
    address_zh: z.string(),
    notes_en: z.string(),
    notes_zh: z.string(),
    source_ids: z.string(),
    location_source: filled('location_source is empty: say where the point comes from, or that it is unknown'),
  },
  placeRules,
  chineseNameRules,
  noLatinWords('name_zh', 'address_zh'),
  addressRule,
  bothLanguages('notes_en', 'notes_zh'),
  textRules(SITE_TEXT),
);

export interface SitesRead {
  sites: Site[];
  /** The line of each site id, for the facts and areas that name a site. */
  lines: Map<string, number>;
}

export function readSites(text: string, report: Report, sources: SourceLedger, districts: Map<string, District>, outlines: Map<string, Outline>): SitesRead {
  const problem = report.in('sites');
  const sites: Site[] = [];
  const lines = new Map<string, number>();
  for (const { line, key: id, cells: c } of distinct(keyedBy(readCsv(text, SITE_COLUMNS, problem), 'id'), rowKeyRules('site id'), problem)) {
    lines.set(id, line);
    const parsed = siteRow.safeParse(c);
    for (const message of messagesOf(parsed)) problem(line, id, message);
    const code = c.district_code ?? '';
    if (!districts.has(code)) problem(line, id, `unknown district_code "${code}" (not in ${report.files.districts})`);
    const sourceIds = splitIds(c.source_ids ?? '');
    sources.cite(sourceIds, 'sites', line, id);
    const [lon, lat, precision] = [numberOrNull(c.lon), numberOrNull(c.lat), numberOrNull(c.precision_m)];
    const outline = outlines.get(code);
    if (!touches(parsed, PLACE_FIELDS) && lon !== null && lat !== null && precision !== null && outline) {
      checkInDistrict({ id, line, code, point: [lon, lat], precision }, outline, outlines, districts, report);
    }
    sites.push({
      fid: sites.length + 1,
      id,
      category: c.category as Site['category'],
      layer: c.layer as Site['layer'],
      name_en: c.name_en ?? '',
      name_zh: c.name_zh ?? '',
      name_zh_status: c.name_zh_status as Site['name_zh_status'],
      district_code: code,
      lon,
      lat,
      precision_m: precision,
      opened: c.opened || null,
      address_en: c.address_en ?? '',
      address_zh: c.address_zh ?? '',
      notes_en: c.notes_en ?? '',
      notes_zh: c.notes_zh ?? '',
      location_source: c.location_source ?? '',
      source_ids: sourceIds,
    });
  }
  return { sites, lines };
}

/** Outside its district's outline is a problem only beyond the precision the row claims; within it, a note. */
function checkInDistrict(
  site: { id: string; line: number; code: string; point: Position; precision: number },
  outline: Outline,
  outlines: Map<string, Outline>,
  districts: Map<string, District>,
  report: Report,
): void {
  const { id, line, code, point, precision } = site;
  if (inside(point, outline.geometry)) return;
  const d = distanceToBoundaryMetres(point, outline.geometry);
  const actual = [...outlines.values()].find((o) => inside(point, o.geometry));
  const where = actual ? `it falls in ${actual.code} (${districts.get(actual.code)?.name_en ?? '?'})` : 'it falls in no district';
  if (d > precision) {
    report.in('sites')(line, id, `site outside its district ${code}: ${Math.round(d)} m from its outline, more than its precision_m ${precision}; ${where}`);
  } else {
    report.note(`${report.files.sites}:${line} [${id}] is ${Math.round(d)} m outside district ${code}, accepted within its precision_m ${precision}; ${where}`);
  }
}
