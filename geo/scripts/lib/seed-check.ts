// The seed check: every fact of geo/facts.csv that cites one of the seed articles (source ids
// seed-000, seed-001 …) must have its number in that article's text, in one of its usual spellings
// (number-spellings.ts). A typo or a figure taken from elsewhere then fails `npm run data` with the
// fact and the article named.
//
// The articles live outside the repository, in ../shared/seeds/ beside it (CI has it; SEEDS_DIR
// points elsewhere). Seed NNN is the file whose name starts with "NNN_" there. A fresh clone has
// no ../shared: the check then warns that it was skipped, and fails only under CI or with
// --require-seeds, so `npm start` still works.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isNumber } from './cells';
import { readCsv } from './csv';
import { NUMBER_WORDS, SCALE_WORDS, numberSpellings } from './number-spellings';
import type { Problem } from './report';

/** Where the seed articles are, relative to the repository root. */
export const SEEDS_DIR = '../shared/seeds';
/** The command-line flag that makes a missing seeds folder an error outside CI too. */
export const REQUIRE_SEEDS_FLAG = '--require-seeds';

/** A source id naming a seed article, and the number its file name starts with. */
const SEED_ID = /^seed-(\d+)$/;
const SEED_FILE = /^(\d+)_.*\.txt$/i;
const FACT_COLUMNS = ['scope', 'subject', 'metric', 'value', 'unit', 'as_of', 'source_id'] as const;

export interface SeedArticle {
  /** How messages name the file: the seeds folder's name joined with the file name. */
  file: string;
  /** The article's text as matchableText() leaves it. */
  text: string;
}

export interface SeedCheckResult {
  /** Each fails the build. */
  problems: Problem[];
  /** Printed whatever the options: a skipped check is never silent. */
  warnings: string[];
  /** One line for the build's summary. */
  summary: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordNumber = `(?:${NUMBER_WORDS.map(escape).join('|')})(?:-(?:${NUMBER_WORDS.map(escape).join('|')}))?`;
const rangeEnd = `(?:\\d+(?:\\.\\d+)?|${wordNumber})`;
/** "five to six hundred" and "60-70%": the scale or percent belongs to both ends. */
const RANGE = new RegExp(`(?<![a-z0-9.,-])(${rangeEnd})( ?(?:to|-|~|or) ?)(${rangeEnd})( ?)(${[...SCALE_WORDS, 'percent', 'per cent'].join('|')}|%)(?![a-z])`, 'g');

/**
 * An article's text ready for matching: compatibility forms folded (full-width digits, no-break
 * spaces), lower case, one kind of dash, single spaces, and each range written out in full, so that
 * "five to six hundred metres" holds "five hundred" as well as "six hundred".
 */
export function matchableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(RANGE, (_m, from: string, between: string, to: string, space: string, scale: string) => `${from}${space}${scale}${between}${to}${space}${scale}`);
}

const SCALE_AFTER = `(?: ?(?:${SCALE_WORDS.join('|')})(?![a-z])|[万亿千百])`;

/** A spelling as a pattern that does not match inside a longer number: "50" is not in "2,500" or "50.5", "five" not in "five hundred". */
function spellingPattern(spelling: string): RegExp {
  const startsWithDigit = /^\d/.test(spelling);
  const before = startsWithDigit ? '(?<![0-9]|[0-9][.,])' : '(?<![a-z-])';
  const last = spelling.at(-1) ?? '';
  let after = '';
  if (/\d/.test(last)) after = `(?![0-9]|[.,][0-9]|${SCALE_AFTER}| ?(?:%|percent|per cent))`;
  else if (/[a-z]/.test(last)) after = `(?![a-z]|-[a-z]|${SCALE_AFTER})`;
  return new RegExp(`${before}${escape(spelling)}${after}`);
}

/** The first of the figure's spellings found in an article (as matchableText() leaves it), or null. */
export function findFigure(text: string, value: number, unit: string): string | null {
  return numberSpellings(value, unit).find((s) => spellingPattern(s.toLowerCase()).test(text)) ?? null;
}

/** The seed articles in a folder, by source id (seed-001 is 001_….txt), or null when the folder is missing. */
export function readSeedArticles(dir: string, name: string): { articles: Map<string, SeedArticle>; problems: Problem[] } | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const articles = new Map<string, SeedArticle>();
  const problems: Problem[] = [];
  for (const fileName of readdirSync(dir).sort()) {
    const number = SEED_FILE.exec(fileName)?.[1];
    if (number === undefined) continue;
    const id = `seed-${number}`;
    const file = `${name}/${fileName}`;
    const first = articles.get(id);
    if (first) problems.push({ file, line: null, record: id, message: `a second article for ${id} (the first is ${first.file}): keep one file per seed` });
    else articles.set(id, { file, text: matchableText(readFileSync(join(dir, fileName), 'utf8')) });
  }
  return { articles, problems };
}

interface SeedFact {
  line: number;
  id: string;
  sourceId: string;
  value: number;
  unit: string;
}

/** The facts that cite a seed article and have a number (a fact without one is the facts reader's to report). */
export function seedCitingFacts(factsText: string): SeedFact[] {
  const rows = readCsv(factsText, FACT_COLUMNS, () => {}) ?? [];
  return rows.flatMap(({ line, cells: c }) => {
    const [scope, subject, metric, asOf, sourceId, value] = [c.scope ?? '', c.subject ?? '', c.metric ?? '', c.as_of ?? '', c.source_id ?? '', c.value ?? ''];
    if (!SEED_ID.test(sourceId) || !isNumber(value)) return [];
    return [{ line, id: `${scope}:${subject}:${metric}:${asOf || 'undated'}`, sourceId, value: Number(value), unit: c.unit ?? '' }];
  });
}

/**
 * The check itself, pure: each seed-citing fact of `factsText` must have its figure in the article
 * it cites. `articles` are by source id (readSeedArticles); `seedsName` names their folder.
 */
export function checkSeedFacts(factsText: string, factsFile: string, articles: ReadonlyMap<string, SeedArticle>, seedsName: string): Problem[] {
  const problems: Problem[] = [];
  for (const fact of seedCitingFacts(factsText)) {
    const say = (message: string) => problems.push({ file: factsFile, line: fact.line, record: fact.id, message });
    const article = articles.get(fact.sourceId);
    if (!article) {
      const number = SEED_ID.exec(fact.sourceId)?.[1] ?? '';
      say(`source_id: no article for ${fact.sourceId} in ${seedsName} (expected a file named ${number}_….txt)`);
      continue;
    }
    if (findFigure(article.text, fact.value, fact.unit) !== null) continue;
    const tried = numberSpellings(fact.value, fact.unit);
    const shown = tried.slice(0, 6).map((s) => `"${s}"`).join(', ') + (tried.length > 6 ? ' …' : '');
    say(
      `value: ${fact.value} ${fact.unit} is not in ${article.file}, the text of ${fact.sourceId} that this fact cites, ` +
        `in any usual spelling (looked for ${shown}): a typo, or a figure from another source?`,
    );
  }
  return problems;
}

/** Whether the environment is CI: CI set to anything but "", "0" or "false". */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

export interface SeedCheckOptions {
  /** The repository root: SEEDS_DIR is relative to it. */
  root: string;
  /** Where relative paths in SEEDS_DIR start, and what messages are relative to. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** --require-seeds was passed. */
  requireSeeds: boolean;
  factsText: string;
  factsName: string;
}

/** Finds the seeds folder, reads it and runs the check; a missing folder warns, or fails under CI or --require-seeds. */
export function runSeedCheck(o: SeedCheckOptions): SeedCheckResult {
  const override = o.env.SEEDS_DIR?.trim();
  const dir = override ? resolve(o.cwd, override) : resolve(o.root, SEEDS_DIR);
  const name = override ? relative(o.cwd, dir) || '.' : SEEDS_DIR;
  const citing = seedCitingFacts(o.factsText).length;
  if (citing === 0) return { problems: [], warnings: [], summary: 'seed check: no fact cites a seed article' };

  const read = readSeedArticles(dir, name);
  if (read === null) {
    const why = isCi(o.env) ? 'CI is set' : `${REQUIRE_SEEDS_FLAG} was passed`;
    const where = `${name}${override ? ' (SEEDS_DIR)' : ''}`;
    if (isCi(o.env) || o.requireSeeds) {
      const message = `seeds folder not found, and ${why}: the ${citing} fact(s) of ${o.factsName} that cite a seed article cannot be checked against it. Put the seed articles there or set SEEDS_DIR to their folder.`;
      return { problems: [{ file: where, line: null, record: null, message }], warnings: [], summary: 'seed check: failed (no seeds folder)' };
    }
    const warning =
      `warning: ${where} not found: the seed check was SKIPPED, so the ${citing} fact(s) of ${o.factsName} that cite a seed article ` +
      `were not checked against it. Put the seed articles there or set SEEDS_DIR; with CI set or ${REQUIRE_SEEDS_FLAG} this fails the build.`;
    return { problems: [], warnings: [warning], summary: `seed check: skipped (${where} not found)` };
  }
  const missing = checkSeedFacts(o.factsText, o.factsName, read.articles, name);
  const summary = `seed check: ${citing - missing.length} of ${citing} seed-cited fact(s) found in their articles (${name})`;
  return { problems: [...read.problems, ...missing], warnings: [], summary };
}
