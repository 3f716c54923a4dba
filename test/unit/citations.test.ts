// Citations on the printed page: publisher, title and date in full, in the reader's language and
// its punctuation; never an internal id, never cut short.
import { describe, expect, it } from 'vitest';
import { citationList, citationText } from '../../src/i18n/citations';
import type { Source } from '../../src/data/schemas';

const stats: Source = {
  id: 'sh-stats-2021',
  kind: 'official',
  publisher: 'Shanghai Municipal Statistics Bureau',
  publisher_zh: '上海市统计局',
  title: '上海市第七次全国人口普查主要数据公报',
  title_lang: 'zh',
  date: '2021-05-18',
  url: null,
};
const daily: Source = {
  id: 'shine-2023-lingang-55-key-projects-resume',
  kind: 'news',
  publisher: 'Shanghai Daily',
  publisher_zh: '上海日报',
  title: 'Group announces resumption of work on 55 key Lingang projects, a title long enough to wrap over several lines of a printed page',
  title_lang: 'en',
  date: '2023-02',
  url: 'https://www.shine.cn/',
};
const anonymous: Source = { id: 'anon', kind: 'article', publisher: '(not stated)', publisher_zh: null, title: 'What does Shanghai rely on to attract talents?', title_lang: 'en', date: null, url: null };
const noChineseName: Source = { ...daily, id: 'wr', publisher: 'WR Immigration', publisher_zh: null, date: '2019' };

describe('citationText', () => {
  it('cites in English with the title quoted, the date in words and the title’s language named', () => {
    expect(citationText(daily, 'en')).toBe(`Shanghai Daily, “${daily.title}”, Feb 2023.`);
    expect(citationText(stats, 'en')).toBe('Shanghai Municipal Statistics Bureau, “上海市第七次全国人口普查主要数据公报” (in Chinese), 18 May 2021.');
  });

  it('cites in Chinese with Chinese punctuation and the publisher’s Chinese name', () => {
    expect(citationText(stats, 'zh')).toBe('上海市统计局：《上海市第七次全国人口普查主要数据公报》，2021年5月18日。');
    expect(citationText(daily, 'zh')).toBe(`上海日报：《${daily.title}》（英文），2023年2月。`);
  });

  it('marks a publisher with no Chinese name as English, and says when there is no publisher or date', () => {
    expect(citationText(noChineseName, 'zh')).toMatch(/^WR Immigration ?（英文）：《/u);
    expect(citationText(anonymous, 'en')).toBe('“What does Shanghai rely on to attract talents?”, not stated.');
    expect(citationText(anonymous, 'zh')).toBe('《What does Shanghai rely on to attract talents?》（英文），未注明。');
  });

  it('never shortens a title and never shows an id', () => {
    for (const lang of ['en', 'zh'] as const) {
      const text = citationText(daily, lang);
      expect(text).toContain(daily.title);
      expect(text).not.toContain('…');
      expect(text).not.toContain(daily.id);
    }
  });
});

describe('citationList', () => {
  it('lists each source once, sorted, and leaves out ids it does not know', () => {
    const sources = new Map([stats, daily, anonymous].map((s) => [s.id, s]));
    const list = citationList(['sh-stats-2021', daily.id, 'sh-stats-2021', 'unknown-id', 'anon'], sources, 'en');
    expect(list).toHaveLength(3);
    expect(list.join(' ')).not.toContain('unknown-id');
    expect([...list].sort(new Intl.Collator('en-GB').compare)).toEqual(list);
  });
});
