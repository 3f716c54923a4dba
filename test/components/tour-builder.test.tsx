// The tour builder's chapter list and chapter editor in jsdom: reorder from the keyboard and with
// the move buttons, duplicate, add a chapter from the store's view, and typed text kept as text.
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import type { TourFile } from '../../src/data/schemas';
import { ChapterList } from '../../src/features/tour-builder/chapter-list';
import { ChapterEditor } from '../../src/features/tour-builder/chapter-editor';
import { chapterFromView } from '../../src/lib/tour-draft';
import { renderWithData } from './render';

const base: TourFile = { title: { en: 'T', zh: 'T' }, chapters: [] };
const view = { camera: null, layers: ['districts' as const], metric: 'population', selection: null, selectionDrawn: true, selectionSources: [] };
const named = (id: string, en: string) => ({ ...chapterFromView(base, view), id, title: { en, zh: en } });
const TOUR: TourFile = { ...base, chapters: [named('a', 'Alpha'), named('b', 'Beta'), named('c', 'Gamma')] };

let latest: TourFile = TOUR;
function Harness() {
  const [tour, setTour] = useState(TOUR);
  const [current, setCurrent] = useState(0);
  return (
    <ChapterList
      tour={tour}
      current={current}
      onSelect={setCurrent}
      onCurrent={setCurrent}
      onChange={(t) => {
        latest = t;
        setTour(t);
      }}
    />
  );
}

const names = () => screen.getAllByRole('button', { name: /^\d+\. / }).map((b) => b.textContent);

describe('the tour builder', () => {
  it('moves a chapter up with Alt+↑ and down with its button', () => {
    renderWithData(<Harness />, { mode: 'build' });
    fireEvent.keyDown(screen.getByRole('button', { name: '3. Gamma' }), { key: 'ArrowUp', altKey: true });
    expect(names()).toEqual(['1. Alpha', '2. Gamma', '3. Beta']);
    fireEvent.click(screen.getByRole('button', { name: 'Move chapter 1 down' }));
    expect(names()).toEqual(['1. Gamma', '2. Alpha', '3. Beta']);
  });

  it('ignores an arrow without Alt (the list stays as it is)', () => {
    renderWithData(<Harness />, { mode: 'build' });
    fireEvent.keyDown(screen.getByRole('button', { name: '2. Beta' }), { key: 'ArrowUp' });
    expect(names()).toEqual(['1. Alpha', '2. Beta', '3. Gamma']);
  });

  it('duplicates a chapter right after it, with its own id', () => {
    renderWithData(<Harness />, { mode: 'build' });
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate chapter 1' }));
    expect(names()).toEqual(['1. Alpha', '2. Alpha', '3. Beta', '4. Gamma']);
    expect(new Set(latest.chapters.map((c) => c.id)).size).toBe(4);
  });

  it('adds a chapter from the view in the store: its layers, metric and selection', () => {
    renderWithData(<Harness />, { mode: 'build', layers: ['changning'], metric: 'density', selection: { kind: 'district', id: '310105' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a chapter from this view' }));
    const added = latest.chapters[3]!;
    expect(added).toMatchObject({ layers: ['changning'], metric: 'density', highlight: ['district:310105'] });
  });

  it('keeps typed markup as text in the editor', () => {
    let edited = TOUR.chapters[0]!;
    renderWithData(<ChapterEditor chapter={edited} number={1} onChange={(c) => (edited = c)} onPreview={() => undefined} canPreview={false} />, { mode: 'build' });
    const title = screen.getAllByLabelText('Title')[0]!;
    fireEvent.change(title, { target: { value: '<img src=x onerror=alert(1)>' } });
    expect(edited.title.en).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
