// The embed's compact legend draws each kind of site with the shape the map paints it with (one
// declaration: the registry's legend, drawn by LegendSwatch): a one-stop service centre is a
// filled dot, an exit-entry office a ring.
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { CompactLegend } from '../../src/features/embed/embed-legend';
import { PALETTES, SITE_SHAPES } from '../../src/features/map/palette';
import { renderWithData } from './render';
import * as fixture from '../fixtures/app-data';

function row(category: string, layer = 'service-centres'): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-layer="${layer}"] [data-category="${category}"]`);
  if (!el) throw new Error(`no legend row for ${category} in ${layer}`);
  return el;
}

test('every kind of site drawn in a visible layer has its own row, with its name', () => {
  renderWithData(<CompactLegend />);
  const drawn = new Set(fixture.sites.filter((s) => s.layer === 'service-centres' && s.lon !== null).map((s) => s.category));
  for (const c of drawn) expect(row(c)).toHaveTextContent(/\S/);
  expect(drawn.size).toBeGreaterThan(0);
});

test('a service centre is a filled dot in the layer’s colour, as on the map', () => {
  renderWithData(<CompactLegend />);
  const present = fixture.sites.some((s) => s.layer === 'service-centres' && s.category === 'service-centre' && s.lon !== null);
  if (!present) throw new Error('the fixture has no drawn service centre');
  const r = row('service-centre');
  expect(r.dataset.shape).toBe(SITE_SHAPES['service-centre']);
  expect(r.querySelector('circle')!.getAttribute('fill')).toBe(PALETTES.light.sites['service-centres']);
});

test('each row’s shape is the category’s shape on the map', () => {
  renderWithData(<CompactLegend />);
  const rows = [...document.querySelectorAll<HTMLElement>('[data-category]')];
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.dataset.shape).toBe(SITE_SHAPES[r.dataset.category as keyof typeof SITE_SHAPES]);
});

test('a hidden layer is not in the legend', () => {
  renderWithData(<CompactLegend />, { layers: ['districts'] });
  expect(document.querySelector('[data-layer="service-centres"]')).toBeNull();
  expect(screen.getByText('Legend')).toBeInTheDocument();
});
