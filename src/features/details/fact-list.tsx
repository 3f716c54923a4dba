// The sourced facts of one district, area or site, each as its own figure with unit, date,
// qualifier and source. District facts come from different years, definitions and publishers, so
// they are listed one by one and never summed or ranked here.
import type { Fact } from '../../data/schemas';
import { useLang } from '../../i18n/i18n';
import { metricLabel } from '../../i18n/messages/metrics';
import { FactFigure } from '../../components/figure';

export function FactList({ facts, label }: { facts: readonly Fact[]; label?: string }) {
  const lang = useLang();
  if (facts.length === 0) return null;
  return (
    <ul className="details__facts" aria-label={label}>
      {facts.map((f) => (
        <li key={f.id}>
          <FactFigure fact={f} label={metricLabel(f.metric, lang)} />
        </li>
      ))}
    </ul>
  );
}
