// The tour check (geo/scripts/lib/tour.ts): a broken chapter fails with a message naming the
// chapter and the field; the fixture tour and the real geo/tour.json both pass.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, type BuildOutputs } from '../../geo/scripts/lib/build';
import { formatProblem } from '../../geo/scripts/lib/report';
import { checkTour, type TourResult } from '../../geo/scripts/lib/tour';
import type { TourFile } from '../../src/data/schemas';
import { readGeoInputs } from '../fixtures/geo-inputs';

const root = resolve(import.meta.dirname, '../..');
function outputsOf(dir: string): BuildOutputs {
  const res = buildData(readGeoInputs(dir));
  if (!res.ok) throw new Error(res.problems.map(formatProblem).join('\n'));
  return res.outputs;
}

const fixtureDir = resolve(root, 'test/fixtures/data');
const fixtureOutputs = outputsOf(fixtureDir);
const fixtureTour = JSON.parse(readFileSync(join(fixtureDir, 'tour.json'), 'utf8')) as { chapters: Record<string, unknown>[] };

function realTour(): TourResult {
  return checkTour(readFileSync(resolve(root, 'geo/tour.json'), 'utf8'), outputsOf(resolve(root, 'geo')));
}
function tourOf(res: TourResult): TourFile {
  if (!res.ok) throw new Error(res.problems.map(formatProblem).join('\n'));
  return res.tour;
}

/** The fixture tour with chapter `index` changed; returns the formatted problems. */
function problemsWith(index: number, change: (chapter: Record<string, unknown>) => void): string[] {
  const tour = structuredClone(fixtureTour);
  change(tour.chapters[index]!);
  const res = checkTour(JSON.stringify(tour, null, 2), fixtureOutputs);
  if (res.ok) throw new Error('expected the tour check to fail, but it passed');
  return res.problems.map(formatProblem);
}

describe('tour check', () => {
  it('accepts the fixture tour', () => {
    const res = checkTour(JSON.stringify(fixtureTour), fixtureOutputs);
    expect(res.ok).toBe(true);
  });

  it('names the chapter and the field of an unknown layer id', () => {
    const p = problemsWith(1, (c) => (c.layers = ['service-centres', 'metro-lines']));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^geo\/tour\.json:\d+ \[Chapter 2 \(sites\)\]: layers\[1\]: unknown layer id “metro-lines” \(known: pudong, xuhui, changning, .*universities\)$/);
  });

  it('names the chapter and the field of an unknown feature: district code, area id, site id', () => {
    const p = problemsWith(0, (c) => (c.highlight = ['district:310199', 'area:nowhere', 'site:no-such-site']));
    expect(p).toEqual([
      expect.stringContaining('[Chapter 1 (city)]: highlight[0]: unknown district code “310199”'),
      expect.stringContaining('[Chapter 1 (city)]: highlight[1]: unknown area id “nowhere” (not in geo/areas.geojson)'),
      expect.stringContaining('[Chapter 1 (city)]: highlight[2]: unknown site id “no-such-site” (not in geo/sites.csv)'),
    ]);
  });

  it('refuses to highlight a site that has no verified location', () => {
    const p = problemsWith(1, (c) => (c.highlight = ['site:site-unmapped']));
    expect(p[0]).toContain('[Chapter 2 (sites)]: highlight[0]: site “site-unmapped” has no verified location');
  });

  it('names a missing translation', () => {
    const p = problemsWith(1, (c) => (c.text = { en: 'Only English.' }));
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('[Chapter 2 (sites)]: text.zh: missing translation');
  });

  it('names a blank translation as missing', () => {
    const blank = problemsWith(0, (c) => (c.title = { en: 'City', zh: '  ' }));
    expect(blank[0]).toContain('[Chapter 1 (city)]: title.zh: missing translation');
  });

  it('names a camera outside Shanghai (e.g. longitude and latitude swapped)', () => {
    const p = problemsWith(0, (c) => (c.camera = { center: [31.05, 121.05], zoom: 9, bearing: 0, pitch: 0 }));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/\[Chapter 1 \(city\)\]: camera\.center: \[31\.05, 121\.05\] is outside Shanghai \(longitude [\d.]+ to [\d.]+, latitude [\d.]+ to [\d.]+\); is it \[longitude, latitude\]\?$/);
  });

  it('names an unknown fact id', () => {
    expect(problemsWith(0, (c) => (c.facts = ['city:310000:talent_total:1999']))).toEqual([
      expect.stringContaining('[Chapter 1 (city)]: facts[0]: unknown fact id “city:310000:talent_total:1999”'),
    ]);
  });

  it('names an unknown source id', () => {
    expect(problemsWith(0, (c) => (c.sources = ['nobody']))).toEqual([expect.stringContaining('[Chapter 1 (city)]: sources[0]: unknown source id “nobody”')]);
  });

  it('names a distance to a site without a location', () => {
    expect(problemsWith(0, (c) => (c.distances = [{ from: 'site-inside', to: 'site-unmapped' }]))).toEqual([
      expect.stringContaining('[Chapter 1 (city)]: distances[0].to: site “site-unmapped” has no verified location'),
    ]);
  });

  it('points at the line where the broken chapter starts', () => {
    const p = problemsWith(1, (c) => (c.layers = ['nope']));
    const text = JSON.stringify(fixtureTour, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"id": "sites"')) + 1;
    expect(p[0]).toContain(`geo/tour.json:${line} `);
  });

  it('names a chapter by its number alone when its id is what is wrong, still at its line', () => {
    const tour = structuredClone(fixtureTour);
    tour.chapters[1]!.id = 'Sites Chapter';
    const text = JSON.stringify(tour, null, 2);
    const res = checkTour(text, fixtureOutputs);
    if (res.ok) throw new Error('expected the tour check to fail');
    const line = text.split('\n').findIndex((l) => l.includes('"id": "Sites Chapter"')) + 1;
    expect(res.problems.map(formatProblem)).toEqual([
      `geo/tour.json:${line} [Chapter 2]: id: “Sites Chapter” is not a chapter id: lower-case letters, digits and hyphens, at most 64`,
    ]);
  });

  it('points a repeated chapter id at the chapter that repeats it', () => {
    const tour = structuredClone(fixtureTour);
    tour.chapters[1]!.id = tour.chapters[0]!.id;
    const text = JSON.stringify(tour, null, 2);
    const res = checkTour(text, fixtureOutputs);
    if (res.ok) throw new Error('expected the tour check to fail');
    const lines = text.split('\n').flatMap((l, i) => (l.includes('"id": "city"') ? [i + 1] : []));
    expect(res.problems.map(formatProblem)).toEqual([
      `geo/tour.json:${lines[1]} [Chapter 2 (city)]: id: the id “city” is used by an earlier chapter; chapter ids must be unique`,
    ]);
  });

  it('reports a file that is not JSON', () => {
    const res = checkTour('{ "chapters": [', fixtureOutputs);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(formatProblem(res.problems[0]!)).toMatch(/^geo\/tour\.json: The file is not valid JSON \(the parser says: .+\)\.$/);
  });

  it('accepts the real tour in geo/', () => {
    expect(() => tourOf(realTour())).not.toThrow();
  });

  it('tells the real story in 8 to 12 chapters', () => {
    const chapters = tourOf(realTour()).chapters;
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    expect(chapters.length).toBeLessThanOrEqual(12);
  });

  it('writes Chinese titles and captions without English or pinyin words', () => {
    // Two Latin letters in a row is a word; a single one is allowed ("A类人才", the permit category).
    for (const c of tourOf(realTour()).chapters) {
      expect(c.title.zh, c.id).not.toMatch(/[A-Za-z]{2}/);
      expect(c.text.zh, c.id).not.toMatch(/[A-Za-z]{2}/);
    }
  });

  it('cites, in the chapter that lists the unmapped sites, every source those sites come from', () => {
    const outputs = outputsOf(resolve(root, 'geo'));
    const listing = tourOf(realTour()).chapters.filter((c) => c.list_unmapped);
    expect(listing.length).toBeGreaterThan(0);
    const needed = new Set(outputs['sites.json'].sites.filter((s) => s.lon === null).flatMap((s) => s.source_ids));
    for (const c of listing) expect([...needed].filter((id) => !c.sources.includes(id)), c.id).toEqual([]);
  });

  it('types no figure into a caption of the real tour: figures come from the facts', () => {
    // A digit group of 3+ in a caption means a number was typed in.
    for (const c of tourOf(realTour()).chapters) {
      expect(c.text.en, c.id).not.toMatch(/\d{5,}|\d[,.]\d{3}|\d\s*%/);
      expect(c.text.zh, c.id).not.toMatch(/\d{5,}|\d[,.]\d{3}|\d\s*%/);
    }
  });
});
