// The embed's text description: what the map shows in sentences, in the reader's language, with
// the metric's extremes written as the figures are (unit, qualifier), and what is missing said.
import { expect, test } from 'vitest';
import { translate } from '../../src/i18n/i18n';
import { describeView, type ViewFacts } from '../../src/lib/view-description';

const en = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate('en', key, vars);
const zh = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate('zh', key, vars);

const base: ViewFacts = {
  selection: null,
  layers: [
    { name: 'Changning', meaning: 'featured', sites: null },
    { name: 'Service centres', meaning: 'sites', sites: 7 },
  ],
  metric: {
    name: 'Population',
    digits: 0,
    rows: [
      { name: 'Pudong', value: 5_681_512, unit: 'people', qualifier: null },
      { name: 'Changning', value: 693_051, unit: 'people', qualifier: null },
      { name: 'Huangpu', value: null, unit: 'people', qualifier: null },
    ],
  },
};

test('says nothing is selected, and what is selected once something is', () => {
  expect(describeView(base, en, 'en')).toContain('Nothing is selected.');
  expect(describeView({ ...base, selection: { kind: 'district', name: 'Changning' } }, en, 'en')).toContain('Selected: Changning (district).');
});

test('names each visible layer with what it means, site layers with their count', () => {
  const text = describeView(base, en, 'en');
  expect(text).toContain('Changning (featured district, tinted in its colour)');
  expect(text).toContain('Service centres (points; sites on the map: 7)');
});

test('says when no layer is shown', () => {
  expect(describeView({ ...base, layers: [] }, en, 'en')).toContain('No layer is shown.');
});

test('gives the highest and lowest district with unit, and counts those without data', () => {
  const text = describeView(base, en, 'en');
  expect(text).toContain('highest Pudong (5,681,512 people)');
  expect(text).toContain('lowest Changning (693,051 people)');
  expect(text).toContain('No data for 1 district.');
});

test('a qualified figure keeps its qualifier', () => {
  const rows = [
    { name: 'A', value: 10, unit: 'people', qualifier: 'more than' as const },
    { name: 'B', value: 2, unit: 'people', qualifier: null },
  ];
  expect(describeView({ ...base, metric: { name: 'Count', digits: 0, rows } }, en, 'en')).toContain('highest A (more than 10 people)');
});

test('districts tied at the top are named together', () => {
  const rows = [
    { name: 'A', value: 5, unit: 'people', qualifier: null },
    { name: 'B', value: 5, unit: 'people', qualifier: null },
    { name: 'C', value: 1, unit: 'people', qualifier: null },
  ];
  expect(describeView({ ...base, metric: { name: 'Count', digits: 0, rows } }, en, 'en')).toContain('highest A, B (5 people)');
});

test('a metric with no figure at all says so rather than inventing extremes', () => {
  const rows = [{ name: 'A', value: null, unit: 'people', qualifier: null }];
  const text = describeView({ ...base, metric: { name: 'GDP', digits: 0, rows } }, en, 'en');
  expect(text).toContain('GDP: no district has a figure.');
  expect(text).not.toContain('highest');
});

test('in Chinese, the figures are written the Chinese way and lists joined with 、', () => {
  const text = describeView({ ...base, layers: [...base.layers, { name: '人才公寓', meaning: 'sites', sites: 3 }] }, zh, 'zh');
  expect(text).toContain('最高为Pudong（568.15万人）');
  expect(text).toContain('、人才公寓（3个地点，以圆点表示）');
});

test('the description changes with the selection', () => {
  const before = describeView(base, en, 'en');
  const after = describeView({ ...base, selection: { kind: 'site', name: 'Hongqiao Talent Hub' } }, en, 'en');
  expect(after).not.toBe(before);
  expect(after).toContain('Hongqiao Talent Hub (site)');
});
