// From a read file to a dataset, in three pure steps the worker runs and the tests call directly:
// preview (columns, first rows, guesses), plan (what would happen with the user's choices: matched
// and unmatched rows, points and skipped rows, problems) and build (the dataset to add). None
// throws on any input; none adds anything on its own.
import { guessColumns, type ColumnGuess } from './columns';
import { CRS_IDS, suggestCrs, type CrsId, type CrsSuggestion } from './coords';
import type { DistrictMatcher } from './district-match';
import { digitsOf, planDistrictTable } from './district-table';
import { planPoints, type PointPlan } from './point-table';
import type { ImportProblem } from './problems';
import type { Table } from './table';
import { CELL_SEPARATOR, newDatasetId, type Dataset } from './dataset';

export const PREVIEW_ROWS = 8;

export interface Preview {
  columns: string[];
  rows: string[][];
  rowCount: number;
  rowKind: 'row' | 'feature';
  guess: ColumnGuess;
  /** null when no longitude/latitude pair was found. */
  crs: CrsSuggestion | null;
  /** What the file most likely is: points when it has coordinates, else a district table. */
  kind: 'districts' | 'points';
}

export type Choices =
  | {
      kind: 'districts';
      districtColumn: number;
      columns: { index: number; label: string; unit: string }[];
      date: string | null;
      source: string | null;
    }
  | { kind: 'points'; lng: number; lat: number; crs: CrsId; nameColumn: number | null };

export interface PlanSummary {
  kind: Choices['kind'];
  /** Districts: rows matched; points: points kept. */
  kept: number;
  /** Districts: rows not matched (listed in `unmatched`); points: rows skipped. */
  dropped: number;
  unmatched: { line: number; value: string }[];
  problems: ImportProblem[];
}

export function previewOf(table: Table, matcher: DistrictMatcher, locate: (lng: number, lat: number) => string | null): Preview {
  const guess = guessColumns(table, matcher);
  let crs: CrsSuggestion | null = null;
  if (guess.lng !== null && guess.lat !== null) {
    const sample: { lng: number; lat: number; district: string | null }[] = [];
    const step = Math.max(1, Math.floor(table.rows.length / 300));
    for (let i = 0; i < table.rows.length && sample.length < 300; i += step) {
      const r = table.rows[i]!;
      const lng = Number(r.cells[guess.lng]);
      const lat = Number(r.cells[guess.lat]);
      if (!Number.isFinite(lng) || !Number.isFinite(lat)) continue;
      sample.push({ lng, lat, district: guess.district === null ? null : matcher.match(r.cells[guess.district] ?? '') });
    }
    crs = suggestCrs(sample, locate, [table.columns[guess.lng]!, table.columns[guess.lat]!]);
  }
  return {
    columns: table.columns,
    rows: table.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
    rowCount: table.rows.length,
    rowKind: table.rowKind ?? 'row',
    guess,
    crs,
    kind: guess.lng !== null && guess.lat !== null ? 'points' : 'districts',
  };
}

// The plan of a point table for one set of choices, kept per table: the preview plans it as the
// user chooses, and Import builds from the same plan instead of converting every point again
// (gcoord's GCJ-02 and BD-09 inverses iterate; 100,000 of them take a few hundred milliseconds).
const pointPlans = new WeakMap<Table, Map<string, PointPlan>>();

function pointPlanOf(table: Table, lng: number, lat: number, crs: CrsId): PointPlan {
  let plans = pointPlans.get(table);
  if (!plans) pointPlans.set(table, (plans = new Map()));
  const key = `${lng}|${lat}|${crs}`;
  let plan = plans.get(key);
  if (!plan) plans.set(key, (plan = planPoints(table, lng, lat, crs)));
  return plan;
}

function validColumn(table: Table, i: number | null): i is number {
  return i !== null && Number.isInteger(i) && i >= 0 && i < table.columns.length;
}

export function planOf(table: Table, choices: Choices, matcher: DistrictMatcher): PlanSummary {
  if (choices.kind === 'districts') {
    if (!validColumn(table, choices.districtColumn)) return { kind: 'districts', kept: 0, dropped: 0, unmatched: [], problems: [] };
    const cols = choices.columns.map((c) => c.index).filter((i) => validColumn(table, i) && i !== choices.districtColumn);
    const p = planDistrictTable(table, choices.districtColumn, cols, matcher);
    return { kind: 'districts', kept: p.matched.length, dropped: p.unmatched.length, unmatched: p.unmatched, problems: p.problems };
  }
  if (!validColumn(table, choices.lng) || !validColumn(table, choices.lat) || !CRS_IDS.includes(choices.crs)) {
    return { kind: 'points', kept: 0, dropped: table.rows.length, unmatched: [], problems: [] };
  }
  const p = pointPlanOf(table, choices.lng, choices.lat, choices.crs);
  return { kind: 'points', kept: p.cells.length, dropped: table.rows.length - p.cells.length, unmatched: [], problems: p.problems };
}

/** Short free text from the user, or null when empty. */
function given(text: string | null | undefined, max: number): string | null {
  const t = (text ?? '').trim().slice(0, max);
  return t === '' ? null : t;
}

/** The dataset the choices describe, or null when they would add nothing. */
export function buildDataset(table: Table, choices: Choices, matcher: DistrictMatcher, name: string, colour: number, now = new Date()): Dataset | null {
  const base = { name: given(name, 200) ?? 'data', created: now.toISOString() };
  if (choices.kind === 'districts') {
    if (!validColumn(table, choices.districtColumn)) return null;
    const wanted = choices.columns.filter((c) => validColumn(table, c.index) && c.index !== choices.districtColumn);
    const p = planDistrictTable(table, choices.districtColumn, wanted.map((c) => c.index), matcher);
    const metrics = wanted
      .map((c, i) => ({
        column: table.columns[c.index]!,
        label: given(c.label, 120) ?? table.columns[c.index]!.slice(0, 120),
        unit: given(c.unit, 40) ?? '',
        date: given(choices.date, 40),
        source: given(choices.source, 300),
        values: p.values[i]!,
        fractionDigits: digitsOf(Object.values(p.values[i]!)),
      }))
      .filter((m) => Object.keys(m.values).length > 0);
    if (metrics.length === 0) return null;
    return { ...base, id: newDatasetId('districts', now.getTime()), kind: 'districts', metrics };
  }
  if (!validColumn(table, choices.lng) || !validColumn(table, choices.lat) || !CRS_IDS.includes(choices.crs)) return null;
  const p = pointPlanOf(table, choices.lng, choices.lat, choices.crs);
  if (p.cells.length === 0) return null;
  return {
    ...base,
    id: newDatasetId('points', now.getTime()),
    kind: 'points',
    crs: choices.crs,
    columns: table.columns,
    coords: p.coords,
    rows: p.cells.map((cells) => cells.join(CELL_SEPARATOR)),
    nameColumn: validColumn(table, choices.nameColumn) ? choices.nameColumn : null,
    filter: null,
    colour,
    reachKm: 3,
  };
}
