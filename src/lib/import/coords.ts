// China's three coordinate systems. Maps from AMap and Tencent give GCJ-02, Baidu gives BD-09, GPS
// and OpenStreetMap WGS84; this map draws WGS84, so a GCJ-02 point drawn as is lands 300–700 m off
// in Shanghai. gcoord does the conversion; this file says which system a file is probably in.
import gcoord from 'gcoord';

export const CRS_IDS = ['WGS84', 'GCJ02', 'BD09'] as const;
export type CrsId = (typeof CRS_IDS)[number];

/** A point in `from` as WGS84 [lng, lat]. */
export function toWgs84(lng: number, lat: number, from: CrsId): [number, number] {
  if (from === 'WGS84') return [lng, lat];
  const out = gcoord.transform([lng, lat], gcoord[from], gcoord.WGS84) as [number, number];
  return [out[0], out[1]];
}

/** A loose box around Shanghai and its waters: a coordinate outside it is not a Shanghai point. */
export const REGION = { west: 120.5, south: 30.4, east: 122.5, north: 32.0 } as const;

export function inRegion(lng: number, lat: number): boolean {
  return lng >= REGION.west && lng <= REGION.east && lat >= REGION.south && lat <= REGION.north;
}

export interface CrsSuggestion {
  crs: CrsId;
  /** Why: a column name said so, the points fit the districts best in it, or nothing told them apart. */
  reason: 'columnName' | 'districts' | 'default';
  /** Per system: sample points inside the district their row names (or inside any district). */
  fits: Record<CrsId, number>;
  sampled: number;
}

/** A hint in a column name: "lng_gcj02", "bd_lat", "高德经度", "wgs84_lon". */
export function crsFromColumnNames(names: readonly string[]): CrsId | null {
  const text = names.join(' ').toLowerCase();
  if (/gcj|amap|gaode|高德|火星|tencent|腾讯/.test(text)) return 'GCJ02';
  if (/bd09|bd-09|baidu|百度|\bbd_|_bd\b/.test(text)) return 'BD09';
  if (/wgs|gps|4326/.test(text)) return 'WGS84';
  return null;
}

export interface SamplePoint {
  lng: number;
  lat: number;
  /** The district code the row names, if it names one. */
  district: string | null;
}

/**
 * Suggests the system that puts most sample points inside the district their row names (or inside
 * Shanghai's districts when rows name none). `locate` answers which district a WGS84 point is in.
 */
export function suggestCrs(
  sample: readonly SamplePoint[],
  locate: (lng: number, lat: number) => string | null,
  columnNames: readonly string[] = [],
): CrsSuggestion {
  const fits: Record<CrsId, number> = { WGS84: 0, GCJ02: 0, BD09: 0 };
  for (const crs of CRS_IDS) {
    for (const p of sample) {
      const [x, y] = toWgs84(p.lng, p.lat, crs);
      const code = locate(x, y);
      if (code !== null && (p.district === null || p.district === code)) fits[crs]++;
    }
  }
  const named = crsFromColumnNames(columnNames);
  if (named) return { crs: named, reason: 'columnName', fits, sampled: sample.length };
  const best = Math.max(...CRS_IDS.map((c) => fits[c]));
  const leaders = CRS_IDS.filter((c) => fits[c] === best);
  // Only a clear winner is a suggestion; a tie says nothing, and WGS84 changes nothing.
  if (best > 0 && leaders.length === 1) return { crs: leaders[0]!, reason: 'districts', fits, sampled: sample.length };
  return { crs: 'WGS84', reason: 'default', fits, sampled: sample.length };
}
