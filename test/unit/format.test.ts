import { describe, expect, it } from 'vitest';
import { formatFigure, formatPartialDate, formatRadius } from '../../src/lib/format';

describe('formatFigure', () => {
  it('puts the qualifier and unit around the number in English', () => {
    expect(formatFigure({ value: 6750000, unit: 'people', qualifier: 'more than' }, 'en')).toBe('more than 6,750,000 people');
    expect(formatFigure({ value: 1, unit: 'people', qualifier: null }, 'en')).toBe('1 person');
    expect(formatFigure({ value: 10.29, unit: '%', qualifier: null }, 'en')).toBe('10.29%');
  });

  it('uses Chinese qualifiers and measure words', () => {
    expect(formatFigure({ value: 408000, unit: 'permits', qualifier: 'more than' }, 'zh')).toBe('超过408,000份');
    expect(formatFigure({ value: 94, unit: 'km2', qualifier: 'about' }, 'zh')).toBe('约94平方公里');
  });

  it('shows an unknown unit as given rather than dropping it', () => {
    expect(formatFigure({ value: 3, unit: 'widgets', qualifier: null }, 'en')).toBe('3 widgets');
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatPartialDate('2023', 'en')).toBe('2023');
    expect(formatPartialDate('2023-12', 'en')).toBe('Dec 2023');
    expect(formatPartialDate('2022-02-25', 'en')).toBe('25 Feb 2022');
    expect(formatPartialDate('2022-02-25', 'zh')).toBe('2022年2月25日');
    expect(formatPartialDate(null, 'en')).toBeNull();
  });
});

describe('formatRadius', () => {
  it('switches to kilometres at 1 km', () => {
    expect(formatRadius(700, 'en')).toBe('±700 m');
    expect(formatRadius(1500, 'en')).toBe('±1.5 km');
    expect(formatRadius(3000, 'zh')).toBe('±3 公里');
  });
});
