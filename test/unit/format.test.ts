import { describe, expect, it } from 'vitest';
import { figureText, formatAmount, formatFigure, formatList, formatPartialDate, formatRadius } from '../../src/lib/format';

describe('formatFigure', () => {
  it('puts the qualifier and unit around the number in English', () => {
    expect(formatFigure({ value: 6750000, unit: 'people', qualifier: 'more than' }, 'en')).toBe('more than 6,750,000 people');
  });

  it('picks the English plural from the value', () => {
    expect(formatFigure({ value: 1, unit: 'people', qualifier: null }, 'en')).toBe('1 person');
  });

  it('glues a percent sign to the number in English', () => {
    expect(formatFigure({ value: 10.29, unit: '%', qualifier: null }, 'en')).toBe('10.29%');
  });

  it('uses Chinese qualifiers and measure words', () => {
    expect(formatFigure({ value: 94, unit: 'km2', qualifier: 'about' }, 'zh')).toBe('约94平方公里');
  });

  it('shows an unknown unit as given rather than dropping it', () => {
    expect(formatFigure({ value: 3, unit: 'widgets', qualifier: null }, 'en')).toBe('3 widgets');
  });
});

describe('large numbers', () => {
  it('writes a large count the Chinese way, in 万', () => {
    expect(formatFigure({ value: 6750000, unit: 'people', qualifier: null }, 'zh')).toBe('675万人');
  });

  it('keeps a decimal of 万 and the qualifier in Chinese', () => {
    expect(formatFigure({ value: 408000, unit: 'permits', qualifier: 'more than' }, 'zh')).toBe('超过40.8万份');
  });

  it('keeps every digit in English', () => {
    expect(formatFigure({ value: 408000, unit: 'permits', qualifier: 'more than' }, 'en')).toBe('more than 408,000 permits');
  });

  it('gives the exact figure, unit and qualifier included, beside an abbreviated one', () => {
    expect(figureText({ value: 6750000, unit: 'people', qualifier: null }, 'zh')).toEqual({ text: '675万人', exact: '6,750,000人' });
  });

  it('gives no exact figure when nothing was abbreviated', () => {
    expect(figureText({ value: 6750000, unit: 'people', qualifier: null }, 'en').exact).toBeNull();
  });

  it('leaves a count below 10,000 in full in Chinese', () => {
    expect(figureText({ value: 2944, unit: 'employers', qualifier: null }, 'zh')).toEqual({ text: '2,944家', exact: null });
  });

  it('never abbreviates a rate', () => {
    expect(formatFigure({ value: 18095, unit: 'people/km2', qualifier: null }, 'zh')).toBe('18,095人/平方公里');
  });

  it('writes sums of money in 亿 and 万亿 in Chinese', () => {
    expect(formatFigure({ value: 1780000000000, unit: 'yuan', qualifier: null }, 'zh')).toBe('1.78万亿元');
    expect(formatFigure({ value: 334400000000, unit: 'yuan', qualifier: null }, 'zh')).toBe('3344亿元');
  });

  it('writes billions of yuan in words in English, with the digits beside', () => {
    expect(figureText({ value: 163711000000, unit: 'yuan', qualifier: null }, 'en')).toEqual({
      text: '163.711 billion yuan',
      exact: '163,711,000,000 yuan',
    });
  });

  it('keeps every digit of a sum below a billion in English', () => {
    expect(formatFigure({ value: 1000000, unit: 'yuan', qualifier: 'up to' }, 'en')).toBe('up to 1,000,000 yuan');
  });

  it('rounds to the figure’s precision before abbreviating', () => {
    expect(formatAmount(5681512.4, 'people', 'zh', 0)).toBe('568.15万');
  });

  it('abbreviates a chart label as the figure is abbreviated', () => {
    expect(formatAmount(6750000, 'people', 'zh')).toBe('675万');
    expect(formatAmount(6750000, 'people', 'en')).toBe('6,750,000');
  });
});

describe('formatList', () => {
  it('separates Chinese items with the enumeration comma', () => {
    expect(formatList(['上海日报', '中国日报', '人民网'], 'zh')).toBe('上海日报、中国日报、人民网');
  });

  it('separates English items with commas', () => {
    expect(formatList(['Shanghai Daily', 'China Daily'], 'en')).toBe('Shanghai Daily, China Daily');
  });

  it('gives one item as it is and none as nothing', () => {
    expect(formatList(['人民网'], 'zh')).toBe('人民网');
    expect(formatList([], 'zh')).toBe('');
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatPartialDate('2023', 'en')).toBe('2023');
    expect(formatPartialDate('2023-12', 'en')).toBe('Dec 2023');
    expect(formatPartialDate('2022-02-25', 'en')).toBe('25 Feb 2022');
    expect(formatPartialDate(null, 'en')).toBeNull();
  });

  it('writes months and days with Chinese characters, not English names', () => {
    expect(formatPartialDate('2023-12', 'zh')).toBe('2023年12月');
    expect(formatPartialDate('2022-02-25', 'zh')).toBe('2022年2月25日');
  });
});

describe('formatRadius', () => {
  it('switches to kilometres at 1 km', () => {
    expect(formatRadius(700, 'en')).toBe('±700 m');
    expect(formatRadius(1500, 'en')).toBe('±1.5 km');
  });

  it('writes the Chinese unit against the number', () => {
    expect(formatRadius(3000, 'zh')).toBe('±3公里');
  });
});
