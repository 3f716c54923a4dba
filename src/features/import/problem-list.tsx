// The problems found in a file, each naming its row and column; a long list stops at the limit
// and says how many more there were.
import { useT } from '../../i18n/i18n';
import { IMPORT_LIMITS } from '../../lib/import/limits';
import type { ImportProblem } from '../../lib/import/problems';
import { problemText } from './problem-text';

export function ProblemList({ problems, rowKind }: { problems: readonly ImportProblem[]; rowKind: 'row' | 'feature' }) {
  const t = useT();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, IMPORT_LIMITS.listedProblems);
  return (
    <details className="import-problems" open={problems.length <= 20} data-testid="import-problems">
      <summary>{t('import.problemsTitle', { n: problems.length })}</summary>
      <ul>
        {shown.map((p, i) => (
          <li key={i} data-code={p.code} data-row={p.row ?? undefined}>
            {problemText(p, t, rowKind)}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>{t('import.problemsMore', { n: problems.length - shown.length })}</p>}
    </details>
  );
}
