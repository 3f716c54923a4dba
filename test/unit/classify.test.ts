// Classification against hand-worked cases: the breaks, which class each district gets, the
// colours, and what happens with empty inputs, one district, ties and missing values.
import { describe, expect, it } from 'vitest';
import { classify, classIndex, computeBreaks, NO_DATA_COLOUR, parseBreaks, SEQUENTIAL } from '../../src/lib/classify';

const rows = (values: (number | null)[]) => values.map((value, i) => ({ code: `c${i}`, value }));

describe('computeBreaks', () => {
  it('equal intervals split the range evenly', () => {
    // 0..100 in 4 classes: 25, 50, 75.
    expect(computeBreaks([0, 10, 40, 100], 'equal', 4)).toEqual([25, 50, 75]);
  });

  it('quantiles put the same number of values in each class', () => {
    // 1..6 in 3 classes: the 1/3 and 2/3 quantiles, interpolated (8/3 and 13/3), two values each.
    const b = computeBreaks([1, 2, 3, 4, 5, 6], 'quantile', 3);
    expect(b[0]).toBeCloseTo(8 / 3);
    expect(b[1]).toBeCloseTo(13 / 3);
    expect(classify(rows([1, 2, 3, 4, 5, 6]), 'quantile', 3).bins.map((x) => x.count)).toEqual([2, 2, 2]);
  });

  it('natural breaks find the gaps between clusters', () => {
    // Three obvious groups: breaks at the first value of the second and third group.
    expect(computeBreaks([1, 2, 3, 50, 51, 52, 100, 101], 'jenks', 3)).toEqual([50, 100]);
  });

  it('returns no breaks for no values or a single distinct value', () => {
    expect(computeBreaks([], 'jenks', 5)).toEqual([]);
    expect(computeBreaks([7], 'quantile', 5)).toEqual([]);
    expect(computeBreaks([7, 7, 7], 'equal', 5)).toEqual([]);
  });

  it('drops duplicate breaks that ties produce', () => {
    const b = computeBreaks([1, 1, 1, 1, 1, 9], 'quantile', 4);
    expect(new Set(b).size).toBe(b.length);
    for (let i = 1; i < b.length; i++) expect(b[i]).toBeGreaterThan(b[i - 1]!);
  });
});

describe('classify', () => {
  it('colours each district from its class, lowest lightest', () => {
    const c = classify(rows([0, 10, 40, 100]), 'equal', 4);
    expect(c.breaks).toEqual([25, 50, 75]);
    expect(c.bins.map((b) => b.colour)).toEqual(SEQUENTIAL[4]);
    expect(c.colourOf).toEqual({ c0: SEQUENTIAL[4]![0], c1: SEQUENTIAL[4]![0], c2: SEQUENTIAL[4]![1], c3: SEQUENTIAL[4]![3] });
  });

  it('counts the districts in each class', () => {
    expect(classify(rows([0, 10, 40, 100]), 'equal', 4).bins.map((b) => b.count)).toEqual([2, 1, 0, 1]);
  });

  it('draws missing values as no data, never as the lowest class', () => {
    const c = classify(rows([5, null, 10, null]), 'equal', 3);
    expect(c.noData).toEqual(['c1', 'c3']);
    expect(c.colourOf.c1).toBe(NO_DATA_COLOUR);
    expect(c.bins.reduce((n, b) => n + b.count, 0)).toBe(2);
  });

  it('makes no classes from an empty input', () => {
    expect(classify([], 'jenks', 5).bins).toEqual([]);
  });

  it('makes no classes from an all-missing input, drawing every district as no data', () => {
    const c = classify(rows([null, null]), 'jenks', 5);
    expect(c.bins).toEqual([]);
    expect(c.colourOf).toEqual({ c0: NO_DATA_COLOUR, c1: NO_DATA_COLOUR });
  });

  it('puts a single district in one class', () => {
    const c = classify(rows([42]), 'quantile', 5);
    expect(c.bins).toHaveLength(1);
    expect(c.bins[0]).toMatchObject({ from: 42, to: 42, count: 1 });
  });

  it('applies valid custom breaks', () => {
    const custom = classify(rows([0, 10, 40, 100]), 'equal', 4, [20, 60]);
    expect(custom.method).toBe('custom');
    expect(custom.breaks).toEqual([20, 60]);
    expect(custom.bins.map((b) => b.count)).toEqual([2, 1, 1]);
  });

  it('ignores custom breaks outside the data, keeping the chosen method', () => {
    const outside = classify(rows([0, 10, 40, 100]), 'equal', 4, [200, 300]);
    expect(outside.method).toBe('equal');
  });

  it('puts a value equal to a break in the upper class', () => {
    expect(classIndex(25, [25, 50])).toBe(1);
    expect(classIndex(24.9, [25, 50])).toBe(0);
  });

  it('puts the maximum in the last class', () => {
    expect(classIndex(100, [25, 50])).toBe(2);
  });
});

describe('parseBreaks', () => {
  it('accepts increasing numbers inside the range, with Chinese commas too', () => {
    expect(parseBreaks('10, 20，50', 0, 100)).toEqual({ ok: true, breaks: [10, 20, 50] });
  });
  it.each([
    ['abc', 'not-numbers'],
    ['', 'not-numbers'],
    ['10', 'count'],
    ['1,2,3,4,5,6,7', 'count'],
    ['20, 10', 'order'],
    ['10, 10', 'order'],
    ['0, 10', 'range'],
    ['10, 200', 'range'],
  ])('rejects %j (%s)', (text, reason) => {
    expect(parseBreaks(text, 0, 100)).toEqual({ ok: false, reason });
  });
});
