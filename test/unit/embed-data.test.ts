// "Get the data" in the embed: the drawn sites of the visible layers and the metric rows, one CSV,
// every row with its sources; no data stays empty, formulas never run.
import { expect, test } from 'vitest';
import Papa from 'papaparse';
import type { Source } from '../../src/data/schemas';
import { EMBED_CSV_HEADER, embedCsv, embedSites } from '../../src/lib/embed-data';
import { makeFact, makeSite } from '../fixtures/builders';

const sources = new Map<string, Source>([
  ['census', { id: 'census', kind: 'official', publisher: 'Bureau', title: 'Census', date: '2021', url: 'https://stats.example/census' }],
  ['s1', { id: 's1', kind: 'news', publisher: 'Paper', title: 'Hub opens', date: null, url: null }],
]);
const drawn = makeSite({ id: 'hub', name_en: '=HYPERLINK("x")', lon: 121.4, lat: 31.2, precision_m: 50, source_ids: ['s1'] });
const hidden = makeSite({ id: 'flat', layer: 'talent-apartments', category: 'talent-apartment', lon: 121.5, lat: 31.2 });
const unmapped = makeSite({ id: 'nowhere' });

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data.filter((r) => r.length > 1);
}

function csv() {
  return embedCsv({
    sites: embedSites([drawn, hidden, unmapped], ['service-centres']),
    metric: 'population',
    rows: [
      { code: '310105', value: 693051, unit: 'people', qualifier: null, basis: [makeFact({ subject: '310105', metric: 'population', value: 693051, source_id: 'census' })] },
      { code: '310101', value: null, unit: 'people', qualifier: null, basis: [] },
    ],
    districts: [
      { code: '310105', name_en: 'Changning', name_zh: '长宁区' },
      { code: '310101', name_en: 'Huangpu', name_zh: '黄浦区' },
    ],
    sources,
    derivedNote: 'counted in this map',
  });
}

test('lists only the drawn sites of the visible layers', () => {
  expect(embedSites([drawn, hidden, unmapped], ['service-centres']).map((s) => s.id)).toEqual(['hub']);
});

test('one header, then the sites, then one row per district', () => {
  const [header, ...rows] = parse(csv());
  expect(header).toEqual([...EMBED_CSV_HEADER]);
  expect(rows.map((r) => `${r[0]}:${r[1]}`)).toEqual(['site:hub', 'district:310105', 'district:310101']);
});

test('a district figure carries its date and its source written out', () => {
  const row = parse(csv()).find((r) => r[1] === '310105')!;
  expect(row.slice(4, 9)).toEqual(['population', '693051', 'people', '', '2020']);
  expect(row[13]).toBe('Bureau, Census, 2021, https://stats.example/census');
});

test('a district without a value has an empty cell, never 0', () => {
  const row = parse(csv()).find((r) => r[1] === '310101')!;
  expect(row[5]).toBe('');
  expect(row[13]).toBe('counted in this map');
});

test('a site row has its place, precision and sources', () => {
  const row = parse(csv()).find((r) => r[1] === 'hub')!;
  expect(row.slice(9, 14)).toEqual(['121.4', '31.2', '50', 's1', 'Paper, Hub opens, date not stated']);
});

test('a name that looks like a formula is written as text', () => {
  const row = parse(csv()).find((r) => r[1] === 'hub')!;
  expect(row[2]).toBe(`'=HYPERLINK("x")`);
});
