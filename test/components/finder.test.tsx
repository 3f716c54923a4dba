import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Finder } from '../../src/features/finder/finder';
import { useAppStore } from '../../src/store/app-store';
import { renderWithData } from './render';
import { useViewBounds } from '../../src/store/view-bounds';
import { DEFAULT_ANALYSIS } from '../../src/lib/url-state';

describe('Finder', () => {
  it('lists every district', () => {
    renderWithData(<Finder />);
    expect(within(screen.getByRole('list', { name: 'Districts' })).getAllByRole('button')).toHaveLength(3);
  });

  it('selects a district from the keyboard', async () => {
    renderWithData(<Finder />);
    const list = screen.getByRole('list', { name: 'Districts' });
    within(list).getByRole('button', { name: 'Changning' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'district', id: '310105' });
  });

  async function search(text: string) {
    renderWithData(<Finder />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search districts and sites' }), text);
  }

  it('filters districts and sites by a search in Chinese', async () => {
    await search('期智');
    expect(screen.queryByRole('list', { name: 'Districts' })).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: 'Shanghai Qi Zhi Institute' })).toBeInTheDocument();
  });

  it('marks a site found by a search as not on the map when it has no location', async () => {
    await search('期智');
    const item = screen.getByRole('button', { name: 'Shanghai Qi Zhi Institute' });
    expect(item).toHaveAccessibleDescription('not on map');
    expect(item.closest('li')).toHaveTextContent('not on map');
  });

  it('says when nothing matches', async () => {
    renderWithData(<Finder />);
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('Nothing matches “zzz”.')).toBeInTheDocument();
  });
});

describe('Finder with "Filter to map view" on', () => {
  function renderInView() {
    useViewBounds.setState({ bounds: [121.385, 31.2, 121.42, 31.24] });
    renderWithData(<Finder />, { analysis: { ...DEFAULT_ANALYSIS, inView: true } });
  }

  it('lists only the districts in the map view', () => {
    renderInView();
    const districts = within(screen.getByRole('list', { name: 'Districts' })).getAllByRole('button');
    expect(districts.map((b) => b.textContent)).toEqual(['Changning']);
  });

  it('lists only the sites in the map view', () => {
    renderInView();
    expect(screen.getByRole('button', { name: 'Hongqiao One-Stop Service Center' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Exact University' })).toBeNull();
  });

  it('says it shows only what is in the map view', () => {
    renderInView();
    expect(screen.getByText(/Showing only what is in the map view/)).toBeInTheDocument();
  });
});
