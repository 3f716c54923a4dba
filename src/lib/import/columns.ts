// Which column holds what: longitude and latitude by their usual names, the district column by its
// name or by how many of its cells name a district, the numeric columns by their cells. These are
// suggestions; the preview lets the user change each before anything is imported.
import type { Table } from './table';
import type { DistrictMatcher } from './district-match';

const LNG_NAMES = ['lng', 'lon', 'long', 'longitude', 'x', 'lng_wgs84', 'lon_wgs84', '经度', 'jd'];
const LAT_NAMES = ['lat', 'latitude', 'y', 'lat_wgs84', '纬度', 'wd'];
const DISTRICT_NAMES = ['district', 'districts', 'district_code', 'districtcode', 'district_name', 'code', 'adcode', 'name', '区', '区县', '行政区', '区名', '所属区', '区划代码', '地区'];

/** Cells that mean "no value" in common spreadsheets: read as no data, never as 0. */
const NO_VALUE = new Set(['', '-', '–', '—', '/', 'n/a', 'na', 'null', 'none', '…', '...', '无', '暂无', '空']);

function key(name: string): string {
  return name.trim().toLowerCase().replace(/[\s()（）]+/g, '');
}

/**
 * A cell as a number: plain or with thousands separators ("1,234.5"), or null when it says there
 * is no value. NaN when it is something else, which the caller reports as a problem.
 */
export function parseNumber(cell: string): number | null {
  const t = cell.trim().replace(/[\u2212]/g, '-');
  if (NO_VALUE.has(t.toLowerCase())) return null;
  let n = t;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) n = t.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(n)) return Number.NaN;
  const v = Number(n);
  return Number.isFinite(v) ? v : Number.NaN;
}

export function isNoValue(cell: string): boolean {
  return NO_VALUE.has(cell.trim().toLowerCase());
}

/** Words that name a coordinate system, as exports put them beside a coordinate column's name. */
const DATUM_WORDS = /wgs-?84|gcj-?02|bd-?09|baidu|amap|gaode|百度|高德|火星|gps/g;

/** A column name without its coordinate system: `百度经度`, `lng_gcj02`, `bd09_lat` → `经度`, `lng`, `lat`. */
function withoutDatum(name: string): string {
  return key(name).replace(DATUM_WORDS, '').replace(/^[_\-.]+|[_\-.]+$/g, '');
}

function findByName(columns: readonly string[], names: readonly string[]): number | null {
  // The name as it is first, then without a coordinate system's name (which coords.ts reads as a hint).
  for (const form of [key, withoutDatum]) {
    for (const n of names) {
      const i = columns.findIndex((c) => form(c) === n);
      if (i >= 0) return i;
    }
  }
  return null;
}

export interface ColumnGuess {
  lng: number | null;
  lat: number | null;
  district: number | null;
  /** Columns where most non-empty cells are numbers (coordinates and the district column excluded). */
  numeric: number[];
}

/** How many rows to look at when guessing; the whole file is checked when it is imported. */
const SAMPLE = 500;

export function guessColumns(table: Table, matcher: DistrictMatcher): ColumnGuess {
  const { columns } = table;
  const sample = table.rows.slice(0, SAMPLE);
  const lng = findByName(columns, LNG_NAMES);
  const lat = findByName(columns, LAT_NAMES);
  // By content: the column whose cells most often name a district (at least half of them).
  let district: number | null = null;
  let best = 0;
  columns.forEach((_, c) => {
    const filled = sample.filter((r) => r.cells[c] !== '');
    if (filled.length === 0) return;
    const hits = filled.filter((r) => matcher.match(r.cells[c]!) !== null).length;
    if (hits / filled.length >= 0.5 && hits > best) {
      best = hits;
      district = c;
    }
  });
  if (district === null) district = findByName(columns, DISTRICT_NAMES);
  const numeric = columns
    .map((_, c) => c)
    .filter((c) => c !== lng && c !== lat && c !== district)
    .filter((c) => {
      const filled = sample.map((r) => r.cells[c]!).filter((v) => !isNoValue(v));
      if (filled.length === 0) return false;
      return filled.filter((v) => !Number.isNaN(parseNumber(v))).length / filled.length >= 0.8;
    });
  return { lng, lat, district, numeric };
}
