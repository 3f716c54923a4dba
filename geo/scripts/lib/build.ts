// The data build as one pure function: the texts of the geo/ files in, either the files of
// public/data/ or every problem found out. No file access here (build-data.ts does that), so the
// tests can feed it small hand-made fixtures. Each input has its own reader (its schema, then the
// checks against the files read before it); this file only puts them in order.
import type { z } from 'zod';
import {
  areasFileSchema,
  districtsFileSchema,
  factsFileSchema,
  sitesFileSchema,
  sourcesFileSchema,
  type AreasFile,
  type DistrictsFile,
  type Fact,
  type Site,
  type Source,
} from '../../../src/data/schemas';
import { metroFileSchema, seaFileSchema, waterFileSchema, type MetroFile, type SeaFile, type WaterFile } from '../../../src/data/basemap-schemas';
import { readMetro, readSea, readWater } from './basemap';
import { checkAreasAgainst, readAreas } from './areas';
import { readOutlines } from './district-outlines';
import { districtFeature, readDistricts } from './districts';
import { readFacts } from './facts';
import { INPUT_FILES, type BuildInputs, type InputNames } from './inputs';
import { Report, type Problem } from './report';
import { readSites } from './sites';
import { readSources } from './sources';

export interface BuildOutputs {
  'districts.geojson': DistrictsFile;
  'areas.geojson': AreasFile;
  'sites.json': { sites: Site[] };
  'facts.json': { facts: Fact[] };
  'sources.json': { sources: Source[] };
  'sea.geojson': SeaFile;
  'water-lines.geojson': WaterFile;
  'metro-lines.geojson': MetroFile;
}
export type OutputName = keyof BuildOutputs;

export type BuildResult = { ok: true; outputs: BuildOutputs; notes: string[] } | { ok: false; problems: Problem[]; notes: string[] };

/** The app's schema of each output: the build's last check is the one the browser makes. */
const OUTPUT_SCHEMAS: Record<OutputName, z.ZodType> = {
  'districts.geojson': districtsFileSchema,
  'areas.geojson': areasFileSchema,
  'sites.json': sitesFileSchema,
  'facts.json': factsFileSchema,
  'sources.json': sourcesFileSchema,
  'sea.geojson': seaFileSchema,
  'water-lines.geojson': waterFileSchema,
  'metro-lines.geojson': metroFileSchema,
};

/** Builds the public/data files from the geo/ texts, or lists every problem found. */
export function buildData(inputs: BuildInputs, files: InputNames = INPUT_FILES): BuildResult {
  const report = new Report(files);
  // In order of dependence: each reader checks its records against the files read before it.
  const sources = readSources(inputs.sources, report, inputs.publishers);
  const outlines = readOutlines(inputs.outlines, report);
  const districts = readDistricts(inputs.districts, report, sources, outlines, inputs.outlines);
  const sites = readSites(inputs.sites, report, sources, districts, outlines);
  const facts = readFacts(inputs.facts, report, sources, districts, sites.lines);
  const areas = readAreas(inputs.areas, report, sources, districts, outlines);
  checkAreasAgainst(areas, inputs.areas, sites, facts, report);
  // The basemap's geography stands alone: nothing else refers to it.
  const sea = readSea(inputs.sea, report);
  const water = readWater(inputs.water, report);
  const metro = readMetro(inputs.metro, report);

  const uncited = sources.uncited();
  if (uncited.length) report.note(`${files.sources}: not cited by any record (kept in the bibliography): ${uncited.join(', ')}`);
  if (report.problems.length) return { ok: false, problems: report.problems, notes: report.notes };

  const outputs: BuildOutputs = {
    'districts.geojson': {
      type: 'FeatureCollection',
      features: [...districts.values()].sort((a, b) => a.code.localeCompare(b.code)).map((d) => districtFeature(d, outlines.get(d.code)!)),
    },
    'areas.geojson': { type: 'FeatureCollection', features: areas },
    'sites.json': { sites: sites.sites },
    'facts.json': { facts },
    'sources.json': { sources: [...sources.sources] },
    'sea.geojson': sea!,
    'water-lines.geojson': water!,
    'metro-lines.geojson': metro!,
  };
  for (const name of Object.keys(OUTPUT_SCHEMAS) as OutputName[]) {
    const res = OUTPUT_SCHEMAS[name].safeParse(outputs[name]);
    for (const issue of res.success ? [] : res.error.issues) {
      report.in(`public/data/${name}`)(null, issue.path.join('.') || null, `does not match the app's schema: ${issue.message}`);
    }
  }
  if (report.problems.length) return { ok: false, problems: report.problems, notes: report.notes };
  return { ok: true, outputs, notes: report.notes };
}

/** Compact JSON, one string per output file. */
export function serialiseOutputs(outputs: BuildOutputs): Record<OutputName, string> {
  return {
    'districts.geojson': JSON.stringify(outputs['districts.geojson']),
    'areas.geojson': JSON.stringify(outputs['areas.geojson']),
    'sites.json': JSON.stringify(outputs['sites.json']),
    'facts.json': JSON.stringify(outputs['facts.json']),
    'sources.json': JSON.stringify(outputs['sources.json']),
    'sea.geojson': JSON.stringify(outputs['sea.geojson']),
    'water-lines.geojson': JSON.stringify(outputs['water-lines.geojson']),
    'metro-lines.geojson': JSON.stringify(outputs['metro-lines.geojson']),
  };
}
