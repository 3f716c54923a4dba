// A speaker builds a two-chapter talk in the browser, reloads, presents it with the network gone,
// exports it, and imports the file into a fresh browser profile — where a broken or hostile file
// is refused with the problem named by chapter and field, in English and in Chinese, and changes
// nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { distinctColours, mapScreenshot, test, waitForMapIdle } from './helpers';
import { pressToNextChapter } from './tour-helpers';

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1"> & <b>bold</b>';

function chapterHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 1, name: title, exact: true });
}

/** Fills the chapter being edited: title, text and notes in both languages, one figure, one source. */
async function writeChapter(page: Page, c: { en: string; zh: string; notes: string; figure: boolean }) {
  const en = page.getByRole('group', { name: 'English', exact: true });
  const zh = page.getByRole('group', { name: 'Chinese', exact: true });
  await en.getByLabel('Title', { exact: true }).fill(c.en);
  await en.getByLabel('Text (shown to the audience)').fill(`${c.en}: what the audience reads.`);
  await en.getByLabel('Speaker notes (presenter view only)').fill(c.notes);
  await zh.getByLabel('Title', { exact: true }).fill(c.zh);
  await zh.getByLabel('Text (shown to the audience)').fill(`${c.zh}：观众看到的文字。`);
  if (c.figure) await page.getByRole('combobox', { name: 'Add a figure…' }).selectOption({ index: 1 });
  await page.getByRole('combobox', { name: 'Cite a source…' }).selectOption({ index: 1 });
}

async function chapterNames(page: Page): Promise<string[]> {
  return page.locator('.builder__chapter-name').allTextContents();
}

async function saved(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Saved in this browser' }).waitFor();
}

test('build a two-chapter tour, reload, present it offline, export it, import it elsewhere', { timeout: 180_000 }, async ({ open }) => {
  const s = await open({ serviceWorkers: 'allow', reducedMotion: 'reduce' });
  await s.goto('?mode=build');
  await s.page.getByRole('button', { name: 'New empty tour', exact: true }).click();
  await expect.poll(() => new URL(s.page.url()).searchParams.get('tour')).toMatch(/^t-/);
  const id = new URL(s.page.url()).searchParams.get('tour')!;
  // Nothing to present yet: the problems are listed and Present waits.
  expect(await s.page.getByRole('button', { name: 'Present', exact: true }).isDisabled()).toBe(true);

  await s.page.getByLabel('Tour title (English)').fill('My summit talk');
  await s.page.getByLabel('Tour title (Chinese)').fill('我的峰会演讲');
  await s.page.getByRole('button', { name: 'Add a chapter from this view' }).click();
  await writeChapter(s.page, { en: 'Opening', zh: '开场', notes: 'Thank the hosts first.', figure: true });
  await s.page.getByRole('button', { name: 'Add a chapter from this view' }).click();
  await writeChapter(s.page, { en: HOSTILE_TITLE, zh: '第二章', notes: 'Slow down here.', figure: false });
  expect(await chapterNames(s.page)).toEqual(['1. Opening', `2. ${HOSTILE_TITLE}`]);

  // Reorder from the keyboard, then back with a move button.
  await s.page.locator('.builder__chapter-name').nth(1).focus();
  await s.page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => chapterNames(s.page)).toEqual([`1. ${HOSTILE_TITLE}`, '2. Opening']);
  await s.page.getByRole('button', { name: 'Move chapter 1 down', exact: true }).click();
  await expect.poll(() => chapterNames(s.page)).toEqual(['1. Opening', `2. ${HOSTILE_TITLE}`]);
  await saved(s.page);
  expect(await s.page.locator('.builder__problems').count()).toBe(0);

  // A reload opens the same tour, as saved.
  await s.page.reload({ waitUntil: 'load' });
  await expect.poll(() => chapterNames(s.page)).toEqual(['1. Opening', `2. ${HOSTILE_TITLE}`]);
  expect(await s.page.getByLabel('Tour title (English)').inputValue()).toBe('My summit talk');

  // Presented with the network gone (after one visit the service worker holds the app).
  await s.goto(`?mode=present&tour=${id}`);
  await chapterHeading(s.page, 'Opening').waitFor();
  await waitForMapIdle(s.page);
  expect(await s.page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
  await s.context.setOffline(true);
  await s.page.reload({ waitUntil: 'load' });
  await chapterHeading(s.page, 'Opening').waitFor();
  await waitForMapIdle(s.page);
  expect(distinctColours(await mapScreenshot(s.page))).toBeGreaterThan(20);
  await s.page.getByRole('list', { name: 'Figures', exact: true }).getByText(/as of|date not stated/).first().waitFor();
  await pressToNextChapter(s.page);
  // What was typed is shown as text: the markup is visible, nothing ran, no image was made.
  await chapterHeading(s.page, HOSTILE_TITLE).waitFor();
  expect(await s.page.locator('.presenter__card img').count()).toBe(0);
  expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await s.context.setOffline(false);

  // Export: a file in the shape of geo/tour.json, notes included.
  await s.goto(`?mode=build&tour=${id}`);
  await chapterNames(s.page);
  await s.page.getByRole('button', { name: 'Export file', exact: true }).waitFor();
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Export file', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('my-summit-talk.tour.json');
  const text = await readFile((await download.path())!, 'utf8');
  const file = JSON.parse(text) as { title: { en: string }; chapters: { id: string; title: { en: string }; notes?: { en?: string } }[] };
  expect(file.title.en).toBe('My summit talk');
  expect(file.chapters.map((c) => c.title.en)).toEqual(['Opening', HOSTILE_TITLE]);
  expect(file.chapters[0]!.notes?.en).toBe('Thank the hosts first.');

  // A fresh profile: a broken file is refused with its problem named, and nothing is saved.
  const dir = tmpdir();
  const good = join(dir, `tour-${id}.json`);
  const broken = join(dir, `tour-${id}-broken.json`);
  await writeFile(good, text);
  const bad = structuredClone(file) as unknown as { chapters: { facts: string[] }[] };
  bad.chapters[0]!.facts = ['city:310000:invented-metric:2020'];
  await writeFile(broken, JSON.stringify(bad));
  const fresh = await open({ reducedMotion: 'reduce' });
  await fresh.goto('?mode=build');
  await fresh.page.getByText('None yet.').waitFor();
  const input = fresh.page.getByLabel('Import a tour file…');
  await input.setInputFiles(broken);
  const refusal = fresh.page.getByRole('alert').filter({ hasText: 'This file was not imported' });
  await refusal.waitFor();
  const firstId = file.chapters[0]!.id;
  expect(await refusal.locator('li').allTextContents()).toEqual([`Chapter 1 (${firstId}) · facts[0]: unknown fact id “city:310000:invented-metric:2020”`]);
  expect(new URL(fresh.page.url()).searchParams.get('tour')).toBeNull();
  await fresh.page.getByText('None yet.').waitFor();

  // A Chinese reader is told the same in Chinese, by chapter and field, the id and value as written.
  await fresh.goto('?mode=build&lang=zh');
  await fresh.page.getByText('暂无。').waitFor();
  await fresh.page.getByLabel('导入导览文件…').setInputFiles(broken);
  const zhRefusal = fresh.page.getByRole('alert').filter({ hasText: '此文件未导入，未做任何更改' });
  await zhRefusal.waitFor();
  expect(await zhRefusal.locator('li').allTextContents()).toEqual([`第1章（${firstId}）· facts[0]：未知的数据编号“city:310000:invented-metric:2020”`]);
  expect(new URL(fresh.page.url()).searchParams.get('tour')).toBeNull();
  await fresh.goto('?mode=build&lang=en');
  await fresh.page.getByText('None yet.').waitFor();

  await input.setInputFiles(good);
  await expect.poll(() => new URL(fresh.page.url()).searchParams.get('tour')).toMatch(/^t-/);
  await expect.poll(() => chapterNames(fresh.page)).toEqual(['1. Opening', `2. ${HOSTILE_TITLE}`]);
  await fresh.page.getByRole('button', { name: 'Present', exact: true }).click();
  await chapterHeading(fresh.page, 'Opening').waitFor();
  expect(s.foreignRequests()).toEqual([]);
  expect(fresh.foreignRequests()).toEqual([]);
});

test('the built-in tour stays read-only: editing starts from a copy', async ({ open }) => {
  const s = await open({ reducedMotion: 'reduce' });
  await s.goto('?mode=present');
  await s.page.getByRole('button', { name: 'Edit tour', exact: true }).click();
  await s.page.getByRole('button', { name: 'Copy the built-in tour', exact: true }).click();
  await expect.poll(() => new URL(s.page.url()).searchParams.get('tour')).toMatch(/^t-/);
  await expect.poll(async () => (await chapterNames(s.page)).length).toBe(10);
  // Duplicate and delete act on the copy only.
  await s.page.getByRole('button', { name: 'Duplicate chapter 1', exact: true }).click();
  await expect.poll(async () => (await chapterNames(s.page)).length).toBe(11);
  s.page.once('dialog', (d) => void d.accept());
  await s.page.getByRole('button', { name: 'Delete chapter 2', exact: true }).click();
  await expect.poll(async () => (await chapterNames(s.page)).length).toBe(10);
  await saved(s.page);
  // The built-in tour is unchanged.
  await s.goto('?mode=present&chapter=10');
  await s.page.getByText('Chapter 10 of 10', { exact: true }).waitFor();
});
