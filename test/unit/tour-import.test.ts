// Importing a tour file: the same schema and cross-checks as geo/tour.json, and a hostile or
// broken file never throws out of importTour and never yields a tour.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTour, type TourData } from '../../src/lib/tour-check';

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
    const tour = structuredClone(realTour);
    (tour.chapters[1]!.facts as string[]).push('city:310000:made-up:2020');
    const r = importTour(JSON.stringify(tour), DATA);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(/chapter 2 \(.+\): facts\[\d\]: unknown fact id "city:310000:made-up:2020"/);
  });

  it('names an unknown layer', () => {
    const tour = structuredClone(realTour);
    (tour.chapters[0]!.layers as string[]).push('secret-layer');
    const r = importTour(JSON.stringify(tour), DATA);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/chapter 1 \(city\): layers/);
  });

  it('refuses an unknown metric, an unplaced site and a camera outside Shanghai', () => {
    const tour = structuredClone(realTour);
    tour.chapters[0]!.metric = 'gdp-per-pixel';
    (tour.chapters[0]!.highlight as string[]).push('site:unplaced-site');
    (tour.chapters[1]!.camera as { center: number[] }).center = [31.2, 121.4];
    const r = importTour(JSON.stringify(tour), DATA);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const all = r.problems.join('\n');
      expect(all).toMatch(/metric: unknown metric "gdp-per-pixel"/);
      expect(all).toMatch(/no verified location/);
      expect(all).toMatch(/outside Shanghai/);
    }
  });

  it('says what is wrong with text that is not JSON, too large, or not text', () => {
    expect(importTour('{"title": ', DATA)).toMatchObject({ ok: false, problems: [expect.stringMatching(/not valid JSON/)] });
    expect(importTour('x'.repeat(1_000_001), DATA)).toMatchObject({ ok: false, problems: [expect.stringMatching(/larger than/)] });
    expect(importTour(42, DATA)).toMatchObject({ ok: false, problems: ['the file is not text'] });
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
          expect(r.problems.length).toBeGreaterThan(0);
          expect(r.problems.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Most mutations break the tour; a few (a replaced value that happens to be valid) do not.
    expect(accepted).toBeLessThan(1500);
  });
});
