// fast-check: thousands of malformed files (CSV and GeoJSON) go through the whole importer —
// read, preview, plan and build with its own guesses and with arbitrary choices. Nothing may throw,
// and whatever it would add must pass the dataset schema: finite numbers for real districts only,
// coordinates inside the Shanghai region, rows and coordinates in step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../src/lib/import/read';
import { districtMatcher } from '../../src/lib/import/district-match';
import { buildDataset, planOf, previewOf, type Choices } from '../../src/lib/import/pipeline';
import { readDataset } from '../../src/lib/import/dataset';
import { inRegion, CRS_IDS } from '../../src/lib/import/coords';

const DISTRICTS = [
  { code: '310115', name_en: 'Pudong New Area', name_zh: '浦东新区' },
  { code: '310104', name_en: 'Xuhui', name_zh: '徐汇区' },
  { code: '310105', name_en: 'Changning', name_zh: '长宁区' },
];
const matcher = districtMatcher(DISTRICTS);
const locate = (lng: number, lat: number) => (inRegion(lng, lat) ? (lng > 121.5 ? '310115' : '310104') : null);

// Cells that look almost right: names, codes, numbers, coordinates, and the things that break parsers.
const cell = fc.oneof(
  fc.constantFrom('Pudong', '浦东新区', '310115', 'Xuhui', '徐汇', 'Nowhere', '', ' ', '-', 'NaN', 'Infinity', '1e999', '=1+1', '"', '""', ',', '\n', '\r\n', '\t', '\u202e', '\u0000', '１２３'),
  fc.double({ noNaN: false }).map(String),
  fc.double({ min: 120, max: 123 }).map((v) => v.toFixed(5)),
  fc.double({ min: 30, max: 33 }).map((v) => v.toFixed(5)),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const header = fc.constantFrom('district', 'lng', 'lat', 'longitude', '纬度', '经度', 'value', 'x', 'y', '', 'name', 'district');
const csvText = fc
  .tuple(fc.array(header, { minLength: 0, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), fc.constantFrom(',', '\t', ';'), fc.constantFrom('\n', '\r\n'))
  .map(([h, rows, sep, eol]) => [h.join(sep), ...rows.map((r) => r.join(sep))].join(eol));

const coord = fc.oneof(fc.double(), fc.constantFrom(121.47, 31.23, 200, -91, Number.MAX_VALUE), fc.string({ maxLength: 5 }), fc.constant(null), fc.array(fc.double(), { maxLength: 3 }));
const geometry = fc.oneof(
  fc.record({ type: fc.constant('Point'), coordinates: fc.oneof(fc.tuple(coord, coord), fc.array(coord, { maxLength: 3 }), fc.constant(null)) }),
  fc.record({ type: fc.constantFrom('LineString', 'Polygon', 'Nope', ''), coordinates: fc.anything({ maxDepth: 2 }) }),
  fc.constant(null),
  fc.anything({ maxDepth: 2 }),
);
const feature = fc.oneof(
  fc.record({ type: fc.constant('Feature'), geometry, properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 })) }),
  fc.anything({ maxDepth: 2 }),
);
const geojsonText = fc.oneof(
  fc.array(feature, { maxLength: 8 }).map((features) => JSON.stringify({ type: 'FeatureCollection', features })),
  feature.map((f) => JSON.stringify(f) ?? 'undefined'),
  fc.string({ maxLength: 40 }),
  fc.array(feature, { maxLength: 4 }).map((features) => JSON.stringify({ type: 'FeatureCollection', features }).slice(0, -3)),
);

const choices: fc.Arbitrary<Choices> = fc.oneof(
  fc.record({
    kind: fc.constant('districts' as const),
    districtColumn: fc.integer({ min: -1, max: 8 }),
    columns: fc.array(fc.record({ index: fc.integer({ min: -1, max: 8 }), label: fc.string({ maxLength: 200 }), unit: fc.string({ maxLength: 60 }) }), { maxLength: 4 }),
    date: fc.option(fc.string({ maxLength: 60 })),
    source: fc.option(fc.string({ maxLength: 400 })),
  }),
  fc.record({
    kind: fc.constant('points' as const),
    lng: fc.integer({ min: -1, max: 8 }),
    lat: fc.integer({ min: -1, max: 8 }),
    crs: fc.constantFrom(...CRS_IDS),
    nameColumn: fc.option(fc.integer({ min: -1, max: 8 })),
  }),
);

/** Runs one file through every step; returns what it would add (checked by the caller). */
async function importOnce(text: string, name: string, chosen: Choices) {
  const read = await readImport(new TextEncoder().encode(text), name);
  if (!read.table) return [];
  const preview = previewOf(read.table, matcher, locate);
  const guessed: Choices =
    preview.kind === 'points'
      ? { kind: 'points', lng: preview.guess.lng!, lat: preview.guess.lat!, crs: preview.crs!.crs, nameColumn: null }
      : { kind: 'districts', districtColumn: preview.guess.district ?? 0, columns: preview.guess.numeric.map((index) => ({ index, label: '', unit: '' })), date: null, source: null };
  const out = [];
  for (const c of [guessed, chosen]) {
    planOf(read.table, c, matcher);
    out.push(buildDataset(read.table, c, matcher, name, 0));
  }
  return out;
}

/** How many datasets the runs built: the fuzz must reach the building step, not only refuse. */
const built = { districts: 0, points: 0 };

function checkAdded(added: unknown[]) {
  for (const d of added) {
    if (d === null) continue;
    built[(d as { kind: 'districts' | 'points' }).kind]++;
    const valid = readDataset(d);
    expect(valid, JSON.stringify(d).slice(0, 300)).not.toBeNull();
    if (valid?.kind === 'districts') for (const m of valid.metrics) for (const code of Object.keys(m.values)) expect(DISTRICTS.map((x) => x.code)).toContain(code);
    if (valid?.kind === 'points') for (let i = 0; i < valid.coords.length; i += 2) expect(inRegion(valid.coords[i]!, valid.coords[i + 1]!)).toBe(true);
  }
}

describe('fuzz: malformed files through the importer', () => {
  it('CSV: never throws, never adds anything invalid (1,200 files)', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, choices, async (text, c) => checkAdded(await importOnce(text, 'f.csv', c))),
      { numRuns: 1200 },
    );
    expect(built.districts).toBeGreaterThan(0);
  }, 120_000);

  it('GeoJSON: never throws, never adds anything invalid (1,200 files)', async () => {
    await fc.assert(
      fc.asyncProperty(geojsonText, choices, async (text, c) => checkAdded(await importOnce(text, 'f.geojson', c))),
      { numRuns: 1200 },
    );
    expect(built.points).toBeGreaterThan(0);
  }, 120_000);
});
