import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartPanel } from '../../src/features/charts/chart-panel';
import { useAppStore } from '../../src/store/app-store';
import { renderWithData } from './render';

describe('ChartPanel', () => {
  it('shows "no data" for a district without a figure, never 0', async () => {
    renderWithData(<ChartPanel />);
    const table = await screen.findByRole('table');
    expect(table).toHaveTextContent('Huangpuno data');
    expect(table).not.toHaveTextContent('Huangpu0');
  });

  async function chooseServiceCentres() {
    renderWithData(<ChartPanel />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Metric' }), 'service-centres');
  }

  it('keeps the metric chosen in the select in the store', async () => {
    await chooseServiceCentres();
    expect(useAppStore.getState().metric).toBe('service-centres');
  });

  it('redraws the table for the metric chosen in the select', async () => {
    await chooseServiceCentres();
    expect(await screen.findByRole('table')).toHaveTextContent('Changning1 site');
  });
});
