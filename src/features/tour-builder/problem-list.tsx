// What is wrong with a tour or a tour file, one problem a line in the page's language, as text
// (never as HTML: a file's contents may appear in a message).
import { useLang } from '../../i18n/i18n';
import { tourProblemText } from '../../i18n/tour-problem-text';
import type { TourProblem } from '../../lib/tour-problems';

export function ProblemList({ title, problems }: { title: string; problems: readonly TourProblem[] }) {
  const lang = useLang();
  return (
    <div className="builder__problems" role="alert">
      <p>{title}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{tourProblemText(p, lang)}</li>
        ))}
      </ul>
    </div>
  );
}
