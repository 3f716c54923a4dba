// A problem in the reader's language: where (row or feature, and column) and what, as plain text.
import type { T } from '../../i18n/i18n';
import type { Lang } from '../../i18n/languages';
import { formatNumber } from '../../lib/format';
import type { ImportProblem } from '../../lib/import/problems';
import { IMPORT_LIMITS } from '../../lib/import/limits';

export function problemText(p: ImportProblem, t: T, lang: Lang, rowKind: 'row' | 'feature' = 'row'): string {
  const num = (n: number) => formatNumber(n, lang, 0);
  const [value, first] = (p.value ?? '').split('|');
  const what = t(`import.problem.${p.code}`, {
    value: value ?? '',
    first: first ?? '',
    mb: num(IMPORT_LIMITS.bytes / 1024 / 1024),
    rows: num(IMPORT_LIMITS.rows),
    columns: num(IMPORT_LIMITS.columns),
  });
  if (p.row === null) return what;
  const where = [t(rowKind === 'feature' ? 'import.where.feature' : 'import.where.row', { row: num(p.row) }), p.column ? t('import.where.column', { column: p.column }) : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${what}`;
}
