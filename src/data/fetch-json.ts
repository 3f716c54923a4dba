// Every data file enters the app through here: fetched from public/data/ and validated with its
// zod schema. A failure names the file, so the message a user sees says which part is missing.
import type { z } from 'zod';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'network' | 'http' | 'json' | 'schema',
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataFileError';
  }
}

export function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

export async function fetchValidated<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(dataUrl(file));
  } catch (e) {
    throw new DataFileError(file, 'network', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new DataFileError(file, 'http', `HTTP ${res.status}`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new DataFileError(file, 'json', 'not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DataFileError(file, 'schema', first ? `${first.path.join('.')}: ${first.message}` : 'invalid');
  }
  return parsed.data;
}
