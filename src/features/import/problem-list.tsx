// The problems found in a file, each naming its row and column; a long list stops at the limit
// and says how many more there were.
import { useLang, useT } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { IMPORT_LIMITS } from '../../lib/import/limits';
import type { ImportProblem } from '../../lib/import/problems';
import { problemText } from './problem-text';

export function ProblemList({ problems, rowKind }: { problems: readonly ImportProblem[]; rowKind: 'row' | 'feature' }) {
  const t = useT();
  const lang = useLang();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, IMPORT_LIMITS.listedProblems);
  return (
    <details className="import-problems" open={problems.length <= 20} data-testid="import-problems">
      <summary>{t('import.problemsTitle', { n: formatNumber(problems.length, lang, 0) })}</summary>
      <ul>
        {shown.map((p, i) => (
          <li key={i} data-code={p.code} data-row={p.row ?? undefined}>
            {problemText(p, t, lang, rowKind)}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>{t('import.problemsMore', { n: formatNumber(problems.length - shown.length, lang, 0) })}</p>}
    </details>
  );
}
