// geo/facts.csv, plus the census and land-area figures of districts.csv → facts.json. A fact is a
// number with its unit, date and source; its id (scope:subject:metric:as_of) must be unique
// across both files.
import { z } from 'zod';
import { factSchema, type Fact } from '../../../src/data/schemas';
import { blankOr, bothLanguages, filled, isNumber, oneOf, partialDate, recordSchema, textRules, type RecordRule } from './cells';
import { readCsv } from './csv';
import { districtFacts, requireDistrictFactSources, type District } from './districts';
import type { InputKey } from './inputs';
import { messagesOf, type Report } from './report';
import type { SourceLedger } from './sources';
import { FACT_TEXT } from './text-fields';

const FACT_COLUMNS = ['scope', 'subject', 'metric', 'value', 'unit', 'as_of', 'qualifier', 'source_id', 'note_en', 'note_zh'] as const;
/** Shanghai's own code in GB/T 2260, the subject of city-scope facts. */
const CITY_CODE = '310000';
const QUALIFIERS = factSchema.shape.qualifier.unwrap().options;

const cityRule: RecordRule = (c, say) => {
  if (c.scope === 'city' && c.subject && c.subject !== CITY_CODE) say('subject', `a city fact's subject must be ${CITY_CODE}, not "${c.subject}"`);
};

const factRow = recordSchema(
  {
    scope: oneOf('scope', factSchema.shape.scope.options),
    subject: filled('subject is empty'),
    metric: z.string().regex(/^[a-z0-9_]+$/, { error: (issue) => `metric "${String(issue.input)}" must be lower case letters, digits and "_"` }),
    value: filled('value is empty (leave the row out rather than guess: a missing value is "no data")').refine((v) => v === '' || isNumber(v), {
      error: (issue) => `non-numeric value "${String(issue.input)}" (digits and an optional decimal point only)`,
    }),
    unit: filled('value has no unit'),
    as_of: partialDate(' in as_of').min(1, 'value has no date: as_of is required'),
    qualifier: blankOr((v) => QUALIFIERS.includes(v as (typeof QUALIFIERS)[number]), (v) => `unknown qualifier "${v}" (expected one of ${QUALIFIERS.join(', ')} or empty)`),
    source_id: filled('source_id is empty'),
    note_en: z.string(),
    note_zh: z.string(),
  },
  cityRule,
  bothLanguages('note_en', 'note_zh'),
  textRules(FACT_TEXT),
);

export function readFacts(text: string, report: Report, sources: SourceLedger, districts: Map<string, District>, siteLines: Map<string, number>): Fact[] {
  const problem = report.in('facts');
  const { files } = report;
  const facts: Fact[] = [];
  const firstAt = new Map<string, string>();
  const add = (f: Fact, file: InputKey, line: number) => {
    const first = firstAt.get(f.id);
    if (first) return report.in(file)(line, f.id, `duplicate fact (same scope, subject, metric and as_of as ${first})`);
    firstAt.set(f.id, `${files[file]}:${line}`);
    facts.push(f);
  };

  for (const { line, cells: c } of readCsv(text, FACT_COLUMNS, problem) ?? []) {
    const [scope, subject, metric, asOf, sourceId] = [c.scope ?? '', c.subject ?? '', c.metric ?? '', c.as_of ?? '', c.source_id ?? ''];
    const id = `${scope}:${subject}:${metric}:${asOf || 'undated'}`;
    const found = messagesOf(factRow.safeParse(c));
    if (subject && scope === 'district' && !districts.has(subject)) found.push(`unknown district "${subject}" (not in ${files.districts})`);
    if (subject && scope === 'site' && !siteLines.has(subject)) found.push(`unknown site "${subject}" (not in ${files.sites})`);
    if (sourceId && !sources.citeOne(sourceId)) found.push(`unknown source id "${sourceId}" (not in ${files.sources})`);
    for (const message of found) problem(line, id, message);
    if (found.length > 0) continue;
    add(
      {
        id,
        scope: scope as Fact['scope'],
        subject,
        metric,
        value: Number(c.value),
        unit: c.unit ?? '',
        as_of: asOf,
        qualifier: (c.qualifier || null) as Fact['qualifier'],
        source_id: sourceId,
        note_en: c.note_en || null,
        note_zh: c.note_zh || null,
      },
      'facts',
      line,
    );
  }
  for (const d of districts.values()) for (const f of districtFacts(d)) add(f, 'districts', d.line);
  if (districts.size > 0) requireDistrictFactSources(sources);
  return facts;
}
