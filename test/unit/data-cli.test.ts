// The data build's command line (geo/scripts/build-data.ts), run on a copy of the fixtures: it
// lists every problem and writes nothing, or writes every file compact.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INPUT_KEYS, inputFileName, setLine } from '../fixtures/geo-inputs';

const root = resolve(import.meta.dirname, '../..');
const fixtureDir = resolve(root, 'test/fixtures/data');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const script = resolve(root, 'geo/scripts/build-data.ts');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh folder with the fixtures and the tour, facts.csv edited by `editFacts`; runs the build from it. */
function runOn(editFacts: (text: string) => string): { status: number | null; stderr: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'data-build-'));
  dirs.push(dir);
  for (const f of [...INPUT_KEYS.map(inputFileName), 'tour.json']) copyFileSync(join(fixtureDir, f), join(dir, f));
  writeFileSync(join(dir, 'facts.csv'), editFacts(readFileSync(join(fixtureDir, 'facts.csv'), 'utf8')));
  const out = join(dir, 'out');
  const res = spawnSync(tsx, [script, '--geo', dir, '--out', out], { cwd: dir, encoding: 'utf8' });
  return { status: res.status, stderr: res.stderr, out };
}

/** Two broken facts: one without a unit, one not a number. */
const breakTwoFacts = (text: string) => setLine(setLine(text, 3, (l) => l.replace(',%,', ',,')), 4, (l) => l.replace('234', 'x'));

describe('the command line', () => {
  it('exits 1 listing every problem', () => {
    const res = runOn(breakTwoFacts);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('data build failed: 2 problem(s)');
    expect(res.stderr).toContain('facts.csv:3 [district:310101:test_share:2018-07]: value has no unit');
    expect(res.stderr).toContain('facts.csv:4 [site:site-inside:units:2023-10]: non-numeric value "x"');
  }, 30_000);

  it('writes nothing when an input is wrong', () => {
    expect(existsSync(runOn(breakTwoFacts).out)).toBe(false);
  }, 30_000);

  it('writes the data files and the tour when the inputs are good', () => {
    const res = runOn((text) => text);
    expect(res.stderr).not.toContain('problem');
    expect(res.status).toBe(0);
    expect(readdirSync(res.out).sort()).toEqual(['areas.geojson', 'districts.geojson', 'facts.json', 'metro-lines.geojson', 'sea.geojson', 'sites.json', 'sources.json', 'tour.json', 'water-lines.geojson']);
  }, 30_000);

  it('writes compact JSON', () => {
    const sitesText = readFileSync(join(runOn((text) => text).out, 'sites.json'), 'utf8');
    expect(sitesText).not.toContain('\n');
    expect((JSON.parse(sitesText) as { sites: unknown[] }).sites).toHaveLength(3);
  }, 30_000);
});
