// Importing a tour file: the same schema and cross-checks as geo/tour.json, and a hostile or
// broken file never throws out of importTour and never yields a tour.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/data/schemas';
import { catalogue } from '../../src/i18n/catalogue';
import { tourProblemText } from '../../src/i18n/tour-problem-text';
import { importTour, type TourData } from '../../src/lib/tour-check';
import { TOUR_PROBLEM_CODES, type TourProblem } from '../../src/lib/tour-problems';

const REAL = readFileSync(new URL('../../geo/tour.json', import.meta.url), 'utf8');
const realTour = JSON.parse(REAL) as { chapters: Record<string, unknown>[] };

/** The data the real tour talks about, as sets (every id the real tour uses, plus a few). */
function dataFor(tour: { chapters: Record<string, unknown>[] }): TourData {
  const refs = tour.chapters.flatMap((c) => c.highlight as string[]);
  const ids = (kind: string) => new Set(refs.filter((r) => r.startsWith(`${kind}:`)).map((r) => r.slice(kind.length + 1)));
  const sites = new Map<string, { mapped: boolean }>([...ids('site')].map((id) => [id, { mapped: true }]));
  sites.set('unplaced-site', { mapped: false });
  for (const c of tour.chapters) for (const d of c.distances as { from: string; to: string }[]) for (const id of [d.from, d.to]) sites.set(id, { mapped: true });
  return {
    districtCodes: ids('district'),
    areaIds: ids('area'),
    sites,
    factIds: new Set(tour.chapters.flatMap((c) => c.facts as string[])),
    sourceIds: new Set(tour.chapters.flatMap((c) => c.sources as string[])),
    metrics: (id) => id === 'population' || id === 'density',
    box: { minLng: 120.85, minLat: 30.67, maxLng: 122.2, maxLat: 31.88 },
  };
}
const DATA = dataFor(realTour);

/** The problems of a refused file; fails the test when the file was accepted. */
function problemsOf(text: unknown): TourProblem[] {
  const r = importTour(text, DATA);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems;
}
const english = (ps: TourProblem[]) => ps.map((p) => tourProblemText(p, 'en'));
const withChange = (change: (t: typeof realTour) => void) => {
  const tour = structuredClone(realTour);
  change(tour);
  return JSON.stringify(tour);
};

describe('importTour', () => {
  it('accepts geo/tour.json itself', () => {
    const r = importTour(REAL, DATA);
    expect(r.ok).toBe(true);
  });

  it('accepts optional speaker notes and a known metric', () => {
    const tour = structuredClone(realTour);
    tour.chapters[0]!.notes = { en: 'Pause here.\nThen the map.', zh: '' };
    tour.chapters[0]!.metric = 'density';
    expect(importTour(JSON.stringify(tour), DATA).ok).toBe(true);
  });

  it('names the chapter and field of an unknown fact id', () => {
    const ps = problemsOf(withChange((t) => (t.chapters[1]!.facts as string[]).push('city:310000:made-up:2020')));
    const at = (realTour.chapters[1]!.facts as string[]).length;
    expect(ps).toEqual([{ code: 'unknownFact', chapter: { index: 1, id: realTour.chapters[1]!.id }, field: `facts[${at}]`, vars: { value: 'city:310000:made-up:2020' } }]);
    expect(english(ps)).toEqual([`Chapter 2 (${String(realTour.chapters[1]!.id)}) · facts[${at}]: unknown fact id “city:310000:made-up:2020”`]);
  });

  it('names an unknown layer, and the layers it could have been', () => {
    const ps = problemsOf(withChange((t) => (t.chapters[0]!.layers as string[]).push('secret-layer')));
    const at = (realTour.chapters[0]!.layers as string[]).length;
    expect(ps).toEqual([{ code: 'unknownLayer', chapter: { index: 0, id: 'city' }, field: `layers[${at}]`, vars: { value: 'secret-layer', known: [...LAYER_IDS] } }]);
    expect(english(ps)[0]).toBe(`Chapter 1 (city) · layers[${at}]: unknown layer id “secret-layer” (known: ${LAYER_IDS.join(', ')})`);
  });

  it('refuses an unknown metric, an unplaced site and a camera outside Shanghai', () => {
    const ps = problemsOf(
      withChange((t) => {
        t.chapters[0]!.metric = 'gdp-per-pixel';
        (t.chapters[0]!.highlight as string[]).push('site:unplaced-site');
        (t.chapters[1]!.camera as { center: number[] }).center = [31.2, 121.4];
      }),
    );
    expect(ps.map((p) => [p.chapter?.index, p.field, p.code])).toEqual([
      [0, `highlight[${(realTour.chapters[0]!.highlight as string[]).length}]`, 'unplacedHighlight'],
      [0, 'metric', 'unknownMetric'],
      [1, 'camera.center', 'outsideCity'],
    ]);
    expect(ps[2]!.vars).toEqual({ lng: 31.2, lat: 121.4, minLng: 120.85, maxLng: 122.2, minLat: 30.67, maxLat: 31.88 });
    expect(english(ps)[2]).toMatch(/· camera\.center: \[31\.2, 121\.4\] is outside Shanghai \(longitude 120\.85 to 122\.2, latitude 30\.67 to 31\.88\); is it \[longitude, latitude\]\?$/);
  });

  it('says what is wrong with text that is not JSON, too large, or not text', () => {
    const [notJson] = problemsOf('{"title": ');
    expect(notJson).toMatchObject({ code: 'notJson', chapter: null, field: '' });
    expect(tourProblemText(notJson!, 'en')).toMatch(/^The file is not valid JSON \(the parser says: .+\)\.$/);
    expect(problemsOf('x'.repeat(1_000_001))).toEqual([{ code: 'fileTooLarge', chapter: null, field: '', vars: { mb: 1 } }]);
    expect(english(problemsOf('x'.repeat(1_000_001)))).toEqual(['The file is larger than 1 MB; a tour is a few kilobytes.']);
    expect(english(problemsOf(42))).toEqual(['The file is not text.']);
  });

  it('keeps at most 20 problems, each naming its chapter', () => {
    const ps = problemsOf(withChange((t) => t.chapters.forEach((c) => ((c.title as { zh: string }).zh = '', (c.text as { zh: string }).zh = ''))));
    expect(ps).toHaveLength(20);
    expect(ps.every((p) => p.code === 'missingTranslation' && p.chapter !== null)).toBe(true);
  });

  it('keeps markup as text: a title with tags is a problem of length or passes as text, never parsed', () => {
    const tour = structuredClone(realTour);
    (tour.chapters[0]!.title as { en: string }).en = '<img src=x onerror=alert(1)>';
    const r = importTour(JSON.stringify(tour), DATA);
    expect(r.ok && r.tour.chapters[0]!.title.en).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('fuzz: importTour with malformed tours', () => {
  // Mutations of the real tour: a field removed, replaced by any JSON value, or a chapter's id,
  // fact, layer or camera changed, plus text that is not a tour at all.
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const paths = realTour.chapters.flatMap((c, i) => Object.keys(c).map((k) => [i, k] as const));
  const mutated = fc.record({ at: fc.constantFrom(...paths), value: fc.option(anyJson, { nil: undefined }) }).map(({ at: [i, k], value }) => {
    const tour = structuredClone(realTour);
    if (value === undefined) delete tour.chapters[i]![k];
    else tour.chapters[i]![k] = value;
    return JSON.stringify(tour);
  });
  const noise = fc.oneof(fc.string({ maxLength: 200 }), anyJson.map((v) => JSON.stringify(v)), fc.constantFrom('{"__proto__": {"polluted": 1}, "chapters": []}', '[]', 'null', '{"title":{"en":"a","zh":"b"},"chapters":[{}]}'));
  const sliced = fc.integer({ min: 0, max: REAL.length - 1 }).map((n) => REAL.slice(0, n));

  it('never throws and never returns a tour that fails the checks (1,500 files)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(mutated, noise, sliced), (text) => {
        const r = importTour(text, DATA);
        if (r.ok) {
          accepted++;
          // Whatever passed is a tour the checks accept when read again.
          expect(importTour(JSON.stringify(r.tour), DATA).ok).toBe(true);
        } else {
          // Every problem has a known code with every value its words need, in both languages.
          expect(r.problems.length).toBeGreaterThan(0);
          expect(r.problems.length).toBeLessThanOrEqual(20);
          for (const p of r.problems) {
            expect(TOUR_PROBLEM_CODES).toContain(p.code);
            for (const lang of ['en', 'zh'] as const) {
              const needed = [...catalogue[lang][`tourProblem.${p.code}`].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
              expect(needed.filter((name) => !Object.hasOwn(p.vars, name))).toEqual([]);
              expect(tourProblemText(p, lang).length).toBeGreaterThan(0);
            }
          }
        }
      }),
      { numRuns: 1500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Most mutations break the tour; a few (a replaced value that happens to be valid) do not.
    expect(accepted).toBeLessThan(1500);
  });
});
