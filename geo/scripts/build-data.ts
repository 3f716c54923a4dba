// Builds public/data/ from the human-edited files in geo/ (npm run data). All the checking lives
// in lib/ (build.ts runs one reader per input); this script only reads, writes and prints. If any
// input is wrong it lists every problem, writes nothing and exits 1.
//
// Options (for tests and experiments): --geo <dir> reads the inputs from another folder with the
// same file names, --out <dir> writes somewhere other than public/data, --verbose prints notes,
// --require-seeds fails when the seed articles (../shared/seeds/ or SEEDS_DIR) are missing, as CI does.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData, serialiseOutputs } from './lib/build';
import { INPUT_FILES, type BuildInputs, type InputKey } from './lib/inputs';
import { formatProblem } from './lib/report';
import { REQUIRE_SEEDS_FLAG, runSeedCheck } from './lib/seed-check';
import { TOUR_FILE, checkTour } from './lib/tour';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const geoDir = option('--geo');
const outDir = resolve(option('--out') ?? resolve(root, 'public/data'));
const verbose = args.includes('--verbose');

// Paths on disk, and the names used in messages (relative, so messages read the same anywhere).
const paths = {} as Record<InputKey, string>;
const names = {} as Record<InputKey, string>;
for (const key of Object.keys(INPUT_FILES) as InputKey[]) {
  paths[key] = geoDir ? resolve(geoDir, basename(INPUT_FILES[key])) : resolve(root, INPUT_FILES[key]);
  names[key] = geoDir ? relative(process.cwd(), paths[key]) : INPUT_FILES[key];
}

const inputs = {} as BuildInputs;
const unreadable: string[] = [];
for (const key of Object.keys(paths) as InputKey[]) {
  try {
    inputs[key] = readFileSync(paths[key], 'utf8');
  } catch (e) {
    unreadable.push(`  ${names[key]}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}
if (unreadable.length) {
  console.error(`data build failed:\n${unreadable.join('\n')}`);
  process.exit(1);
}

const result = buildData(inputs, names);
// Every fact citing a seed article must have its number in that article (lib/seed-check.ts).
const seeds = runSeedCheck({ root, cwd: process.cwd(), env: process.env, requireSeeds: args.includes(REQUIRE_SEEDS_FLAG), factsText: inputs.facts, factsName: names.facts });
for (const w of seeds.warnings) console.warn(w);
if (!result.ok || seeds.problems.length) {
  const problems = [...(result.ok ? [] : result.problems), ...seeds.problems];
  console.error(`data build failed: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
if (verbose) for (const n of result.notes) console.log(`  note: ${n}`);

// The presenter's tour is checked against the built data (its ids must exist there).
const tourPath = geoDir ? resolve(geoDir, basename(TOUR_FILE)) : resolve(root, TOUR_FILE);
const tourName = geoDir ? relative(process.cwd(), tourPath) : TOUR_FILE;
let tourText: string;
try {
  tourText = readFileSync(tourPath, 'utf8');
} catch (e) {
  console.error(`data build failed:\n  ${tourName}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
  process.exit(1);
}
const tour = checkTour(tourText, result.outputs, tourName);
if (!tour.ok) {
  console.error(`data build failed: ${tour.problems.length} problem(s) in the tour`);
  for (const p of tour.problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(serialiseOutputs(result.outputs))) writeFileSync(resolve(outDir, name), text);
writeFileSync(resolve(outDir, 'tour.json'), JSON.stringify(tour.tour));
const o = result.outputs;
console.log(
  `${relative(process.cwd(), outDir) || '.'}: ${o['districts.geojson'].features.length} districts, ` +
    `${o['areas.geojson'].features.length} areas, ${o['sites.json'].sites.length} sites ` +
    `(${o['sites.json'].sites.filter((s) => s.lon !== null).length} mapped), ${o['facts.json'].facts.length} facts, ` +
    `${o['sources.json'].sources.length} sources, a tour of ${tour.tour.chapters.length} chapters, ` +
    `basemap: ${o['water-lines.geojson'].features.length} water and ${o['metro-lines.geojson'].features.length} metro features` +
    (verbose ? '' : ` (${result.notes.length} notes: --verbose lists them)`) +
    `; ${seeds.summary}`,
);
