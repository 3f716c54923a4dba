// The print-ready export in a real browser: the dialog opens from the keyboard, keeps focus inside,
// closes on Esc and passes axe; an A4 landscape PDF in English reads back (pdfjs) as a page of
// 297 × 210 mm with its title and sources as text; an A3 portrait PNG is 3508 × 4961 pixels with a
// drawn map; a Chinese PDF has the right page size and its title in the metadata.
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { PNG } from 'pngjs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Locator, Page } from 'playwright-core';
import { showTab } from './app';
import { seriousViolations } from './axe';
import { fetchData, test, waitForMapIdle } from './helpers';
import type { Source } from '../../src/data/schemas';

const MM_TO_PT = 72 / 25.4;

async function openDialogWithKeyboard(page: Page, tab: string, button: string): Promise<Locator> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  const opener = page.getByRole('button', { name: button, exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

async function exportFrom(page: Page, dialog: Locator, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 220_000 }), dialog.getByRole('button', { name, exact: true }).click()]);
  return readFile((await download.path())!);
}

async function readPdf(bytes: Buffer) {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = content.items
    .map((i) => ('str' in i ? i.str : ''))
    .join(' ')
    .replace(/\s+/gu, ' ');
  const info = (await pdf.getMetadata()).info as { Title?: string };
  return { pages: pdf.numPages, view: page.view, text, title: info.Title };
}

const focusInDialog = (page: Page) => page.evaluate(() => document.activeElement?.closest('dialog') !== null);

test('the export dialog opens from the keyboard, keeps focus inside, closes on Esc and passes axe', async ({ open }) => {
  const s = await open();
  await s.goto('?choro=quantile:5');
  await waitForMapIdle(s.page);
  await showTab(s.page, 'Analyse');
  const dialog = await openDialogWithKeyboard(s.page, 'Analyse', 'Export a page…');
  expect(await focusInDialog(s.page)).toBe(true);
  for (let i = 0; i < 14; i++) {
    await s.page.keyboard.press('Tab');
    expect(await focusInDialog(s.page)).toBe(true);
  }
  // Every control has its name.
  await expect(dialog.getByRole('combobox', { name: 'Paper' }).inputValue()).resolves.toBe('A4');
  await expect(dialog.getByRole('combobox', { name: 'Orientation' }).inputValue()).resolves.toBe('landscape');
  await dialog.getByRole('radio', { name: 'PDF document' }).waitFor();
  await dialog.getByRole('radio', { name: 'Screen size' }).waitFor();
  expect(await seriousViolations(s.page)).toEqual([]);
  await s.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Export a page…');
});

test('an A4 landscape PDF in English is 297 × 210 mm with its title and sources as text', { timeout: 150_000 }, async ({ open }) => {
  const s = await open({ viewport: { width: 1440, height: 900 } });
  await s.goto('?choro=quantile:5');
  await waitForMapIdle(s.page);
  const dialog = await openDialogWithKeyboard(s.page, 'Analyse', 'Export a page…');
  await dialog.getByRole('radio', { name: 'PDF document' }).check();
  await dialog.getByRole('combobox', { name: 'Paper' }).selectOption('A4');
  await dialog.getByRole('combobox', { name: 'Orientation' }).selectOption('landscape');
  const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 110_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^shanghai-talent-map-A4-landscape-\d{4}-\d{2}-\d{2}\.pdf$/u);
  const pdf = await readPdf(await readFile((await download.path())!));
  expect(pdf.pages).toBe(1);
  expect(pdf.view[2]! - pdf.view[0]!).toBeCloseTo(297 * MM_TO_PT, 0);
  expect(pdf.view[3]! - pdf.view[1]!).toBeCloseTo(210 * MM_TO_PT, 0);
  expect(Math.abs(pdf.view[2]! - 297 * MM_TO_PT)).toBeLessThanOrEqual(1);
  expect(Math.abs(pdf.view[3]! - 210 * MM_TO_PT)).toBeLessThanOrEqual(1);
  expect(pdf.title).toBe('Shanghai Talent Map');
  expect(pdf.text).toContain('Shanghai Talent Map');
  expect(pdf.text).toContain('Sources');
  // Sources cited in full, as text: at least one with its publisher and its whole title.
  const { sources } = await fetchData<{ sources: Source[] }>('sources.json');
  const cited = sources.filter((src) => !src.publisher.startsWith('(') && pdf.text.includes(src.publisher) && pdf.text.includes(`“${src.title}”`));
  expect(cited.length).toBeGreaterThan(0);
  // No internal ids and nothing cut short.
  expect(sources.some((src) => pdf.text.includes(src.id))).toBe(false);
  expect(pdf.text).not.toContain('…');
  // The dialog closed and said what it saved.
  await dialog.waitFor({ state: 'hidden' });
  await s.page.getByText(`Saved ${download.suggestedFilename()}.`).waitFor();
});

// A3 at 300 dpi is 17 million pixels drawn by a software GPU and encoded as PNG: well over a minute on a busy machine.
test('an A3 portrait PNG is 3508 × 4961 pixels with the map drawn in it', { timeout: 240_000 }, async ({ open }) => {
  const s = await open();
  await s.goto('?choro=quantile:5');
  await waitForMapIdle(s.page);
  const dialog = await openDialogWithKeyboard(s.page, 'Analyse', 'Export a page…');
  await dialog.getByRole('radio', { name: 'PNG image' }).check();
  await dialog.getByRole('combobox', { name: 'Paper' }).selectOption('A3');
  await dialog.getByRole('combobox', { name: 'Orientation' }).selectOption('portrait');
  await dialog.getByText('3,508 × 4,961 pixels').waitFor();
  const png = PNG.sync.read(await exportFrom(s.page, dialog, 'Export'));
  expect(Math.abs(png.width - 3508)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.height - 4961)).toBeLessThanOrEqual(2);
  // The map box is the page's upper middle: many colours there (land, water, districts, labels), not blank paper.
  const colours = new Set<number>();
  let white = 0;
  let n = 0;
  for (let y = Math.round(png.height * 0.2); y < png.height * 0.45; y += 3) {
    for (let x = Math.round(png.width * 0.1); x < png.width * 0.9; x += 3) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (r > 250 && g > 250 && b > 250) white += 1;
      n += 1;
    }
  }
  expect(colours.size).toBeGreaterThan(200);
  expect(white / n).toBeLessThan(0.2);
});

test('in Chinese the dialog passes axe, and an A4 landscape PDF has the right page size and its title', { timeout: 150_000 }, async ({ open }) => {
  const s = await open();
  await s.goto('?lang=zh');
  await waitForMapIdle(s.page);
  const dialog = await openDialogWithKeyboard(s.page, '分析', '导出页面…');
  await dialog.getByRole('radio', { name: 'PDF文档' }).check();
  await dialog.getByText('中文PDF中的文字是页面图像的一部分').waitFor();
  expect(await seriousViolations(s.page)).toEqual([]);
  const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 110_000 }), dialog.getByRole('button', { name: '导出', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^shanghai-talent-map-A4-landscape-zh-\d{4}-\d{2}-\d{2}\.pdf$/u);
  const pdf = await readPdf(await readFile((await download.path())!));
  expect(Math.abs(pdf.view[2]! - 297 * MM_TO_PT)).toBeLessThanOrEqual(1);
  expect(Math.abs(pdf.view[3]! - 210 * MM_TO_PT)).toBeLessThanOrEqual(1);
  expect(pdf.title).toBe('上海人才地图');
});
