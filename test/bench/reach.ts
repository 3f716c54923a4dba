// `npm run bench` (second part): the cost of the reach computation, which runs on the browser's
// main thread. Measured in Node, the same V8 engine Chromium uses, on the built data:
//   1. building the sample lattice over the 16 district outlines (once per page load)
//   2. recomputing every district's reach share for the mapped service centres (each radius change)
//   3. the same with 10,000 synthetic sites spread uniformly over Shanghai's bounding box
//   4. the 5 nearest of 10,000 sites to one point (the proximity table)
// Prints a table and writes test/bench/results/reach.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { districtsFileSchema, sitesFileSchema } from '../../src/data/schemas';
import { buildSampleGrid, DEFAULT_SPACING_KM, nearest, reachShares } from '../../src/lib/reach';
import { isServiceCentre } from '../../src/lib/geo';
import { median, seededRandom } from './rows';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const DATA = [join(ROOT, 'dist', 'data'), join(ROOT, 'public', 'data')].find((d) => existsSync(join(d, 'districts.geojson')));
if (!DATA) throw new Error('No built data: run npm run build (or npm run data) first.');

/** A frame at 60 Hz: work longer than this on the main thread is a visible stall. */
const FRAME_MS = 16.7;
const RADIUS_KM = 3;
const SYNTHETIC = 10_000;

function time(runs: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const districts = districtsFileSchema.parse(JSON.parse(readFileSync(join(DATA, 'districts.geojson'), 'utf8')));
const { sites } = sitesFileSchema.parse(JSON.parse(readFileSync(join(DATA, 'sites.json'), 'utf8')));
const shapes = districts.features.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
const centres = sites
  .filter((s) => isServiceCentre(s) && s.lon !== null && s.lat !== null)
  .map((s) => [s.lon!, s.lat!] as const);

// Shanghai's bounding box (the districts' own).
const rand = seededRandom(20261122);
const [W, S, E, N] = [120.85, 30.67, 122.2, 31.88];
const synthetic = Array.from({ length: SYNTHETIC }, () => [W + rand() * (E - W), S + rand() * (N - S)] as const);
const syntheticSites = synthetic.map(([lon, lat], i) => ({ id: `s${i}`, lon, lat }));

const gridRuns = time(5, () => buildSampleGrid(shapes, DEFAULT_SPACING_KM));
const grid = buildSampleGrid(shapes, DEFAULT_SPACING_KM);
const realRuns = time(50, () => reachShares(grid, centres, RADIUS_KM));
const synthRuns = time(10, () => reachShares(grid, synthetic, RADIUS_KM));
const nearestRuns = time(20, () => nearest([121.47, 31.23], syntheticSites, 5));

const rows = [
  { metric: `sample lattice, 16 districts at ${DEFAULT_SPACING_KM * 1000} m (once per load)`, ms: median(gridRuns) },
  { metric: `reach, all districts, ${centres.length} mapped service centres, ${RADIUS_KM} km`, ms: median(realRuns) },
  { metric: `reach, all districts, ${SYNTHETIC.toLocaleString('en')} synthetic sites, ${RADIUS_KM} km`, ms: median(synthRuns) },
  { metric: `5 nearest of ${SYNTHETIC.toLocaleString('en')} sites`, ms: median(nearestRuns) },
];
console.log(`\nReach computation (Node ${process.version}, medians; lattice has ${grid.pointsPer.reduce((a, b) => a + b, 0)} sample points)`);
for (const r of rows) console.log(`  ${r.metric.padEnd(72)} ${r.ms.toFixed(2).padStart(8)} ms${r.ms > FRAME_MS ? '  (longer than one frame)' : ''}`);

mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(
  join(HERE, 'results', 'reach.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, frameMs: FRAME_MS, samplePoints: grid.pointsPer.reduce((a, b) => a + b, 0), results: rows.map((r) => ({ ...r, ms: Math.round(r.ms * 100) / 100 })) }, null, 2)}\n`,
);
console.log('Written: test/bench/results/reach.json');
