// The embed's layout numbers: tabs only when a chart and the map cannot share the body, and the
// content height a host's auto-height script is asked for.
import { expect, test } from 'vitest';
import { CHART_SHARE_MAX, MAP_HEIGHT, TABS_BELOW_PX, contentHeight, embedLayout, preferredMapHeight } from '../../src/lib/embed-layout';

test('without a chart there are never tabs', () => {
  expect(embedLayout(100, false)).toBe('stack');
});

test('with a chart, a body too low for both gives tabs', () => {
  expect(embedLayout(TABS_BELOW_PX - 1, true)).toBe('tabs');
});

test('with a chart, a body high enough stacks map and chart', () => {
  expect(embedLayout(TABS_BELOW_PX, true)).toBe('stack');
});

test('the map keeps a 4:3 shape within its bounds', () => {
  expect(preferredMapHeight(400)).toBe(300);
  expect(preferredMapHeight(200)).toBe(MAP_HEIGHT.min);
  expect(preferredMapHeight(2000)).toBe(MAP_HEIGHT.max);
});

test('map only: title, map and bar', () => {
  expect(contentHeight({ width: 400, head: 40, bar: 32, chart: null, table: null })).toBe(40 + 300 + 32);
});

test('with a chart the body holds the map and the whole chart, within the chart’s share', () => {
  const h = contentHeight({ width: 400, head: 0, bar: 32, chart: 480, table: null });
  const body = h - 32;
  expect(body).toBeGreaterThanOrEqual(300 + 480);
  expect(480 / body).toBeLessThanOrEqual(CHART_SHARE_MAX);
});

test('a short chart just adds its height', () => {
  expect(contentHeight({ width: 400, head: 0, bar: 30, chart: 100, table: null })).toBe(300 + 100 + 30);
});

test('the table view takes the table’s height, never less than the map had', () => {
  expect(contentHeight({ width: 400, head: 0, bar: 30, chart: 480, table: 900 })).toBe(930);
  expect(contentHeight({ width: 400, head: 0, bar: 30, chart: null, table: 120 })).toBe(330);
});

test('fractions round up to whole pixels', () => {
  expect(contentHeight({ width: 400, head: 10.2, bar: 30.1, chart: null, table: null })).toBe(341);
});
