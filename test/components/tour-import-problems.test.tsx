// A Chinese reader imports a broken tour file in the tour builder: the file is refused and every
// problem is listed in Chinese, naming the chapter (number and id) and the field, with the file's
// ids and values as written and its markup as text.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import bbox from '@turf/bbox';
import { TourPicker } from '../../src/features/tour-builder/tour-picker';
import * as fixture from '../fixtures/app-data';
import { renderWithData } from './render';

const [minLng, minLat, maxLng, maxLat] = bbox(fixture.districts);

/** A two-chapter tour that passes every check against the fixture data. */
function goodTour() {
  const chapter = (id: string) => ({
    id,
    title: { en: `Chapter ${id}`, zh: `章节${id}` },
    text: { en: 'Words.', zh: '正文。' },
    camera: { center: [(minLng + maxLng) / 2, (minLat + maxLat) / 2], zoom: 10, bearing: 0, pitch: 0 },
    layers: ['districts'],
    highlight: ['site:exact-site'],
    facts: ['city:310000:talent_total:2023-12'],
    sources: ['seed-001'],
    distances: [],
    list_unmapped: false,
  });
  return { title: { en: 'Talk', zh: '演讲' }, chapters: [chapter('opening'), chapter('xuhui-ai')] };
}

async function importFile(tour: unknown) {
  const input = screen.getByLabelText('导入导览文件…');
  await waitEnabled(input as HTMLInputElement);
  fireEvent.change(input, { target: { files: [new File([JSON.stringify(tour)], 'talk.tour.json', { type: 'application/json' })] } });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('此文件未导入，未做任何更改：');
  return within(alert).getAllByRole('listitem').map((li) => li.textContent);
}

/** The input waits for the data the checks need; the fixture has it at once, after a render. */
async function waitEnabled(input: HTMLInputElement) {
  for (let i = 0; i < 50 && input.disabled; i++) await new Promise((r) => setTimeout(r, 10));
  expect(input.disabled).toBe(false);
}

describe('importing a broken tour file in Chinese', () => {
  it('names the chapter and field of each problem the data finds, in Chinese', async () => {
    const tour = goodTour();
    tour.chapters[1]!.facts.push('city:310000:invented:2020');
    tour.chapters[1]!.highlight.push('site:no-such-site');
    renderWithData(<TourPicker />, { mode: 'build', lang: 'zh' });
    expect(await importFile(tour)).toEqual([
      '第2章（xuhui-ai）· highlight[1]：未知的地点编号“no-such-site”',
      '第2章（xuhui-ai）· facts[1]：未知的数据编号“city:310000:invented:2020”',
    ]);
  });

  it('words the schema’s problems in Chinese too: a missing translation, an unknown layer, a zoom out of range', async () => {
    const tour = goodTour();
    delete (tour.chapters[0]!.text as { zh?: string }).zh;
    tour.chapters[1]!.layers.push('<b>metro</b>');
    tour.chapters[1]!.camera.zoom = 30;
    renderWithData(<TourPicker />, { mode: 'build', lang: 'zh' });
    const items = await importFile(tour);
    expect(items).toEqual([
      '第1章（opening）· text.zh：缺少译文（为空或未填写）',
      '第2章（xuhui-ai）· camera.zoom：30大于最大值17',
      expect.stringMatching(/^第2章（xuhui-ai）· layers\[1\]：未知的图层编号“<b>metro<\/b>”（可用的图层：pudong、xuhui、.*universities）$/),
    ]);
    // The file's markup stays text.
    expect(document.querySelector('.builder__problems b')).toBeNull();
    // Nothing was started: the picker is still showing.
    expect(screen.getByRole('heading', { level: 1, name: '导览编辑器' })).toBeInTheDocument();
  });

  it('says in Chinese when the file is not JSON', async () => {
    renderWithData(<TourPicker />, { mode: 'build', lang: 'zh' });
    const input = screen.getByLabelText('导入导览文件…') as HTMLInputElement;
    await waitEnabled(input);
    fireEvent.change(input, { target: { files: [new File(['{"title": '], 'talk.tour.json')] } });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toMatch(/^此文件不是有效的JSON（解析器提示：.+）。$/);
  });
});
