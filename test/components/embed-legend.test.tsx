// The embed's compact legend draws each kind of site with the shape the map paints it with (one
// declaration: the registry's legend, drawn by LegendSwatch): a one-stop service centre is a
// filled dot, an exit-entry office a ring.
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { registerMetric, unregisterMetric } from '../../src/lib/metric-registry';
import { registerLayer, setRuntimeLayerVisible, unregisterLayer } from '../../src/features/map/runtime-registry';
import { DEFAULT_ANALYSIS } from '../../src/lib/url-state';
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

// A portal's saved map (`data=`): its metric colours the map, so the legend explains it with its
// unit, date and where it comes from ("unsourced" when nothing does); its points are listed by
// their name, as text.
function registerDesks(source: string | null): void {
  // Two of the fixture's three districts: Huangpu has no data.
  const values: Record<string, number> = { '310104': 80, '310105': 200 };
  registerMetric({
    id: 'imp-desks-0',
    unit: 'desks',
    kind: 'imported',
    fractionDigits: 0,
    needs: [],
    choropleth: true,
    labels: { en: 'Co-working desks', zh: 'Co-working desks' },
    provenance: { source, date: '2025-06' },
    row: (code) => ({ code, value: values[code] ?? null, unit: 'desks', qualifier: null, basis: [] }),
  });
}

describe('a saved map’s data in the legend', () => {
  afterEach(() => {
    unregisterMetric('imp-desks-0');
    unregisterLayer('imported-offices');
  });

  test('the choropleth of an imported metric has its name, unit, date and source', () => {
    registerDesks('Changning portal survey');
    renderWithData(<CompactLegend />, { metric: 'imp-desks-0', analysis: { ...DEFAULT_ANALYSIS, choropleth: { method: 'quantile', classes: 2 } } });
    const block = screen.getByTestId('embed-legend-choropleth');
    expect(block).toHaveTextContent('Co-working desks (desks)');
    expect(block).toHaveTextContent('Source: Changning portal survey. Date: 2025-06.');
    expect(block).toHaveTextContent('No data');
    expect(block).not.toHaveTextContent('unsourced');
  });

  test('an imported metric without a source says “unsourced” in its name and its note', () => {
    registerDesks(null);
    renderWithData(<CompactLegend />, { metric: 'imp-desks-0', analysis: { ...DEFAULT_ANALYSIS, choropleth: { method: 'quantile', classes: 2 } } });
    const block = screen.getByTestId('embed-legend-choropleth');
    expect(block).toHaveTextContent('Co-working desks (unsourced)');
    expect(block).toHaveTextContent('Unsourced: no source was given. Date: 2025-06.');
  });

  test('no choropleth, no block', () => {
    renderWithData(<CompactLegend />);
    expect(screen.queryByTestId('embed-legend-choropleth')).toBeNull();
  });

  test('an imported point layer is listed with its swatch and its name as text; hidden, it is not', () => {
    const name = '<img src=x onerror=alert(1)> offices';
    registerLayer({
      id: 'imported-offices',
      labels: { en: name, zh: name },
      legend: [{ kind: 'dot', colour: '#117733', edge: '#ffffff' }],
      sources: {},
      mapLayers: () => [],
      interactiveLayerIds: [],
      visible: true,
    });
    renderWithData(<CompactLegend />);
    const row = document.querySelector<HTMLElement>('[data-layer="imported-offices"]')!;
    expect(row.textContent).toBe(`${name} (added data)`);
    expect(row.querySelector('img')).toBeNull();
    expect(row.querySelector('svg')).not.toBeNull();
    act(() => setRuntimeLayerVisible('imported-offices', false));
    expect(document.querySelector('[data-layer="imported-offices"]')).toBeNull();
  });
});
