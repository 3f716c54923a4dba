// The Reach section names the set it measures: the service centres, or the reader's own point
// layer once it is chosen (its name as text, never as markup), and the centres again once that
// layer is gone.
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { ReachSection } from '../../src/features/analysis/reach-section';
import { registerLayer, unregisterLayer } from '../../src/features/map/layers';
import { importedPointsEntry } from '../../src/features/map/imported-layers';
import { useSiteSetStore } from '../../src/store/site-set-store';
import { renderWithData } from './render';

const NAME = '<b>Shops</b> & cafés';

function registerShops(): void {
  const entry = importedPointsEntry({ id: 'shops', name: NAME, colour: '#117733', tileKey: 'shops.1', tiles: () => Promise.resolve(new ArrayBuffer(0)), tooltip: () => null });
  registerLayer({
    ...entry,
    places: { positions: () => [[121.47, 31.23]], nameAt: () => 'Shop', search: () => Promise.resolve([]), reach: null },
  });
}

afterEach(() => {
  unregisterLayer('imported-shops');
  useSiteSetStore.setState({ siteSet: null });
});

test('the title names the service centres, then the chosen imported layer as text, then the centres again', () => {
  registerShops();
  renderWithData(<ReachSection />);
  expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Reach of service centres$/);

  fireEvent.change(screen.getByTestId('site-set'), { target: { value: 'imported-shops' } });
  const heading = screen.getByRole('heading', { level: 3 });
  expect(heading.textContent).toBe(`Reach of “${NAME}”`);
  expect(heading.querySelector('b')).toBeNull();
  expect(heading.textContent).not.toContain('service centres');

  // The layer is removed (its dataset deleted): the section measures the centres again, and says so.
  act(() => unregisterLayer('imported-shops'));
  expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Reach of service centres$/);
});

test('in Chinese the title names the chosen layer too', () => {
  registerShops();
  renderWithData(<ReachSection />, { lang: 'zh' });
  fireEvent.change(screen.getByTestId('site-set'), { target: { value: 'imported-shops' } });
  expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`“${NAME}”的覆盖范围`);
});
