// The layers panel: a "Layers" group of nine named checkboxes that drive the store.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LayersPanel } from '../../src/features/map/layers-panel';
import { useAppStore } from '../../src/store/app-store';
import { renderWithData } from './render';

const NAMES = [
  'Pudong',
  'Xuhui',
  'Changning',
  'Hongqiao CBD',
  'Zhangjiang Lab',
  'Talent apartments',
  'Service centres',
  'All districts',
  'Universities and institutes',
];

describe('LayersPanel', () => {
  it('is a group named "Layers" with one checkbox per layer, named exactly', () => {
    renderWithData(<LayersPanel />);
    const group = screen.getByRole('group', { name: 'Layers' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(9);
    for (const name of NAMES) expect(within(group).getByRole('checkbox', { name })).toBeChecked();
  });

  it('groups the layers under featured districts, talent infrastructure and context', () => {
    renderWithData(<LayersPanel />);
    const featured = screen.getByRole('group', { name: 'Featured districts' });
    expect(within(featured).getAllByRole('checkbox')).toHaveLength(3);
    for (const name of ['Pudong', 'Xuhui', 'Changning']) expect(within(featured).getByRole('checkbox', { name })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Talent infrastructure' })).getAllByRole('checkbox')).toHaveLength(4);
    expect(within(screen.getByRole('group', { name: 'Context' })).getAllByRole('checkbox')).toHaveLength(2);
  });

  async function uncheckPudong() {
    const user = userEvent.setup();
    renderWithData(<LayersPanel />);
    const pudong = screen.getByRole('checkbox', { name: 'Pudong' });
    await user.click(pudong);
    return { user, pudong };
  }

  it('hides a layer in the store when it is unchecked, leaving the others', async () => {
    const { pudong } = await uncheckPudong();
    expect(pudong).not.toBeChecked();
    expect(useAppStore.getState().layers).not.toContain('pudong');
    expect(useAppStore.getState().layers).toContain('xuhui');
  });

  it('shows an unchecked layer again when it is checked', async () => {
    const { user, pudong } = await uncheckPudong();
    await user.click(pudong);
    expect(useAppStore.getState().layers).toContain('pudong');
  });

  it('reflects the store: a layer hidden by a link is unchecked', () => {
    renderWithData(<LayersPanel />, { layers: ['districts'] });
    expect(screen.getByRole('checkbox', { name: 'All districts' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Pudong' })).not.toBeChecked();
  });

  it('explains schematic outlines in the legend', () => {
    renderWithData(<LayersPanel />);
    // One per schematic area layer: Hongqiao CBD and Zhangjiang.
    expect(screen.getAllByText('Schematic outline, not an official boundary')).toHaveLength(2);
  });

  it('explains approximate locations in the legend', () => {
    renderWithData(<LayersPanel />);
    // The fixture has one approximate service centre and no other approximate site.
    expect(screen.getAllByText('Approximate location (dashed circle)')).toHaveLength(1);
  });

  it('speaks Chinese in zh mode', () => {
    renderWithData(<LayersPanel />, { lang: 'zh' });
    const group = screen.getByRole('group', { name: '图层' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(9);
    expect(within(group).getByRole('checkbox', { name: '浦东' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: '高校与研究机构' })).toBeInTheDocument();
  });
});
