// A problem in the reader's language: where (row or feature, and column) and what, as plain text.
import type { T } from '../../i18n/i18n';
import type { ImportProblem } from '../../lib/import/problems';
import { IMPORT_LIMITS } from '../../lib/import/limits';

export function problemText(p: ImportProblem, t: T, rowKind: 'row' | 'feature' = 'row'): string {
  const [value, first] = (p.value ?? '').split('|');
  const what = t(`import.problem.${p.code}`, {
    value: value ?? '',
    first: first ?? '',
    mb: IMPORT_LIMITS.bytes / 1024 / 1024,
    rows: IMPORT_LIMITS.rows,
    columns: IMPORT_LIMITS.columns,
  });
  if (p.row === null) return what;
  const where = [t(rowKind === 'feature' ? 'import.where.feature' : 'import.where.row', { row: p.row }), p.column ? t('import.where.column', { column: p.column }) : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${what}`;
}
