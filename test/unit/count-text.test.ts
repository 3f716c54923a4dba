// Counts in the interface's sentences: the number as the language writes it and the noun in the
// plural category Intl.PluralRules gives for it (English: one / other; Chinese has no plural and
// one form with its measure word), so "1 point will be added" and "3 points will be added" come
// from one message.
import { describe, expect, it } from 'vitest';
import { countText } from '../../src/lib/format';
import { COUNT_NOUNS } from '../../src/i18n/messages/format';
import { translate } from '../../src/i18n/i18n';

describe('countText', () => {
  it('takes the singular for one and the plural for everything else in English', () => {
    expect(countText('points', 1, 'en')).toBe('1 point');
    expect(countText('points', 0, 'en')).toBe('0 points');
    expect(countText('points', 2, 'en')).toBe('2 points');
    expect(countText('rows', 1, 'en')).toBe('1 row');
    expect(countText('datasets', 1, 'en')).toBe('1 dataset');
    expect(countText('districts', 16, 'en')).toBe('16 districts');
    expect(countText('moreSources', 1, 'en')).toBe('1 more source');
    expect(countText('moreSources', 12, 'en')).toBe('12 more sources');
  });

  it('writes the number as the language groups it', () => {
    expect(countText('rows', 200_000, 'en')).toBe('200,000 rows');
    expect(countText('points', 100_000, 'zh')).toBe('100,000个点');
  });

  it('has one Chinese form with its measure word, whatever the number', () => {
    expect(countText('points', 1, 'zh')).toBe('1个点');
    expect(countText('points', 3, 'zh')).toBe('3个点');
    expect(countText('rows', 1, 'zh')).toBe('1行');
    expect(countText('datasets', 2, 'zh')).toBe('2组数据');
    expect(countText('districts', 1, 'zh')).toBe('1个区');
    expect(countText('moreSources', 1, 'zh')).toBe('另有1个来源');
  });

  it('has a phrase with the number for every noun in every language', () => {
    for (const noun of COUNT_NOUNS) {
      for (const lang of ['en', 'zh'] as const) {
        for (const n of [0, 1, 2, 21, 1000]) expect(countText(noun, n, lang)).toContain(n === 1000 ? '1,000' : String(n));
      }
    }
  });
});

describe('sentences with counts', () => {
  it('read right for one and for many', () => {
    const summary = (points: number, rows: number) =>
      translate('en', 'import.summary.points', { points: countText('points', points, 'en'), skipped: countText('rows', rows, 'en') });
    expect(summary(1, 1)).toBe('1 point will be added, 1 row skipped.');
    expect(summary(3, 0)).toBe('3 points will be added, 0 rows skipped.');
    expect(translate('zh', 'import.summary.points', { points: countText('points', 1, 'zh'), skipped: countText('rows', 2, 'zh') })).toBe('将添加1个点，跳过2行。');
    expect(translate('en', 'import.savedOpened', { datasets: countText('datasets', 1, 'en') })).toBe('Opened the saved map with 1 dataset.');
    expect(translate('en', 'import.summary.districts', { matched: countText('rows', 1, 'en'), unmatched: countText('rows', 2, 'en') })).toBe(
      '1 row matched to districts, 2 rows not matched.',
    );
    expect(translate('en', 'describe.metricMissing', { districts: countText('districts', 1, 'en') })).toBe('No data for 1 district.');
  });
});
