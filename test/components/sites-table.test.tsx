import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SitesTable } from '../../src/features/data-table/sites-table';
import { useAppStore } from '../../src/store/app-store';
import { renderWithData } from './render';

describe('SitesTable', () => {
  it('lists every site', () => {
    renderWithData(<SitesTable />);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4); // header + 3 sites
  });

  it('says which sites are not drawn', () => {
    renderWithData(<SitesTable />);
    expect(screen.getByRole('row', { name: /Shanghai Qi Zhi Institute/ })).toHaveTextContent('not verified — not drawn');
  });

  it('says how precise the location of each drawn site is', () => {
    renderWithData(<SitesTable />);
    expect(screen.getByRole('row', { name: /Hongqiao One-Stop/ })).toHaveTextContent('approximate, ±1.5 km');
    expect(screen.getByRole('row', { name: /Exact University/ })).toHaveTextContent('within ±100 m');
  });

  it('selects a site from its row', async () => {
    renderWithData(<SitesTable />);
    await userEvent.click(screen.getByRole('button', { name: 'Shanghai Qi Zhi Institute' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'site', id: 'qi-zhi-institute' });
  });
});
