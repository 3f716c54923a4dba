// geo/sources.csv → sources.json: the bibliography. Read first, since every other record cites it;
// the ledger then answers "is this a source?" for the other readers and keeps track of which
// sources nobody cites. geo/publishers.csv adds the Chinese name of the publishers that have an
// established one, joined on the publisher as sources.csv writes it.
import { z } from 'zod';
import { sourceSchema, type Source } from '../../../src/data/schemas';
import { filled, noLatinWords, oneOf, partialDate, recordId, recordSchema, textRules, type RecordRule } from './cells';
import { keyedBy, readCsv, rowKeyRules } from './csv';
import type { InputKey } from './inputs';
import { distinct, messagesOf, type Report } from './report';
import { PUBLISHER_TEXT, SOURCE_TEXT } from './text-fields';

const SOURCE_COLUMNS = ['id', 'kind', 'publisher', 'title', 'date', 'url'] as const;
const PUBLISHER_COLUMNS = ['publisher', 'publisher_zh', 'zh_name_source'] as const;
/** `zh_name_source` for a name the publisher itself uses and that needs no citation. */
const ESTABLISHED = 'established';

const HAN = /\p{Script=Han}/u;
/** A title's language from its script: any Han character makes it Chinese. */
export const titleLang = (title: string): NonNullable<Source['title_lang']> => (HAN.test(title) ? 'zh' : 'en');

const chineseName: RecordRule = (c, say) => {
  if (typeof c.publisher_zh === 'string' && c.publisher_zh && !HAN.test(c.publisher_zh)) say('publisher_zh', `publisher_zh "${c.publisher_zh}" has no Chinese characters`);
};
const publisherRow = recordSchema(
  {
    publisher: filled('publisher is empty'),
    publisher_zh: filled('publisher_zh is empty: leave a publisher with no established Chinese name out of the table'),
    zh_name_source: filled(`zh_name_source is empty: write "${ESTABLISHED}" or the id of a source that gives the Chinese name`),
  },
  chineseName,
  noLatinWords('publisher_zh'),
  textRules(PUBLISHER_TEXT),
);

const sourceRow = recordSchema(
  {
    id: recordId,
    kind: oneOf('kind', sourceSchema.shape.kind.options),
    publisher: filled('publisher is empty'),
    title: filled('title is empty'),
    date: partialDate(''),
    url: z.string(),
  },
  textRules(SOURCE_TEXT),
);

/** The source ids there are, and the ones some record cites. */
export class SourceLedger {
  private readonly ids: ReadonlySet<string>;
  private readonly cited = new Set<string>();
  constructor(
    readonly sources: readonly Source[],
    private readonly report: Report,
  ) {
    this.ids = new Set(sources.map((s) => s.id));
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Reports a record that cites no source, or one not in sources.csv; counts the rest as cited. */
  cite(ids: readonly string[], file: InputKey, line: number | null, record: string): void {
    const problem = this.report.in(file);
    if (ids.length === 0) problem(line, record, 'source_ids is empty: every record needs a source');
    for (const id of ids) {
      if (this.has(id)) this.cited.add(id);
      else problem(line, record, `unknown source id "${id}" in source_ids (not in ${this.report.files.sources})`);
    }
  }

  /** A source the build itself cites (outline, census, yearbook) must be in the bibliography. */
  require(id: string, purpose: string): void {
    if (this.has(id)) this.cited.add(id);
    else this.report.in('sources')(null, id, `source "${id}" is needed for ${purpose} but missing`);
  }

  /** Counts a known source as cited; false when there is no such source. */
  citeOne(id: string): boolean {
    if (this.has(id)) this.cited.add(id);
    return this.has(id);
  }

  uncited(): string[] {
    return this.sources.filter((s) => !this.cited.has(s.id)).map((s) => s.id);
  }
}

/**
 * The Chinese name of each publisher in geo/publishers.csv, keyed by the publisher as sources.csv
 * writes it. A row whose publisher no source has would never be shown, so it is a problem (a typo
 * in either file would otherwise silently drop the Chinese name).
 */
function readPublishers(text: string, report: Report, sources: readonly Source[]): Map<string, string> {
  const problem = report.in('publishers');
  const known = new Set(sources.map((s) => s.publisher));
  const sourceIds = new Set(sources.map((s) => s.id));
  const names = new Map<string, string>();
  const rows = keyedBy(readCsv(text, PUBLISHER_COLUMNS, problem), 'publisher');
  for (const { line, key: publisher, cells } of distinct(rows, rowKeyRules('publisher', (k) => (k ? null : 'publisher is empty')), problem)) {
    const found = messagesOf(publisherRow.safeParse(cells));
    if (!known.has(publisher)) found.push(`no source in ${report.files.sources} has the publisher "${publisher}" (write it exactly as sources.csv does)`);
    const basis = cells.zh_name_source ?? '';
    if (basis && basis !== ESTABLISHED && !sourceIds.has(basis)) {
      found.push(`zh_name_source "${basis}" is neither "${ESTABLISHED}" nor a source id in ${report.files.sources}`);
    }
    for (const message of found) problem(line, publisher, message);
    if (found.length === 0) names.set(publisher, cells.publisher_zh ?? '');
  }
  return names;
}

export function readSources(text: string, report: Report, publishersText?: string): SourceLedger {
  const problem = report.in('sources');
  const sources: Source[] = [];
  const rows = keyedBy(readCsv(text, SOURCE_COLUMNS, problem), 'id');
  for (const { line, key: id, cells } of distinct(rows, rowKeyRules('source id'), problem)) {
    const parsed = sourceRow.safeParse(cells);
    for (const message of messagesOf(parsed)) problem(line, id, message);
    // Listed even when wrong, so that the records citing it are not reported a second time.
    sources.push({
      id,
      kind: cells.kind as Source['kind'],
      publisher: cells.publisher ?? '',
      title: cells.title ?? '',
      date: cells.date || null,
      url: cells.url || null,
    });
  }
  const chinese = publishersText === undefined ? new Map<string, string>() : readPublishers(publishersText, report, sources);
  const joined = sources.map((s) => ({ ...s, publisher_zh: chinese.get(s.publisher) ?? null, title_lang: titleLang(s.title) }));
  return new SourceLedger(joined, report);
}
