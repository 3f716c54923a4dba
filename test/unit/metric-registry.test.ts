import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_METRIC_IDS, hasMetric, metricDef, metricIds, registerMetric, unregisterMetric, type MetricDef } from '../../src/lib/metric-registry';
import { districtMetricRows } from '../../src/lib/metrics';
import { decodeUrlState } from '../../src/lib/url-state';
import { handleHostMessage } from '../../src/lib/embed-messages';
import { metricName } from '../../src/i18n/metric-names';

/** A metric a user brings: values per district code, with its own names. */
function imported(id: string, values: Record<string, number>): MetricDef {
  return {
    id,
    unit: 'desks',
    kind: 'imported',
    fractionDigits: 0,
    needs: [],
    choropleth: true,
    labels: { en: 'Co-working desks' },
    row: (code) => ({ code, value: values[code] ?? null, unit: 'desks', qualifier: null, basis: [] }),
  };
}

afterEach(() => {
  unregisterMetric('desks');
});

describe('the metrics registry', () => {
  it('declares every built-in metric with a unit and a way to compute it', () => {
    for (const id of BUILT_IN_METRIC_IDS) {
      const def = metricDef(id)!;
      expect(def.unit).not.toBe('');
      expect(typeof def.row).toBe('function');
    }
  });

  it('lists a metric registered at run time after the built-ins', () => {
    registerMetric(imported('desks', {}));
    expect(metricIds().slice(0, BUILT_IN_METRIC_IDS.length)).toEqual(BUILT_IN_METRIC_IDS);
    expect(metricIds().at(-1)).toBe('desks');
  });

  it('computes rows of a run-time metric, with "no data" where a district has none', () => {
    registerMetric(imported('desks', { '310105': 120 }));
    const rows = districtMetricRows('desks', [{ code: '310105' }, { code: '310104' }], [], []);
    expect(rows.map((r) => r.value)).toEqual([120, null]);
  });

  it('refuses a second metric with an id already taken', () => {
    expect(() => registerMetric(imported('population', {}))).toThrow(/already exists/);
  });

  it('keeps the built-ins when asked to remove one', () => {
    unregisterMetric('population');
    expect(hasMetric('population')).toBe(true);
  });

  it('accepts a registered metric in a link', () => {
    registerMetric(imported('desks', {}));
    expect(decodeUrlState('?metric=desks').metric).toBe('desks');
  });

  it('falls back to the default metric for an unknown one in a link', () => {
    registerMetric(imported('desks', {}));
    expect(decodeUrlState('?metric=nope').metric).toBe('population');
  });

  it('lets a host set a registered metric in the embed', () => {
    registerMetric(imported('desks', {}));
    const host = 'https://portal.example.org';
    const r = handleHostMessage({ type: 'talent-map:command', version: 1, command: 'set-metric', metric: 'desks' }, host, new Set([host]), null);
    expect(r).toMatchObject({ ok: true, action: { kind: 'set-metric', metric: 'desks' } });
  });

  it('names a run-time metric by its own label, marked where this language has none', () => {
    registerMetric(imported('desks', {}));
    expect(metricName('desks', 'en')).toBe('Co-working desks');
    expect(metricName('desks', 'zh')).toMatch(/^Co-working desks .+/);
  });

  it('names a built-in metric from the catalogue', () => {
    expect(metricName('density', 'en')).toBe('Population density');
  });
});
