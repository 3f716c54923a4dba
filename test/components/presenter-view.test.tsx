// The presenter's caption card in jsdom, with the map replaced by a stand-in that shows the props
// the tour hands it and where the tour asks the camera to go (real rendering is tested in
// Chromium, test/e2e/tour.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import type { MapViewProps } from '../../src/features/map/map-view';
import PresenterView from '../../src/features/tour/presenter-view';
import { tourQuery } from '../../src/data/queries';
import type { TourFile } from '../../src/data/schemas';
import { useAppStore } from '../../src/store/app-store';
import { renderWithData } from './render';

vi.mock('../../src/features/map/map-view', () => ({
  default: function MapStandIn({ highlights = [] }: MapViewProps) {
    const request = useAppStore((s) => s.cameraRequest);
    const to = request?.kind === 'directed' ? request.camera : null;
    return <div data-testid="map" data-highlights={highlights.map((h) => `${h.kind}:${h.id}`).join(',')} data-center={to ? `${to.lng},${to.lat}` : ''} />;
  },
}));

const chapter = (id: string, extra: Partial<TourFile['chapters'][number]>): TourFile['chapters'][number] => ({
  id,
  title: { en: `Title ${id}`, zh: `标题 ${id}` },
  text: { en: `Text ${id}.`, zh: `正文 ${id}。` },
  camera: { center: [121.4, 31.2], zoom: 10, bearing: 0, pitch: 0 },
  layers: ['districts'],
  highlight: [],
  facts: [],
  sources: ['seed-001'],
  distances: [],
  list_unmapped: false,
  ...extra,
});

const TOUR: TourFile = {
  title: { en: 'Test tour', zh: '测试导览' },
  chapters: [
    chapter('one', { facts: ['city:310000:talent_total:2023-12', 'district:310105:expat_share_of_residents:2018-07'], highlight: ['district:310105'] }),
    chapter('two', { camera: { center: [121.5, 31.1], zoom: 11, bearing: 0, pitch: 0 }, layers: ['service-centres'], highlight: ['site:hq-onestop-centre'], list_unmapped: true }),
  ],
};

function renderTour(state: Parameters<typeof renderWithData>[1] = {}) {
  const r = renderWithData(<PresenterView />, { mode: 'present', ...state });
  act(() => r.client.setQueryData(tourQuery.queryKey, TOUR));
  return r;
}

/** Opens the tour at `chapter` and waits for its caption. */
async function openAt(chapter: 1 | 2) {
  renderTour({ chapter });
  await screen.findByRole('heading', { level: 1, name: chapter === 1 ? 'Title one' : 'Title two' });
}

/** Opens the tour at chapter 1 and presses →. */
async function pressNext() {
  await openAt(1);
  fireEvent.keyDown(document.body, { key: 'ArrowRight' });
  await screen.findByRole('heading', { level: 1, name: 'Title two' });
}

/** Opens the tour at chapter 2 and presses Esc. */
async function escapeFromChapter2() {
  await openAt(2);
  fireEvent.keyDown(document.body, { key: 'Escape' });
  return useAppStore.getState();
}

describe('PresenterView', () => {
  it('shows the chapter’s title', async () => {
    renderTour();
    expect(await screen.findByRole('heading', { level: 1, name: 'Title one' })).toBeInTheDocument();
  });

  it('shows the chapter’s progress', async () => {
    await openAt(1);
    expect(screen.getByText('Chapter 1 of 2')).toBeInTheDocument();
  });

  it('shows the chapter’s figures from the facts file, named by subject', async () => {
    await openAt(1);
    const figures = screen.getByRole('list', { name: 'Figures' });
    expect(figures).toHaveTextContent('more than 6,750,000 people');
    expect(figures).toHaveTextContent('Changning · ');
    expect(figures).toHaveTextContent('10.29%');
  });

  it('highlights the chapter’s feature on the map', async () => {
    await openAt(1);
    expect((await screen.findByTestId('map')).dataset.highlights).toBe('district:310105');
  });

  it('shows the chapter’s layers', async () => {
    await openAt(1);
    expect(useAppStore.getState().layers).toEqual(['districts']);
  });

  it('moves on with →', async () => {
    await openAt(1);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Title two' })).toBeInTheDocument();
    expect(useAppStore.getState().chapter).toBe(2);
  });

  it('shows the layers of the chapter it moved on to', async () => {
    await pressNext();
    expect(useAppStore.getState().layers).toEqual(['service-centres']);
  });

  it('highlights the feature of the chapter it moved on to', async () => {
    await pressNext();
    expect(screen.getByTestId('map').dataset.highlights).toBe('site:hq-onestop-centre');
  });

  it('asks the camera for the chapter it moved on to', async () => {
    await pressNext();
    expect(screen.getByTestId('map').dataset.center).toBe('121.5,31.1');
  });

  it('lists unmapped sites where the chapter asks', async () => {
    await pressNext();
    // The fixture's unmapped site is listed by name, from the data.
    expect(screen.getByText('Shanghai Qi Zhi Institute')).toBeInTheDocument();
  });

  it('disables the Next button on the last chapter', async () => {
    await pressNext();
    expect(screen.getByRole('button', { name: 'Next chapter' })).toBeDisabled();
  });

  it('goes back with the Previous button', async () => {
    await pressNext();
    fireEvent.click(screen.getByRole('button', { name: 'Previous chapter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Title one' })).toBeInTheDocument();
  });

  it('renders text from the data as text, never as HTML', async () => {
    const r = renderWithData(<PresenterView />, { mode: 'present' });
    const hostile = { ...TOUR, chapters: [chapter('x', { text: { en: '<img src=x onerror=alert(1)>', zh: '<b>粗</b>' } })] };
    act(() => r.client.setQueryData(tourQuery.queryKey, hostile));
    expect(await screen.findByTestId('tour-caption')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(r.container.querySelector('img')).toBeNull();
  });

  it('Esc returns to the dashboard', async () => {
    expect((await escapeFromChapter2()).mode).toBe('explore');
  });

  it('Esc leaves the chapter’s first feature selected', async () => {
    expect((await escapeFromChapter2()).selection).toEqual({ kind: 'site', id: 'hq-onestop-centre' });
  });

  it('Esc keeps the chapter’s layers on the dashboard', async () => {
    expect((await escapeFromChapter2()).layers).toEqual(['service-centres']);
  });

  it('Esc keeps the chapter’s camera on the dashboard', async () => {
    expect((await escapeFromChapter2()).camera).toMatchObject({ lng: 121.5, lat: 31.1, zoom: 11 });
  });
});
