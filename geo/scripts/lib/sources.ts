// geo/sources.csv → sources.json: the bibliography. Read first, since every other record cites it;
// the ledger then answers "is this a source?" for the other readers and keeps track of which
// sources nobody cites.
import { z } from 'zod';
import { sourceSchema, type Source } from '../../../src/data/schemas';
import { filled, oneOf, partialDate, recordId, recordSchema, textRules } from './cells';
import { keyedBy, readCsv, rowKeyRules } from './csv';
import type { InputKey } from './inputs';
import { distinct, messagesOf, type Report } from './report';
import { SOURCE_TEXT } from './text-fields';

const SOURCE_COLUMNS = ['id', 'kind', 'publisher', 'title', 'date', 'url'] as const;

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

export function readSources(text: string, report: Report): SourceLedger {
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
  return new SourceLedger(sources, report);
}
