// A tour problem (src/lib/tour-problems.ts) in words: the builder and the presenter show it in the
// page's language, and the data build prints the English with the file and line. Pure (the
// catalogue and `fill`, no store and no React), so the build's Node script uses the very same
// English sentences the app shows. Ids, field names and values from the file stay as written;
// numbers go through the one formatter.
import { formatList, formatNumber } from '../lib/format';
import type { TourProblem, TourProblemVars } from '../lib/tour-problems';
import { catalogue, type MessageKey } from './catalogue';
import type { Lang } from './languages';
import { fill, type Vars } from './template';

/** Vars naming a kind of JSON value (`expected`, `received`) or why a character is refused (`kind`). */
const KIND_WORDS: Readonly<Record<string, string>> = { expected: 'tourProblem.kind.', received: 'tourProblem.kind.', kind: 'tourProblem.char.' };

function say(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(catalogue[lang][key], vars);
}

/** A known word for a kind, else the value itself (a kind the wording does not know stays readable). */
function kindWord(prefix: string, value: string, lang: Lang): string {
  const key = `${prefix}${value}`;
  return Object.hasOwn(catalogue[lang], key) ? say(lang, key as MessageKey) : value;
}

function varsIn(vars: TourProblemVars, lang: Lang): Vars {
  const out: Vars = {};
  for (const [name, v] of Object.entries(vars)) {
    // Coordinates and bounds keep their decimals; counts and limits have none to show.
    if (typeof v === 'number') out[name] = formatNumber(v, lang, 6);
    else if (typeof v === 'string') out[name] = Object.hasOwn(KIND_WORDS, name) ? kindWord(KIND_WORDS[name]!, v, lang) : v;
    else out[name] = formatList(v, lang);
  }
  return out;
}

/** What is wrong, without where: "unknown fact id “…”". */
export function tourProblemWhat(p: TourProblem, lang: Lang): string {
  return say(lang, `tourProblem.${p.code}`, varsIn(p.vars, lang));
}

/** The chapter a problem is in, "Chapter 3 (xuhui-ai)" / "第3章（xuhui-ai）", or null for the tour as a whole. */
export function tourProblemChapter(p: TourProblem, lang: Lang): string | null {
  if (!p.chapter) return null;
  const n = formatNumber(p.chapter.index + 1, lang, 0);
  return p.chapter.id === null ? say(lang, 'tourProblem.chapterNoId', { n }) : say(lang, 'tourProblem.chapter', { n, id: p.chapter.id });
}

/** The field and what is wrong with it, "facts[2]: unknown fact id “…”" (the chapter left to the caller). */
export function tourProblemInField(p: TourProblem, lang: Lang): string {
  const what = tourProblemWhat(p, lang);
  return p.field ? say(lang, 'tourProblem.inFile', { field: p.field, what }) : what;
}

/** The whole line: "Chapter 3 (xuhui-ai) · facts[2]: unknown fact id “…”". */
export function tourProblemText(p: TourProblem, lang: Lang): string {
  const chapter = tourProblemChapter(p, lang);
  const what = tourProblemWhat(p, lang);
  if (chapter === null) return p.field ? say(lang, 'tourProblem.inFile', { field: p.field, what }) : what;
  return p.field ? say(lang, 'tourProblem.inChapter', { chapter, field: p.field, what }) : say(lang, 'tourProblem.chapterItself', { chapter, what });
}
