import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TourFile } from '../../src/data/schemas';
import { chapterFromView, deleteChapter, duplicateChapter, moveChapter } from '../../src/lib/tour-draft';
import { byeMessage, helloMessage, parseSyncMessage, positionMessage } from '../../src/lib/tour-sync';

const view = { camera: { lng: 121.4243, lat: 31.2204, zoom: 12.345, bearing: -30, pitch: 10 }, layers: ['changning' as const], metric: 'density', selection: { kind: 'district' as const, id: '310105' }, selectionDrawn: true, selectionSources: ['sh-stats-2020'] };

function tourOf(ids: string[]): TourFile {
  const base: TourFile = { title: { en: 'T', zh: 'T' }, chapters: [] };
  return { ...base, chapters: ids.map((id) => ({ ...chapterFromView(base, view), id })) };
}

describe('tour drafts', () => {
  it('takes a chapter from the view: camera rounded into the schema’s ranges, layers, metric, selection and its sources', () => {
    const c = chapterFromView(tourOf(['chapter-1']), view);
    expect(c.id).toBe('chapter-2');
    expect(c.camera).toEqual({ center: [121.4243, 31.2204], zoom: 12.35, bearing: 330, pitch: 10 });
    expect(c).toMatchObject({ layers: ['changning'], metric: 'density', highlight: ['district:310105'], sources: ['sh-stats-2020'] });
  });

  it('does not highlight a site the map cannot draw', () => {
    expect(chapterFromView(tourOf([]), { ...view, selection: { kind: 'site', id: 'x' }, selectionDrawn: false }).highlight).toEqual([]);
  });

  it('moves, duplicates and deletes chapters', () => {
    const t = tourOf(['a', 'b', 'c']);
    expect(moveChapter(t, 0, 2).chapters.map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(moveChapter(t, 2, -5).chapters.map((c) => c.id)).toEqual(['c', 'a', 'b']);
    const d = duplicateChapter(t, 1).chapters.map((c) => c.id);
    expect(d).toHaveLength(4);
    expect(d[2]).toMatch(/^b-copy-\d+$/);
    expect(new Set(d).size).toBe(4);
    expect(deleteChapter(t, 1).chapters.map((c) => c.id)).toEqual(['a', 'c']);
  });
});

describe('the presenter view’s sync protocol', () => {
  it('reads back what it writes', () => {
    const p = positionMessage('abcd1234', 'audience', null, { chapter: 3, step: 2, steps: 2 });
    expect(parseSyncMessage(p)).toEqual(p);
    expect(parseSyncMessage(helloMessage('abcd1234', 'speaker', 't-x1'))).toMatchObject({ kind: 'hello' });
    expect(parseSyncMessage(byeMessage('abcd1234'))).toMatchObject({ kind: 'bye' });
  });

  it('drops malformed messages: extra keys, out-of-range chapters, another version', () => {
    const p = positionMessage('abcd1234', 'audience', null, { chapter: 3, step: 1, steps: 1 });
    expect(parseSyncMessage({ ...p, extra: 1 })).toBeNull();
    expect(parseSyncMessage({ ...p, chapter: 0 })).toBeNull();
    expect(parseSyncMessage({ ...p, chapter: 2.5 })).toBeNull();
    expect(parseSyncMessage({ ...p, version: 2 })).toBeNull();
    expect(parseSyncMessage({ ...p, tour: '<script>' })).toBeNull();
  });

  it('never throws on anything (fuzzed)', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = parseSyncMessage(v);
        expect(r === null || typeof r.kind === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
