import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { districtMatcher, type DistrictNames } from '../../src/lib/import/district-match';
import { planDistrictTable } from '../../src/lib/import/district-table';
import { parseDelimited } from '../../src/lib/import/table';

// The real 16 districts, from the file the data build reads.
const DISTRICTS: DistrictNames[] = Papa.parse<DistrictNames>(readFileSync('geo/districts.csv', 'utf8'), { header: true, skipEmptyLines: true }).data.map(
  ({ code, name_en, name_zh }) => ({ code, name_en, name_zh }),
);
const matcher = districtMatcher(DISTRICTS);

/** Every way the tests write a district: code, names as given, and the forms people use. */
function forms(d: DistrictNames): string[] {
  const core = d.name_en.replace(/ New Area$/, '');
  const zhCore = d.name_zh.replace(/新区$|区$/, '');
  return [
    d.code,
    ` ${d.code} `,
    `${d.code}.0`,
    d.name_en,
    d.name_en.toUpperCase(),
    d.name_en.toLowerCase(),
    core,
    `${core} District`,
    `${core} district`,
    `${core}District`,
    `${core}-qu`,
    `Shanghai ${core} District`,
    `${core.replace(/'/g, '')}`,
    `${core.replace(/'/g, ' ')}`,
    d.name_zh,
    zhCore,
    `上海市${d.name_zh}`,
    `上海${zhCore}`,
    ` ${d.name_zh}\u3000`,
  ];
}

describe('district name matching', () => {
  it('has all 16 districts to match against', () => {
    expect(DISTRICTS).toHaveLength(16);
  });

  for (const d of DISTRICTS) {
    it(`matches every form of ${d.name_en} to ${d.code}`, () => {
      for (const f of forms(d)) expect([f, matcher.match(f)]).toEqual([f, d.code]);
    });
  }

  it('matches Pudong in the forms of the issue', () => {
    for (const f of ['Pudong', 'Pudong New Area', '浦东', '浦东新区', '310115', 'pudong new district']) expect(matcher.match(f)).toBe('310115');
  });

  it('leaves near-misses unmatched', () => {
    const misses = ['Pudon', 'Pudongg', 'Pu dong x', '浦', '浦东新', '东新区', 'Xuhu', 'Huangpu River', '31011', '3101150', '310100', '310119', 'District', '区', '新区', 'Shanghai', '上海', 'Jing', 'Chong', 'Minhang2', 'Songjiang Town', '', '   ', 'N/A'];
    for (const m of misses) expect([m, matcher.match(m)]).toEqual([m, null]);
  });
});

describe('district tables', () => {
  const csv = ['district,desks,note', 'Pudong,120,a', '徐汇区,"1,500",b', 'Nowhere,5,c', 'xuhui,7,dup', 'Changning,,empty', 'Huangpu,lots,bad'].join('\n');

  it('matches rows, lists unmatched and duplicate rows by their row number', () => {
    const { table } = parseDelimited(csv);
    const plan = planDistrictTable(table!, 0, [1], matcher);
    expect(plan.matched.map((m) => m.code)).toEqual(['310115', '310104', '310105', '310101']);
    expect(plan.unmatched).toEqual([
      { line: 4, value: 'Nowhere' },
      { line: 5, value: 'xuhui' },
    ]);
    expect(plan.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['noDistrict', 4, 'district'],
      ['duplicateDistrict', 5, 'district'],
      ['notNumber', 7, 'desks'],
    ]);
  });

  it('keeps an empty or non-numeric cell as no data, never 0', () => {
    const { table } = parseDelimited(csv);
    const plan = planDistrictTable(table!, 0, [1], matcher);
    expect(plan.values[0]).toEqual({ '310115': 120, '310104': 1500 });
    expect('310105' in plan.values[0]!).toBe(false);
    expect('310101' in plan.values[0]!).toBe(false);
  });
});
