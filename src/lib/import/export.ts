// Imported data written back out: a district table as CSV (one row per district and metric, with
// unit, date and source, "unsourced" where none was given), points as CSV or GeoJSON in WGS84.
// CSV goes through toCsv, which neutralises cells that a spreadsheet would run as formulas.
import { toCsv } from '../csv';
import { rowCells, type DistrictDataset, type PointDataset } from './dataset';

export const UNSOURCED = 'unsourced';

export function districtDatasetCsv(d: DistrictDataset, districts: readonly { code: string; name_en: string; name_zh: string }[]): string {
  const rows = d.metrics.flatMap((m) =>
    districts.map((dist) => [dist.code, dist.name_en, dist.name_zh, m.label, m.values[dist.code] ?? null, m.unit, m.date ?? '', m.source ?? UNSOURCED]),
  );
  return toCsv(['district_code', 'district_en', 'district_zh', 'metric', 'value', 'unit', 'as_of', 'source'], rows);
}

export function pointDatasetCsv(d: PointDataset): string {
  const rows = d.rows.map((_, i) => [...rowCells(d, i), d.coords[2 * i]!, d.coords[2 * i + 1]!]);
  return toCsv([...d.columns, 'longitude_wgs84', 'latitude_wgs84'], rows);
}

export function pointDatasetGeoJson(d: PointDataset): GeoJSON.FeatureCollection & { note: string } {
  return {
    type: 'FeatureCollection',
    note: `WGS84, converted from ${d.crs} on import. Imported from "${d.name}" on ${d.created.slice(0, 10)}.`,
    features: d.rows.map((_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [d.coords[2 * i]!, d.coords[2 * i + 1]!] },
      properties: Object.fromEntries(d.columns.map((c, j) => [c, rowCells(d, i)[j] ?? ''])),
    })),
  };
}
