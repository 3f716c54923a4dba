// GeoJSON → the same table a CSV gives, with the point's coordinates as the last two columns, so
// points from either kind of file go through one path (conversion, checks, layer). Features that
// are not points are listed and skipped. Never throws: JSON that does not parse is one problem.
import { IMPORT_LIMITS } from './limits';
import { cleanCell, uniqueColumns, type Table, type TableResult } from './table';
import type { ImportProblem } from './problems';

export const GEOJSON_LNG = 'longitude';
export const GEOJSON_LAT = 'latitude';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function featuresOf(doc: unknown): unknown[] | null {
  if (!isObject(doc)) return null;
  if (doc.type === 'FeatureCollection' && Array.isArray(doc.features)) return doc.features;
  if (doc.type === 'Feature') return [doc];
  if (typeof doc.type === 'string' && 'coordinates' in doc) return [{ type: 'Feature', geometry: doc, properties: {} }];
  return null;
}

export function parseGeoJson(text: string): TableResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { table: null, problems: [{ code: 'notGeoJson', row: null, column: null }] };
  }
  const features = featuresOf(doc);
  if (!features) return { table: null, problems: [{ code: 'notGeoJson', row: null, column: null }] };
  if (features.length > IMPORT_LIMITS.rows) {
    return { table: null, problems: [{ code: 'tooManyRows', row: null, column: null, value: String(IMPORT_LIMITS.rows) }] };
  }
  const problems: ImportProblem[] = [];
  const keys: string[] = [];
  const keySet = new Set<string>();
  const kept: { n: number; props: Record<string, unknown>; lng: unknown; lat: unknown }[] = [];
  features.forEach((f, i) => {
    const n = i + 1;
    const geometry = isObject(f) ? f.geometry : undefined;
    if (!isObject(f) || !isObject(geometry)) {
      problems.push({ code: 'badGeometry', row: n, column: null });
      return;
    }
    if (geometry.type !== 'Point') {
      problems.push({ code: 'notPoint', row: n, column: null, value: cleanCell(geometry.type).slice(0, 40) });
      return;
    }
    const c = geometry.coordinates;
    if (!Array.isArray(c) || c.length < 2) {
      problems.push({ code: 'badGeometry', row: n, column: null });
      return;
    }
    const props = isObject(f.properties) ? f.properties : {};
    for (const k of Object.keys(props)) {
      if (!keySet.has(k) && keys.length < IMPORT_LIMITS.columns - 2) {
        keySet.add(k);
        keys.push(k);
      }
    }
    kept.push({ n, props, lng: c[0], lat: c[1] });
  });
  const columns = uniqueColumns([...keys, GEOJSON_LNG, GEOJSON_LAT]);
  const table: Table = {
    columns,
    rowKind: 'feature',
    rows: kept.map(({ n, props, lng, lat }) => ({
      line: n,
      cells: [...keys.map((k) => cellOf(props[k])), typeof lng === 'number' ? String(lng) : cleanCell(lng), typeof lat === 'number' ? String(lat) : cleanCell(lat)],
    })),
  };
  return { table, problems };
}

function cellOf(v: unknown): string {
  if (isObject(v) || Array.isArray(v)) {
    try {
      return cleanCell(JSON.stringify(v));
    } catch {
      return '';
    }
  }
  return cleanCell(v);
}
