// District facts charted side by side: only the figures that share one metric, unit and year, and
// "no data" for every other district, whatever figure of another year or kind it has.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { metricDef } from '../../src/lib/metric-registry';
import { districtMetricRows } from '../../src/lib/metrics';
import { makeFact } from '../fixtures/builders';

const gdp = (subject: string, value: number, as_of: string, metric = 'gdp') => makeFact({ subject, metric, value, unit: 'yuan', as_of, source_id: `s-${subject}` });

const DISTRICTS = [{ code: '310115' }, { code: '310101' }, { code: '310112' }, { code: '310117' }];

function gdpRows(facts: ReturnType<typeof gdp>[]) {
  return Object.fromEntries(districtMetricRows('gdp-2024', DISTRICTS, facts, []).map((r) => [r.code, r.value]));
}

describe('the GDP 2024 metric', () => {
  it('charts a district’s own 2024 figure', () => {
    expect(gdpRows([gdp('310115', 1.78e12, '2024')])['310115']).toBe(1.78e12);
  });

  it('cites the fact it charts', () => {
    const [row] = districtMetricRows('gdp-2024', [{ code: '310101' }], [gdp('310101', 3.344e11, '2024')], []);
    expect(row!.basis.map((f) => f.source_id)).toEqual(['s-310101']);
  });

  it('shows no data for a district whose figure is of another year', () => {
    expect(gdpRows([gdp('310117', 1.637e11, '2020')])['310117']).toBeNull();
  });

  it('shows no data for a district that published only a forecast', () => {
    expect(gdpRows([gdp('310112', 3.2e11, '2024', 'gdp_expected')])['310112']).toBeNull();
  });

  it('shows no data for a figure dated within the year rather than for the year', () => {
    expect(gdpRows([gdp('310101', 2.0e11, '2024-09')])['310101']).toBeNull();
  });

  it('never colours the map: too few districts publish it', () => {
    expect(metricDef('gdp-2024')?.choropleth).toBe(false);
  });
});

describe('the real geo/ facts', () => {
  it('hold a 2024 GDP figure for at least two districts, so the chart compares something', () => {
    const csv = readFileSync(resolve(import.meta.dirname, '../../geo/facts.csv'), 'utf8');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const districts = rows.filter((r) => r.scope === 'district' && r.metric === 'gdp' && r.unit === 'yuan' && r.as_of === '2024').map((r) => r.subject);
    expect(new Set(districts).size).toBeGreaterThanOrEqual(2);
  });
});
