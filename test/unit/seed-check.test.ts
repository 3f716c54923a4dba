// The seed check (geo/scripts/lib/seed-check.ts): every fact citing a seed article has its number
// in that article, in one of the spellings number-spellings.ts lists. The real facts pass against
// ../shared/seeds/; a fixture fact whose figure is absent fails naming the fact and the article; a
// missing seeds folder warns, and fails under CI or --require-seeds.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { numberSpellings } from '../../geo/scripts/lib/number-spellings';
import { formatProblem } from '../../geo/scripts/lib/report';
import { SEEDS_DIR, checkSeedFacts, findFigure, isCi, matchableText, readSeedArticles, runSeedCheck, seedCitingFacts } from '../../geo/scripts/lib/seed-check';
import { INPUT_KEYS, appendLine, inputFileName } from '../fixtures/geo-inputs';

const root = resolve(import.meta.dirname, '../..');
const FIXTURE_SEEDS = 'test/fixtures/seeds';

describe('number spellings', () => {
  it('spells a large whole number with separators, in millions and in 万', () => {
    expect(numberSpellings(6750000)).toEqual(expect.arrayContaining(['6,750,000', '6750000', '6.75 million', '675万']));
    expect(numberSpellings(408000)).toEqual(expect.arrayContaining(['408,000', '408000', '408 thousand', '40.8万']));
  });

  it('spells a small number in digits and in words', () => {
    expect(numberSpellings(5)).toEqual(['5', 'five']);
    expect(numberSpellings(30)).toEqual(['30', 'thirty']);
  });

  it('writes tens with and without a hyphen, and hundreds with and without "and"', () => {
    expect(numberSpellings(25)).toEqual(['25', 'twenty-five', 'twenty five']);
    expect(numberSpellings(550)).toEqual(['550', 'five hundred and fifty', 'five hundred fifty']);
    expect(numberSpellings(100)).toEqual(expect.arrayContaining(['one hundred', 'a hundred']));
    expect(numberSpellings(1000)).toEqual(expect.arrayContaining(['1,000', 'one thousand', 'a thousand']));
  });

  it('keeps a decimal as it is, never rounded', () => {
    expect(numberSpellings(10.29)).toEqual(['10.29']);
    expect(numberSpellings(151.4)).toEqual(['151.4']);
    expect(numberSpellings(1234.5)).toEqual(expect.arrayContaining(['1234.5', '1,234.5']));
    // 6.754321 million is not how anyone writes it, and "6.75 million" would be a rounding.
    expect(numberSpellings(6754321).some((s) => s.includes('million'))).toBe(false);
  });

  it('spells a share only with its percent sign or word', () => {
    const spellings = numberSpellings(70, '%');
    expect(spellings).toEqual(expect.arrayContaining(['70%', '70 %', '70 percent', '70 per cent', 'seventy percent']));
    expect(spellings).not.toContain('70');
    expect(numberSpellings(10.29, '%')).toEqual(expect.arrayContaining(['10.29%', '10.29 percent']));
  });

  it('adds the whole amount when the unit carries a scale', () => {
    expect(numberSpellings(1780, 'billion yuan')).toEqual(expect.arrayContaining(['1780', '1,780 billion', '1.78 trillion', '1.78万亿']));
  });
});

describe('finding a figure in an article', () => {
  const text = matchableText('Over 2,500 firms, 50.5 km away; five hundred people in twenty-five labs; 达675万人; 12000 visitors; 6.75 million; 12 days.');

  it('finds each usual spelling', () => {
    expect(findFigure(text, 2500, 'firms')).toBe('2,500');
    expect(findFigure(text, 500, 'people')).toBe('five hundred');
    expect(findFigure(text, 6750000, 'people')).toBe('6.75 million');
    expect(findFigure(text, 12, 'days')).toBe('12');
  });

  it('does not find a number inside a longer one', () => {
    expect(findFigure(text, 50, '')).toBeNull();
    expect(findFigure(text, 250, '')).toBeNull();
    expect(findFigure(text, 120, '')).toBeNull();
  });

  it('does not read a number before a scale, or a word inside a larger number, as the bare number', () => {
    expect(findFigure(text, 675, '')).toBeNull();
    expect(findFigure(text, 6.75, '')).toBeNull();
    expect(findFigure(text, 5, '')).toBeNull();
  });

  it('reads both ends of a range that shares its scale or percent sign', () => {
    const range = matchableText('only five to six hundred meters; between 60–70 % of them');
    expect(findFigure(range, 500, 'm')).toBe('five hundred');
    expect(findFigure(range, 600, 'm')).toBe('six hundred');
    expect(findFigure(range, 60, '%')).toBe('60 %');
    expect(findFigure(range, 70, '%')).toBe('70 %');
    expect(findFigure(range, 550, 'm')).toBeNull();
  });

  it('folds full-width digits, no-break spaces, capitals and line breaks', () => {
    expect(findFigure(matchableText('共６，７５０，０００人'), 6750000, 'people')).toBe('6,750,000');
    expect(findFigure(matchableText('Six\nHundred metres, 408\u00a0000 permits'), 600, 'm')).toBe('six hundred');
    expect(findFigure(matchableText('408\u00a0000 permits'), 408000, 'permits')).toBe('408 000');
  });
});

describe('the seed check on the real data', () => {
  const seeds = readSeedArticles(resolve(root, SEEDS_DIR), SEEDS_DIR);
  const factsText = readFileSync(resolve(root, 'geo/facts.csv'), 'utf8');

  // A fresh clone has no ../shared; CI has it, so there the test cannot be skipped.
  it.skipIf(seeds === null && !isCi(process.env))('finds the figure of every fact that cites a seed article', () => {
    expect(seeds, `${SEEDS_DIR} is missing`).not.toBeNull();
    expect(seedCitingFacts(factsText).length).toBeGreaterThan(30);
    expect(checkSeedFacts(factsText, 'geo/facts.csv', seeds!.articles, SEEDS_DIR).map(formatProblem)).toEqual([]);
    expect(seeds!.problems).toEqual([]);
  });
});

const FACTS_HEADER = 'scope,subject,metric,value,unit,as_of,qualifier,source_id,note_en,note_zh';
const FOUND_FACTS = [
  'city,310000,skilled_total,6750000,people,2024-04,,seed-000,,',
  'city,310000,licensing_share,70,%,2024-04,more than,seed-000,,',
  'site,site-inside,walk_to_lab,600,m,2024-04,up to,seed-000,,',
  'city,310000,foreign_born_share,10.29,%,2024-04,,seed-000,,',
];
/** 6570000 for 6750000: the kind of typo the check is for. */
const TYPO = 'city,310000,skilled_growth,6570000,people,2024-04,,seed-000,,';
const factsOf = (...rows: string[]) => [FACTS_HEADER, ...rows].join('\n');

describe('the seed check on a fixture', () => {
  const { articles } = readSeedArticles(resolve(root, FIXTURE_SEEDS), FIXTURE_SEEDS)!;

  it('passes when every seed-cited figure is in the article', () => {
    expect(checkSeedFacts(factsOf(...FOUND_FACTS), 'facts.csv', articles, FIXTURE_SEEDS)).toEqual([]);
  });

  it('names the file, line, fact, field and article when a figure is absent', () => {
    const problems = checkSeedFacts(factsOf(...FOUND_FACTS, TYPO), 'geo/facts.csv', articles, FIXTURE_SEEDS).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^geo\/facts\.csv:6 \[city:310000:skilled_growth:2024-04\]: value: 6570000 people is not in test\/fixtures\/seeds\/000_fixture-article\.txt, the text of seed-000/);
    expect(problems[0]).toContain('"6,570,000"');
  });

  it('leaves alone a fact that cites another source', () => {
    expect(checkSeedFacts(factsOf('city,310000,other,6570000,people,2024-04,,src-a,,'), 'facts.csv', articles, FIXTURE_SEEDS)).toEqual([]);
  });

  it('names a seed that has no article in the folder', () => {
    const problems = checkSeedFacts(factsOf('city,310000,other,12000,books,2024-04,,seed-007,,'), 'geo/facts.csv', articles, FIXTURE_SEEDS).map(formatProblem);
    expect(problems).toEqual(['geo/facts.csv:2 [city:310000:other:2024-04]: source_id: no article for seed-007 in test/fixtures/seeds (expected a file named 007_….txt)']);
  });
});

describe('a missing seeds folder', () => {
  const run = (env: Record<string, string>, requireSeeds = false, factsText = factsOf(...FOUND_FACTS)) =>
    runSeedCheck({ root, cwd: root, env: { SEEDS_DIR: 'test/fixtures/no-such-seeds', ...env }, requireSeeds, factsText, factsName: 'geo/facts.csv' });

  it('warns, naming the folder and that the check was skipped, and does not fail', () => {
    const res = run({});
    expect(res.problems).toEqual([]);
    expect(res.warnings).toHaveLength(1);
    expect(res.warnings[0]).toMatch(/^warning: test\/fixtures\/no-such-seeds \(SEEDS_DIR\) not found: the seed check was SKIPPED, so the 4 fact\(s\) of geo\/facts\.csv/);
    expect(res.summary).toContain('skipped');
  });

  it('fails under CI, naming the folder', () => {
    const res = run({ CI: 'true' });
    expect(res.warnings).toEqual([]);
    expect(res.problems.map(formatProblem)).toEqual([expect.stringMatching(/^test\/fixtures\/no-such-seeds \(SEEDS_DIR\): seeds folder not found, and CI is set/)]);
  });

  it('fails with --require-seeds', () => {
    expect(run({}, true).problems.map(formatProblem)).toEqual([expect.stringContaining('seeds folder not found, and --require-seeds was passed')]);
  });

  it('takes CI=false or CI=0 as not CI', () => {
    expect(run({ CI: 'false' }).problems).toEqual([]);
    expect(run({ CI: '0' }).warnings).toHaveLength(1);
  });

  it('names the default folder relative to the repository root', () => {
    const res = runSeedCheck({ root: join(root, 'test/fixtures/data'), cwd: root, env: {}, requireSeeds: false, factsText: factsOf(...FOUND_FACTS), factsName: 'geo/facts.csv' });
    expect(res.warnings[0]).toMatch(/^warning: \.\.\/shared\/seeds not found/);
  });

  it('needs no folder when no fact cites a seed', () => {
    const res = run({ CI: 'true' }, true, factsOf('city,310000,other,1,people,2024,,src-a,,'));
    expect(res).toMatchObject({ problems: [], warnings: [] });
  });
});

describe('npm run data with the seed check', () => {
  const tsx = resolve(root, 'node_modules/.bin/tsx');
  const script = resolve(root, 'geo/scripts/build-data.ts');
  const fixtureDir = resolve(root, 'test/fixtures/data');
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** The fixture inputs with a seed source and `rows` added to facts.csv, built with SEEDS_DIR and CI as given. */
  function build(rows: string[], env: Record<string, string>, args: string[] = []) {
    const dir = mkdtempSync(join(tmpdir(), 'seed-check-'));
    dirs.push(dir);
    for (const f of [...INPUT_KEYS.map(inputFileName), 'tour.json']) copyFileSync(join(fixtureDir, f), join(dir, f));
    writeFileSync(join(dir, 'sources.csv'), appendLine(readFileSync(join(dir, 'sources.csv'), 'utf8'), 'seed-000,article,Test Daily,A fixture article,2024-04-16,'));
    writeFileSync(join(dir, 'facts.csv'), rows.reduce(appendLine, readFileSync(join(dir, 'facts.csv'), 'utf8')));
    const res = spawnSync(tsx, [script, '--geo', dir, '--out', join(dir, 'out'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '', ...env } });
    return { status: res.status, stdout: res.stdout, stderr: res.stderr };
  }

  it('passes and says so when the seed-cited figures are in their article', () => {
    const res = build(FOUND_FACTS, { SEEDS_DIR: FIXTURE_SEEDS });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('seed check: 4 of 4 seed-cited fact(s) found in their articles (test/fixtures/seeds)');
  }, 30_000);

  it('fails naming the fact and the article when a seed-cited figure is absent', () => {
    const res = build([...FOUND_FACTS, TYPO], { SEEDS_DIR: FIXTURE_SEEDS });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('data build failed: 1 problem(s)');
    expect(res.stderr).toMatch(/facts\.csv:\d+ \[city:310000:skilled_growth:2024-04\]: value: 6570000 people is not in test\/fixtures\/seeds\/000_fixture-article\.txt/);
  }, 30_000);

  it('warns and still builds when the seeds folder is missing', () => {
    const res = build(FOUND_FACTS, { SEEDS_DIR: 'test/fixtures/no-such-seeds' });
    expect(res.status).toBe(0);
    expect(res.stderr).toContain('warning: test/fixtures/no-such-seeds (SEEDS_DIR) not found: the seed check was SKIPPED');
    expect(res.stdout).toContain('seed check: skipped');
  }, 30_000);

  it('fails when the seeds folder is missing under CI or with --require-seeds', () => {
    for (const res of [build(FOUND_FACTS, { SEEDS_DIR: 'test/fixtures/no-such-seeds', CI: '1' }), build(FOUND_FACTS, { SEEDS_DIR: 'test/fixtures/no-such-seeds' }, ['--require-seeds'])]) {
      expect(res.status).toBe(1);
      expect(res.stderr).toContain('test/fixtures/no-such-seeds (SEEDS_DIR): seeds folder not found');
    }
  }, 60_000);
});
