// Map labels as a reader meets them: district names never under a marker, a site the tour points
// at or the user selected named even at city zoom, names in the page's language (a name written
// for this map marked as such), and type large enough for a hall in presenter mode. Everything is
// read from the live map: the rendered features MapLibre placed, with the layout values each was
// drawn with (queryRenderedFeatures evaluates them per feature).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fetchData, mapCamera, settleMap, test, waitForMapIdle, type TestWindow } from './helpers';

interface SiteRow {
  id: string;
  layer: string;
  name_en: string;
  name_zh: string;
  name_zh_status: string;
  lon: number | null;
  lat: number | null;
}
interface ChapterRow {
  highlight: string[];
  camera: { zoom: number };
}
interface DistrictRow {
  properties: { code: string; name_en: string; name_zh: string };
}

/** A label as drawn: its layer, source, text, size in px, and the feature's own id properties. */
interface DrawnLabel {
  layer: string;
  source: string;
  text: string;
  size: number;
  id: string | undefined;
  code: string | undefined;
}

/** Every text label MapLibre placed in the view (symbol layers with a text-field), as drawn. */
function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const map = (window as TestWindow).__talentMap!;
    const textLayers = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers: textLayers }).map((f) => {
      // The layout as this feature was drawn: the text-field evaluated (a formatted value), the size in px.
      const layout = (f.layer.layout ?? {}) as Record<string, unknown>;
      const field = layout['text-field'] as { sections?: { text: string }[] } | string | undefined;
      const text = typeof field === 'string' ? field : (field?.sections ?? []).map((s) => s.text).join('');
      return {
        layer: f.layer.id,
        source: f.source,
        text,
        size: Number(layout['text-size']),
        id: f.properties['id'] as string | undefined,
        code: f.properties['code'] as string | undefined,
      };
    });
  });
}

async function sites(): Promise<SiteRow[]> {
  return (await fetchData<{ sites: SiteRow[] }>('sites.json')).sites;
}

/** Waits until the presenter's chapter camera has arrived and the map has drawn it. */
async function waitForChapter(page: Page): Promise<void> {
  await waitForMapIdle(page);
  await page.waitForFunction(() => performance.getEntriesByName('map-directed-move-end').length > 0, undefined, { timeout: 30_000 });
  await settleMap(page);
}

/** The chapter (1-based, as the URL counts) with the most highlighted sites, and those sites. */
async function chapterHighlightingSites(): Promise<{ number: number; chapter: ChapterRow; siteIds: string[] }> {
  const chapters = (await fetchData<{ chapters: ChapterRow[] }>('tour.json')).chapters;
  const ranked = chapters
    .map((chapter, i) => ({ number: i + 1, chapter, siteIds: chapter.highlight.filter((h) => h.startsWith('site:')).map((h) => h.slice(5)) }))
    .sort((a, b) => b.siteIds.length - a.siteIds.length);
  return ranked[0]!;
}

test('every site a tour chapter highlights is named on the map, at the chapter’s own camera', async ({ open }) => {
  const { number, chapter, siteIds } = await chapterHighlightingSites();
  expect(siteIds.length, 'the tour has a chapter that highlights sites').toBeGreaterThan(1);
  expect(chapter.camera.zoom, 'the chapter looks at the city from above street level').toBeLessThan(12);
  const all = await sites();
  const s = await open({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  await s.goto(`?mode=present&chapter=${number}`);
  await waitForChapter(s.page);
  const labels = (await drawnLabels(s.page)).filter((l) => l.source === 'sites');
  for (const id of siteIds) {
    const site = all.find((x) => x.id === id)!;
    const label = labels.find((l) => l.id === id);
    expect(label, `${id} is labelled in chapter ${number}`).toBeDefined();
    expect(label!.text.startsWith(site.name_en), `${id}'s label reads its English name`).toBe(true);
  }
});

test('a selected site is named at zoom 9, where other sites are not', async ({ open }) => {
  const all = await sites();
  const site = all.find((x) => x.id === 'sjtu-xuhui')!;
  const s = await open();
  await s.goto(`?sel=site:${site.id}&map=9/${site.lat}/${site.lon}`);
  await waitForMapIdle(s.page);
  expect((await mapCamera(s.page)).zoom).toBeCloseTo(9, 1);
  const labels = (await drawnLabels(s.page)).filter((l) => l.source === 'sites');
  expect(labels.map((l) => l.id)).toEqual([site.id]);
  expect(labels[0]!.text.startsWith(site.name_en)).toBe(true);
});

// The markers' drawn extent at city zoom is at most 6.75 px from their centre (radius plus ring);
// a box of 8 px either side errs on the side of finding an overlap.
const MARKER_HALF = 8;

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test(`no district name is covered by a site marker at the opening view (${viewport.width}×${viewport.height})`, async ({ open }) => {
    const s = await open({ viewport });
    await s.goto('');
    await waitForMapIdle(s.page);
    const result = await s.page.evaluate((half) => {
      const map = (window as TestWindow).__talentMap!;
      const layers = map.getStyle().layers;
      const markerLayers = layers.filter((l) => l.type === 'circle' && 'source' in l && l.source === 'sites').map((l) => l.id);
      const districtLabelLayers = layers.filter((l) => l.type === 'symbol' && 'source' in l && l.source === 'district-labels').map((l) => l.id);
      const markers = map.queryRenderedFeatures({ layers: markerLayers });
      const covered: string[] = [];
      for (const m of markers) {
        const p = map.project((m.geometry as GeoJSON.Point).coordinates as [number, number]);
        const hits = map.queryRenderedFeatures(
          [
            [p.x - half, p.y - half],
            [p.x + half, p.y + half],
          ],
          { layers: districtLabelLayers },
        );
        for (const h of hits) covered.push(`${String(h.properties['name_en'])} under ${String(m.properties['id'])}`);
      }
      const names = new Set(map.queryRenderedFeatures({ layers: districtLabelLayers }).map((f) => f.properties['code'] as string));
      return { markers: markers.length, districtNames: names.size, covered };
    }, MARKER_HALF);
    expect(result.markers, 'markers are drawn in the opening view').toBeGreaterThanOrEqual(10);
    expect(result.districtNames, 'most district names are shown').toBeGreaterThanOrEqual(10);
    expect(result.covered).toEqual([]);
  });
}

test('with lang=zh, district and site names are drawn in Chinese, a name written for the map marked', async ({ open }) => {
  const all = await sites();
  const districts = (await fetchData<{ features: DistrictRow[] }>('districts.geojson')).features;
  const translated = all.find((x) => x.name_zh_status === 'translation' && x.lon !== null && x.layer === 'service-centres')!;
  const s = await open();
  await s.goto('?lang=zh');
  await waitForMapIdle(s.page);
  const names = (await drawnLabels(s.page)).filter((l) => l.source === 'district-labels');
  expect(names.length, 'district names are drawn').toBeGreaterThanOrEqual(10);
  for (const n of names) expect(n.text).toBe(districts.find((d) => d.properties.code === n.code)!.properties.name_zh);

  await s.goto(`?lang=zh&layers=districts,service-centres&map=14/${translated.lat}/${translated.lon}`);
  await waitForMapIdle(s.page);
  const site = (await drawnLabels(s.page)).find((l) => l.id === translated.id);
  expect(site, `${translated.id} is labelled at zoom 14`).toBeDefined();
  expect(site!.text).toBe(`${translated.name_zh} （译名）`);

  await s.page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await settleMap(s.page);
  const english = await drawnLabels(s.page);
  expect(english.find((l) => l.id === translated.id)?.text).toBe(translated.name_en);
});

test('presenter mode draws every map label at 16 px or more', async ({ open }) => {
  const { number } = await chapterHighlightingSites();
  const s = await open({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await s.goto(`?mode=present&chapter=${number}`);
  await waitForChapter(s.page);
  const labels = await drawnLabels(s.page);
  expect(labels.some((l) => l.source === 'district-labels'), 'district names are drawn').toBe(true);
  expect(labels.some((l) => l.source === 'sites'), 'site names are drawn').toBe(true);
  const small = labels.filter((l) => !(l.size >= 16)).map((l) => `${l.layer}: ${l.text} at ${l.size} px`);
  expect(small).toEqual([]);

  // The dashboard at the same camera keeps its smaller desk type: the size is the mode's.
  await s.page.keyboard.press('Escape');
  await s.page.waitForFunction(() => !new URL(location.href).searchParams.has('mode'));
  // The dashboard builds a map of its own, which marks its own first complete frame.
  await s.page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length >= 2, undefined, { timeout: 30_000 });
  await waitForMapIdle(s.page);
  const desk = (await drawnLabels(s.page)).filter((l) => l.source === 'district-labels');
  expect(desk.length).toBeGreaterThan(0);
  expect(Math.min(...desk.map((l) => l.size))).toBeLessThan(16);
});
