// Over-long and invisible text: the data build refuses it naming the file, line, record and field,
// and the app's schemas refuse the same text in a built file, so a hand-edited public/data file
// ends in the data-error alert instead of a map that throws on every frame.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { buildData, type BuildOutputs } from '../../geo/scripts/lib/build';
import type { BuildInputs } from '../../geo/scripts/lib/inputs';
import { formatProblem } from '../../geo/scripts/lib/report';
import { checkTour } from '../../geo/scripts/lib/tour';
import { DataFileError, fetchValidated } from '../../src/data/fetch-json';
import { districtsFileSchema, factsFileSchema, sitesFileSchema, sourcesFileSchema, tourFileSchema, type TourFile } from '../../src/data/schemas';
import { readGeoInputs } from '../fixtures/geo-inputs';

const fixtureDir = resolve(import.meta.dirname, '../fixtures/data');
const fixtures = readGeoInputs(fixtureDir);
const fixtureTour = JSON.parse(readFileSync(join(fixtureDir, 'tour.json'), 'utf8')) as TourFile;

/** The CSV with one cell of the record on line n (1-based) replaced; the record keeps its line. */
function withCell(csv: string, n: number, column: string, value: string): string {
  const lines = csv.split('\n');
  const header = Papa.parse<string[]>(lines[0]!).data[0]!;
  const cells = Papa.parse<string[]>(lines[n - 1]!).data[0]!;
  cells[header.indexOf(column)] = value;
  lines[n - 1] = Papa.unparse([cells]);
  return lines.join('\n');
}

function withAreaProperty(key: string, value: unknown): string {
  const fc = JSON.parse(fixtures.areas) as { features: { properties: Record<string, unknown> }[] };
  fc.features[0]!.properties[key] = value;
  return JSON.stringify(fc, null, 2);
}

function problems(changes: Partial<BuildInputs>): string[] {
  const res = buildData({ ...fixtures, ...changes });
  if (res.ok) throw new Error('expected the build to fail, but it succeeded');
  return res.problems.map(formatProblem);
}

function built(changes: Partial<BuildInputs> = {}): BuildOutputs {
  const res = buildData({ ...fixtures, ...changes });
  if (!res.ok) throw new Error(res.problems.map(formatProblem).join('\n'));
  return res.outputs;
}

/** The first issue of a failed parse as the app's alert words it: path, then message. */
function refusal(schema: z.ZodType, value: unknown): string {
  const res = schema.safeParse(value);
  if (res.success) throw new Error('expected the schema to refuse the file');
  const issue = res.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('the data build refuses text that would break the map or mislead a reader', () => {
  it('refuses a 6,000-character site name, naming the field and the limit', () => {
    expect(problems({ sites: withCell(fixtures.sites, 2, 'name_en', 'x'.repeat(6000)) })).toEqual([
      'geo/sites.csv:2 [site-inside]: name_en is 6000 characters long, over the limit of 120',
    ]);
  });

  it('accepts a site name of exactly the limit', () => {
    expect(built({ sites: withCell(fixtures.sites, 2, 'name_en', 'x'.repeat(120)) })['sites.json'].sites[0]!.name_en).toHaveLength(120);
  });

  it('refuses a 10,000-character area heading', () => {
    expect(problems({ areas: withAreaProperty('name_en', 'y'.repeat(10_000)) })).toEqual([
      'geo/areas.geojson:7 [test-area]: name_en is 10000 characters long, over the limit of 120',
    ]);
  });

  it('refuses a fact note longer than 1,000 characters', () => {
    expect(problems({ facts: withCell(fixtures.facts, 2, 'note_en', 'z'.repeat(1001)) })).toEqual([
      'geo/facts.csv:2 [city:310000:talent_total:2023-12]: note_en is 1001 characters long, over the limit of 1000',
    ]);
  });

  it('refuses a right-to-left override in a district name, naming U+202E', () => {
    expect(problems({ districts: withCell(fixtures.districts, 4, 'name_en', 'Chan\u202Egning') })).toEqual([
      'geo/districts.csv:4 [310105]: name_en contains U+202E RIGHT-TO-LEFT OVERRIDE (a text-direction control) at character 5',
    ]);
  });

  it('refuses a zero-width space in a Chinese site name', () => {
    expect(problems({ sites: withCell(fixtures.sites, 3, 'name_zh', '边缘\u200B实验室') })).toEqual([
      'geo/sites.csv:3 [site-edge]: name_zh contains U+200B ZERO WIDTH SPACE (an invisible zero-width character) at character 3',
    ]);
  });

  it('refuses a line break in a one-line field such as a name', () => {
    expect(problems({ sites: withCell(fixtures.sites, 2, 'name_en', 'Inside\nCentre') })).toEqual([
      'geo/sites.csv:2 [site-inside]: name_en contains U+000A LINE FEED (a line break in a one-line field) at character 7',
    ]);
  });

  it('keeps a line break in a note', () => {
    const sites = withCell(fixtures.sites, 2, 'notes_en', 'Two lines:\nthe second.');
    expect(built({ sites })['sites.json'].sites[0]!.notes_en).toBe('Two lines:\nthe second.');
  });

  it('refuses a source URL with a user name and password', () => {
    expect(problems({ sources: withCell(fixtures.sources, 2, 'url', 'https://user:pass@example.org/a') })).toEqual([
      'geo/sources.csv:2 [src-a]: url has a user name or password before the host (user:pass@): link to the page without them',
    ]);
  });

  it('refuses a source URL with a scheme other than http(s)', () => {
    expect(problems({ sources: withCell(fixtures.sources, 2, 'url', 'javascript:alert(1)') })).toEqual([
      'geo/sources.csv:2 [src-a]: url uses the scheme "javascript:"; only http and https links are allowed',
    ]);
  });

  it('refuses a source URL with a space inside', () => {
    expect(problems({ sources: withCell(fixtures.sources, 2, 'url', 'https://example.org/a b') })).toEqual([
      'geo/sources.csv:2 [src-a]: url contains U+0020 SPACE (a space) at character 22: a link has no spaces or invisible characters',
    ]);
  });

  it('refuses a tour chapter title over the limit, naming the chapter and field', () => {
    const tour = structuredClone(fixtureTour);
    tour.chapters[1]!.title.en = 'T'.repeat(500);
    const res = checkTour(JSON.stringify(tour, null, 2), built());
    const found = res.ok ? [] : res.problems.map(formatProblem);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^geo\/tour\.json:\d+ \[Chapter 2 \(sites\)\]: title\.en: is 500 characters long, over the limit of 120$/);
  });
});

describe('the app refuses a built file with the same text', () => {
  const outputs = built();
  afterEach(() => vi.unstubAllGlobals());

  it('refuses a 6,000-character site name in sites.json', () => {
    const file = structuredClone(outputs['sites.json']);
    file.sites[0]!.name_en = 'x'.repeat(6000);
    expect(refusal(sitesFileSchema, file)).toBe('sites.0.name_en: is 6000 characters long, over the limit of 120');
  });

  it('refuses a right-to-left override in a district name in districts.geojson', () => {
    const file = structuredClone(outputs['districts.geojson']);
    file.features[2]!.properties.name_en = 'Chan\u202Egning';
    expect(refusal(districtsFileSchema, file)).toBe(
      'features.2.properties.name_en: contains U+202E RIGHT-TO-LEFT OVERRIDE (a text-direction control) at character 5',
    );
  });

  it('refuses a zero-width space in a fact note in facts.json', () => {
    const file = structuredClone(outputs['facts.json']);
    file.facts[0]!.note_en = 'A\u200Bnote';
    expect(refusal(factsFileSchema, file)).toMatch(/^facts\.0\.note_en: contains U\+200B ZERO WIDTH SPACE/);
  });

  it('refuses a source URL with a user name and password in sources.json', () => {
    const file = structuredClone(outputs['sources.json']);
    file.sources[0]!.url = 'https://user:pass@example.org/a';
    expect(refusal(sourcesFileSchema, file)).toBe('sources.0.url: has a user name or password before the host (user:pass@): link to the page without them');
  });

  it('refuses a tour caption with a bidi isolate in tour.json', () => {
    const tour = structuredClone(fixtureTour);
    tour.chapters[0]!.text.zh = '第一\u2067章';
    expect(refusal(tourFileSchema, tour)).toBe('chapters.0.text.zh: contains U+2067 RIGHT-TO-LEFT ISOLATE (a text-direction control) at character 3');
  });

  it('accepts every built file as it comes from the fixtures', () => {
    expect(sitesFileSchema.safeParse(outputs['sites.json']).success).toBe(true);
    expect(districtsFileSchema.safeParse(outputs['districts.geojson']).success).toBe(true);
    expect(sourcesFileSchema.safeParse(outputs['sources.json']).success).toBe(true);
    expect(tourFileSchema.safeParse(fixtureTour).success).toBe(true);
  });

  it('turns a hostile sites.json into a schema error naming the file and field, which the data-error alert shows', async () => {
    const file = structuredClone(outputs['sites.json']);
    file.sites[1]!.name_en = 'x'.repeat(6000);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(file))));
    const error = await fetchValidated('sites.json', sitesFileSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect(error).toMatchObject({ reason: 'schema', message: 'sites.json: sites.1.name_en: is 6000 characters long, over the limit of 120' });
  });
});
