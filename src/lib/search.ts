// Search that works for both scripts: case- and accent-insensitive for Latin names, plain substring
// for Chinese. "jing an", "Jing'an" and "静安" all find Jing'an.
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’\-.,()]+/g, '');
}

export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const q = normalise(query);
  if (!q) return true;
  return fields.some((f) => normalise(f).includes(q));
}
