// What a build finds: problems, which fail it, and notes, which --verbose prints. A problem carries
// the file, the line and the record apart from its words, so the person editing geo/ is sent to
// the right row whichever reader found it.
import type { z } from 'zod';
import type { InputKey, InputNames } from './inputs';

export interface Problem {
  file: string;
  /** 1-based line in the input file, when the record can be located. */
  line: number | null;
  /** The record's id (site id, source id, district code, fact id …). */
  record: string | null;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.record === null ? `${where}: ${p.message}` : `${where} [${p.record}]: ${p.message}`;
}

/** Reports a problem in one file. */
export type ProblemAt = (line: number | null, record: string | null, message: string) => void;

export class Report {
  readonly problems: Problem[] = [];
  readonly notes: string[] = [];
  constructor(readonly files: InputNames) {}

  /** The problem reporter of one input, or of a file named by its path (an output, say). */
  in(file: InputKey | string): ProblemAt {
    const name = file in this.files ? this.files[file as InputKey] : file;
    return (line, record, message) => this.problems.push({ file: name, line, record, message });
  }

  note(text: string): void {
    this.notes.push(text);
  }
}

/** The messages of a failed parse; the schemas word them in full, field included. */
export function messagesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

/** Whether a failed parse found anything wrong with one of these fields. */
export function touches(result: z.ZodSafeParseResult<unknown>, fields: readonly string[]): boolean {
  return !result.success && result.error.issues.some((issue) => fields.includes(String(issue.path[0])));
}

/** A zod issue path as the field a person would look for: `title.zh`, `layers[1]`, `camera.center`. */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** A record as the readers first meet it: the key that identifies it, and where it is. */
export interface Keyed {
  key: string;
  line: number | null;
  /** How messages name the record (null when nothing names it yet). */
  record: string | null;
}

/**
 * The records worth checking, in file order: one whose key is missing or malformed, or repeats an
 * earlier record's, is reported once and left out, rather than drawing a second round of problems
 * about a record that is already wrong. Lazy, so its problems interleave with the caller's by line.
 */
export function* distinct<T extends Keyed>(
  items: Iterable<T>,
  rules: { invalid: (key: string) => string | null; repeated: (first: T) => string },
  problem: ProblemAt,
): Generator<T> {
  const firsts = new Map<string, T>();
  for (const item of items) {
    const invalid = rules.invalid(item.key);
    const first = firsts.get(item.key);
    if (invalid !== null) problem(item.line, item.record, invalid);
    else if (first) problem(item.line, item.record, rules.repeated(first));
    else {
      firsts.set(item.key, item);
      yield item;
    }
  }
}
