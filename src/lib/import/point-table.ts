// Point rows → WGS84 points. A row without both coordinates, with one that is not a number or out
// of range, or that lands outside the Shanghai region once converted, is listed and skipped; every
// other row becomes a point with its cells kept as text for tooltips, filters and search.
import type { Table } from './table';
import { parseNumber } from './columns';
import { inRegion, toWgs84, type CrsId } from './coords';
import { quoted, type ImportProblem } from './problems';

export interface PointPlan {
  /** Flat WGS84 pairs. */
  coords: number[];
  cells: string[][];
  /** Row lines of the kept points, for messages. */
  lines: number[];
  problems: ImportProblem[];
}

function coordinate(raw: string, min: number, max: number): number | 'missing' | 'bad' {
  const v = parseNumber(raw);
  if (v === null) return 'missing';
  if (Number.isNaN(v) || v < min || v > max) return 'bad';
  return v;
}

export function planPoints(table: Table, lngColumn: number, latColumn: number, crs: CrsId): PointPlan {
  const out: PointPlan = { coords: [], cells: [], lines: [], problems: [] };
  const lngName = table.columns[lngColumn] ?? null;
  const latName = table.columns[latColumn] ?? null;
  for (const row of table.rows) {
    const lngRaw = row.cells[lngColumn] ?? '';
    const latRaw = row.cells[latColumn] ?? '';
    const lng = coordinate(lngRaw, -180, 180);
    const lat = coordinate(latRaw, -90, 90);
    if (lng === 'missing' || lat === 'missing') {
      out.problems.push({ code: 'noCoordinate', row: row.line, column: lng === 'missing' ? lngName : latName });
      continue;
    }
    if (lng === 'bad' || lat === 'bad') {
      out.problems.push({ code: 'badCoordinate', row: row.line, column: lng === 'bad' ? lngName : latName, value: quoted(lng === 'bad' ? lngRaw : latRaw) });
      continue;
    }
    const [x, y] = toWgs84(lng, lat, crs);
    if (!inRegion(x, y)) {
      out.problems.push({ code: 'outsideRegion', row: row.line, column: null, value: `${lngRaw}, ${latRaw}` });
      continue;
    }
    out.coords.push(x, y);
    out.cells.push(row.cells);
    out.lines.push(row.line);
  }
  return out;
}
