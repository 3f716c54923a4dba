// Chinese that reads as Chinese, and district facts with their sources: large figures in 万 with
// the exact figure one step away, publishers by their Chinese names, a translated name marked as
// such, and no word broken across lines at phone width.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { detailsRegion } from './app';
import { fetchData, PHONE_VIEWPORT, test, waitForMapIdle } from './helpers';

interface FactRecord {
  scope: string;
  subject: string;
  metric: string;
  source_id: string;
}
interface SiteRow {
  id: string;
  name_zh: string;
  name_zh_status: string;
}

const PUDONG = { code: '310115', en: 'Pudong New Area' } as const;

function otherFigures(page: Page) {
  return detailsRegion(page).getByRole('list', { name: 'Other figures', exact: true });
}

test('a district’s details list each of its own facts with a source', async ({ open }) => {
  const { facts } = await fetchData<{ facts: FactRecord[] }>('facts.json');
  const own = facts.filter((f) => f.scope === 'district' && f.subject === PUDONG.code && !['population', 'land_area'].includes(f.metric));
  expect(own.length, 'Pudong has district facts beyond its census figures').toBeGreaterThan(1);

  const s = await open();
  await s.goto(`?sel=district:${PUDONG.code}`);
  const items = otherFigures(s.page).getByRole('listitem');
  await expect.poll(() => items.count()).toBe(own.length);
  for (const item of await items.all()) {
    expect(await item.getByRole('button', { name: /^Source: / }).count(), await item.innerText()).toBe(1);
  }
});

test('a district fact shows its figure, date and publisher', async ({ open }) => {
  const s = await open();
  await s.goto(`?sel=district:${PUDONG.code}`);
  const gdp = otherFigures(s.page).getByRole('listitem').filter({ hasText: 'Gross domestic product' });
  await gdp.waitFor();
  const text = await gdp.innerText();
  expect(text).toContain('1.78 trillion yuan');
  expect(text).toContain('as of 2024');
  await gdp.getByRole('button', { name: /^Source: / }).click();
  await expect.poll(() => s.page.getByRole('dialog', { name: 'Source' }).innerText()).toMatch(/Publisher\s+Shanghai Daily/);
});

test('the Chinese dashboard writes large city figures in 万, the exact figure in the tooltip', async ({ open }) => {
  const s = await open();
  await s.goto('?lang=zh');
  const strip = s.page.getByRole('region', { name: '全市数据', exact: true });
  const talent = strip.getByText('675万人', { exact: true });
  await talent.waitFor();
  expect(await talent.getAttribute('title')).toBe('6,750,000人');
  expect(await strip.innerText()).not.toMatch(/\d{1,3}(,\d{3}){2}/);
});

test('the Chinese dashboard names publishers in Chinese', async ({ open }) => {
  const s = await open();
  await s.goto('?lang=zh');
  const strip = s.page.getByRole('region', { name: '全市数据', exact: true });
  await strip.getByRole('button', { name: /^来源：上海日报，\d{4}年$/ }).first().waitFor();
});

test('a Chinese name written for this map is marked as a translation, with a note', async ({ open }) => {
  const { sites } = await fetchData<{ sites: SiteRow[] }>('sites.json');
  const translated = sites.find((x) => x.name_zh_status === 'translation');
  expect(translated, 'the data has a translated name').toBeDefined();

  const s = await open();
  await s.goto(`?lang=zh&sel=site:${translated!.id}`);
  // The details panel's heading: the lazy Analyse panel brings a level-2 heading of its own.
  const heading = s.page.getByRole('region', { name: '详情', exact: true }).getByRole('heading', { level: 2 });
  await expect.poll(() => heading.innerText()).toBe(`${translated!.name_zh} （译名）`);
  await s.page.getByText('标有“译名”的名称由本地图译写，并非官方名称。', { exact: true }).waitFor();
});

/** Names of software, formats and keys that Chinese text writes in Latin letters too. */
// Names of products, formats, encodings, licences and authors, written the same way in Chinese text.
const LATIN_IN_CHINESE = new Set([
  ...['OpenStreetMap', 'Apache', 'ECharts', 'WGS84', 'PNG', 'CSV', 'GeoJSON', 'JSON', 'Ckmeans', 'Esc', 'Ctrl'],
  ...['TSV', 'UTF', 'GBK', 'GB18030', 'Excel', 'xlsx', 'MB', 'PMTiles', 'ODbL', 'GSHHG', 'Wessel', 'Smith'],
]);

test('the Chinese dashboard has no English outside text marked as English', async ({ open }) => {
  const s = await open();
  await s.goto('?lang=zh&sel=district:310115');
  await waitForMapIdle(s.page);
  await s.page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  await s.page.getByRole('heading', { level: 2, name: '浦东新区' }).waitFor();
  const words = await s.page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // Text in another language carries its own lang (a name with no Chinese form, a title).
      if (!el || el.closest('[lang]:not(html)')?.getAttribute('lang')?.startsWith('en')) continue;
      if (el.closest('noscript, code')) continue;
      found.push(...(node.textContent ?? '').match(/[A-Za-z]{2,}[A-Za-z0-9]*/g) ?? []);
    }
    const search = document.querySelector('input[type=search]');
    found.push(...(search?.getAttribute('placeholder')?.match(/[A-Za-z]{2,}/g) ?? []));
    return found;
  });
  expect([...new Set(words)].filter((w) => !LATIN_IN_CHINESE.has(w))).toEqual([]);
});

/**
 * Every place where a line ends between two Han characters of one word (by the browser's own
 * Chinese word segmenter), in the visible elements that match `selector`: "上海人才地/图".
 */
function wordsBrokenAcrossLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const han = /\p{Script=Han}/u;
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const broken: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      if (el.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const text = node.data;
        const boundaries = new Set([...segmenter.segment(text)].map((x) => x.index));
        let lastTop: number | null = null;
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const newLine = lastTop !== null && rect.top > lastTop + rect.height / 2;
          if (newLine && han.test(text[i - 1] ?? '') && han.test(text[i]!) && !boundaries.has(i)) broken.push(`${text.slice(0, i)}/${text.slice(i)}`);
          lastTop = rect.top;
        }
      }
    }
    return broken;
  }, selector);
}

test('at 390 px in Chinese, no word in the header, panel titles, names, figures or map credits is broken across lines', async ({ open }) => {
  const s = await open({ viewport: PHONE_VIEWPORT, mobile: true });
  await s.goto('?lang=zh&sel=district:310105');
  await waitForMapIdle(s.page);
  // Every panel open, so its headings, lists and figures are laid out at phone width.
  await s.page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  await s.page.getByRole('heading', { level: 2, name: '长宁区' }).waitFor();
  const broken = await wordsBrokenAcrossLines(s.page, 'header, summary, h2, h3, button, dt, .tag, .figure__value, .talent-map__attribution');
  expect(broken).toEqual([]);
});

test('at 390 px in Chinese, headings and buttons keep their words whole', async ({ open }) => {
  const s = await open({ viewport: PHONE_VIEWPORT, mobile: true });
  await s.goto('?lang=zh');
  const title = s.page.getByRole('heading', { level: 1, name: '上海人才地图' });
  await title.waitFor();
  const breaks = await title.evaluate((el) => getComputedStyle(el).wordBreak);
  expect(['keep-all', 'auto-phrase']).toContain(breaks);
  const share = s.page.getByRole('button', { name: '分享或嵌入' });
  expect(await share.evaluate((el) => getComputedStyle(el).wordBreak)).toBe(breaks);
});
