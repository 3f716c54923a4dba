import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Finder } from '../../src/features/finder/finder';
import { useAppStore } from '../../src/store/app-store';
import { renderWithData } from './render';

describe('Finder', () => {
  it('lists every district and selects one from the keyboard', async () => {
    renderWithData(<Finder />);
    const list = screen.getByRole('list', { name: 'Districts' });
    expect(within(list).getAllByRole('button')).toHaveLength(3);
    within(list).getByRole('button', { name: 'Changning' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'district', id: '310105' });
  });

  it('filters districts and sites by a search in either script', async () => {
    renderWithData(<Finder />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search districts and sites' }), '期智');
    expect(screen.queryByRole('list', { name: 'Districts' })).toBeEmptyDOMElement();
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
