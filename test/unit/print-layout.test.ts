// The printed page's composition on every paper and orientation, in English and Chinese, with long
// titles, a legend and a list of sources as long as this map's data gives (34 rows, 40 sources): every block inside the page, no two blocks
// overlapping, no line wider than its box, every citation on the page, and a scale bar whose label
// never touches its bar.
import { describe, expect, it } from 'vitest';
import { composePage, pageSize, screenPage, ORIENTATIONS, PAPERS, type PageInput } from '../../src/lib/print-layout';
import { boxesOverlap, boxInside, lineHeight, type Box, type MeasureFont } from '../../src/lib/print-flow';
import { roundLength, scaleBarLayout } from '../../src/lib/scale-bar';

/** A stand-in for a font: half an em per Latin character (bold a little wider), a full em per Han character. */
const measure: MeasureFont = (s, font) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 1 : font.weight === 600 ? 0.58 : 0.52), 0) * font.size;

const TEXT = {
  en: {
    title: 'Shanghai Talent Map: service centres, talent apartments and universities across the sixteen districts, with the reach of the one-stop centres',
    subtitle: 'Population density (people per km²); Layers: Pudong, Xuhui, Changning, Hongqiao CBD, Zhangjiang Lab, Talent apartments, Service centres, All districts, Universities and institutes',
    row: (i: number) => `≥ ${i},100,000 to < ${i + 1},200,000 people/km²`,
    citation: (i: number) => `Shanghai Municipal Statistics Bureau ${i}, “Shanghai Statistical Yearbook ${2000 + i}: district population”, Dec ${2000 + i}.`,
  },
  zh: {
    title: '上海人才地图：十六个区的服务中心、人才公寓与高校分布，以及一站式服务中心的覆盖范围（直线距离）',
    subtitle: '人口密度（人/平方公里）；图层：浦东、徐汇、长宁、虹桥商务区、张江实验室、人才公寓、服务中心、全部区、高校与研究机构',
    row: (i: number) => `${i}万（含）至${i + 1}万（不含）人每平方公里`,
    citation: (i: number) => `上海市统计局${i}：《上海统计年鉴${2000 + i}：各区常住人口》，${2000 + i}年12月。`,
  },
} as const;

function input(lang: 'en' | 'zh', paper: 'A4' | 'A3', orientation: 'portrait' | 'landscape', rows = 34, sources = 40): PageInput<string> {
  const x = TEXT[lang];
  return {
    page: pageSize(paper, orientation),
    title: x.title,
    subtitle: x.subtitle,
    legendTitle: lang === 'en' ? 'Legend' : '图例',
    legend: Array.from({ length: rows }, (_, i) =>
      i % 9 === 0 ? { kind: 'heading' as const, text: `${x.row(i)} heading` } : { kind: 'row' as const, text: x.row(i), swatch: `s${i}`, indent: i % 3 === 0 },
    ),
    sourcesHeading: lang === 'en' ? 'Sources' : '来源',
    citations: Array.from({ length: sources }, (_, i) => x.citation(i)),
    moreSources: (n) => `and ${n} more`,
    attribution: '© OpenStreetMap contributors (ODbL), © GSHHG (Wessel & Smith), District outlines: Apache ECharts 4.9.0 (converted to WGS84)',
    exported: lang === 'en' ? 'Exported 2 Dec 2026 from the Shanghai Talent Map.' : '2026年12月2日导出自上海人才地图。',
    measure,
  };
}

describe('pageSize', () => {
  it('gives ISO paper at 300 dpi', () => {
    expect(pageSize('A4', 'portrait')).toMatchObject({ widthMm: 210, heightMm: 297, widthPx: 2480, heightPx: 3508, dpi: 300 });
    expect(pageSize('A4', 'landscape')).toMatchObject({ widthMm: 297, heightMm: 210, widthPx: 3508, heightPx: 2480 });
    expect(pageSize('A3', 'portrait')).toMatchObject({ widthMm: 297, heightMm: 420, widthPx: 3508, heightPx: 4961 });
    expect(pageSize('A3', 'landscape')).toMatchObject({ widthPx: 4961, heightPx: 3508 });
  });

  it('gives the screen target the map’s size at the device pixel ratio', () => {
    expect(screenPage(900, 700, 2)).toMatchObject({ widthPx: 1800, heightPx: 1400, dpi: 192 });
  });
});

describe('composePage', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const paper of PAPERS) {
      for (const orientation of ORIENTATIONS) {
        it(`${paper} ${orientation} in ${lang}: blocks inside the page, none overlapping, every line within its box`, () => {
          const page = composePage(input(lang, paper, orientation));
          const sheet: Box = { x: 0, y: 0, w: page.page.widthPx, h: page.page.heightPx };
          const blocks = Object.entries(page.blocks);
          for (const [name, box] of blocks) {
            expect(boxInside(box, sheet), `${name} inside the page`).toBe(true);
            expect(box.h, `${name} has a height`).toBeGreaterThan(0);
          }
          for (let i = 0; i < blocks.length; i++) {
            for (let j = i + 1; j < blocks.length; j++) {
              expect(boxesOverlap(blocks[i]![1], blocks[j]![1]), `${blocks[i]![0]} / ${blocks[j]![0]}`).toBe(false);
            }
          }
          for (const line of page.lines) {
            expect(measure(line.text, line.font)).toBeLessThanOrEqual(line.w + 1e-6);
            const box: Box = { x: line.x, y: line.y, w: measure(line.text, line.font), h: lineHeight(line.font) };
            expect(boxInside(box, sheet)).toBe(true);
            expect(boxesOverlap(box, page.map), `"${line.text}" over the map`).toBe(false);
            for (const s of page.swatches) expect(boxesOverlap(box, s.box), `"${line.text}" over a swatch`).toBe(false);
          }
          // Lines never overlap one another.
          const boxes = page.lines.map((l) => ({ x: l.x, y: l.y, w: measure(l.text, l.font), h: lineHeight(l.font) - 1e-6 }));
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
          // Even with this much text the map keeps a fifth of the page, and every source is cited in full.
          expect(page.map.w * page.map.h).toBeGreaterThan(0.2 * sheet.w * sheet.h);
          expect(page.omittedSources).toBe(0);
          const text = page.lines.map((l) => l.text).join('').replace(/\s+/gu, '');
          for (const c of input(lang, paper, orientation).citations) expect(text).toContain(c.replace(/\s+/gu, ''));
          expect(page.swatches).toHaveLength(input(lang, paper, orientation).legend.filter((r) => r.swatch).length);
        });
      }
    }
  }

  it('says how many sources it left off a page too small for them all, rather than cutting one short', () => {
    const small = { ...input('en', 'A4', 'landscape', 10, 400), page: screenPage(800, 600, 1) };
    const page = composePage(small);
    expect(page.omittedSources).toBeGreaterThan(0);
    expect(page.lines.some((l) => l.text.startsWith('and '))).toBe(true);
    for (const l of page.lines) expect(l.text).not.toMatch(/…$/u);
  });
});

describe('scaleBarLayout', () => {
  it('picks a round length that fits, drawn at the printed map’s metres per pixel', () => {
    expect(roundLength(10, 300)).toEqual({ metres: 2000, pixels: 200 });
    expect(roundLength(40, 300)).toEqual({ metres: 10000, pixels: 250 });
  });

  it('puts the label above the bar, never on it, for any scale and size', () => {
    for (const mpp of [0.5, 3, 17, 120, 900]) {
      for (const size of [10, 31, 60]) {
        const box = { x: 100, y: 200, w: 400, h: 180 };
        const s = scaleBarLayout(box, mpp, size, (m) => (m >= 1000 ? `${m / 1000} km` : `${m} m`), (t) => t.length * size * 0.55);
        expect(boxesOverlap(s.label, s.bar)).toBe(false);
        expect(s.label.y + s.label.h).toBeLessThan(s.bar.y);
        expect(s.bar.w).toBeLessThanOrEqual(box.w);
        expect(s.bar.w * mpp).toBeCloseTo(s.metres, 6);
        expect(String(s.metres)).toMatch(/^[125]0*$|^0\.[0-9]*[125]$/u);
      }
    }
  });
});
