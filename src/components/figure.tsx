// A sourced figure as a reader sees it: the number with its qualifier and unit, its date, its note
// and its source. The only way the app shows a fact.
import type { Fact } from '../data/schemas';
import { useLang, useT } from '../i18n/i18n';
import { formatFigure, formatPartialDate } from '../lib/format';
import { SourceRef } from './source-ref';

/** `compact` keeps the note out of the flow (as a tooltip) where space is short, e.g. the headline strip. */
export function FactFigure({ fact, label, large = false, compact = false }: { fact: Fact; label?: string; large?: boolean; compact?: boolean }) {
  const lang = useLang();
  const t = useT();
  const note = lang === 'zh' ? fact.note_zh : fact.note_en;
  const date = formatPartialDate(fact.as_of, lang);
  return (
    <div className={large ? 'figure figure--large' : 'figure'} title={compact && note ? note : undefined}>
      {label && <div className="figure__label">{label}</div>}
      <div className="figure__value">{formatFigure(fact, lang)}</div>
      <div className="figure__meta">
        <span className="figure__date">{date ? t('figure.asOf', { date }) : t('figure.noDate')}</span>
        <SourceRef id={fact.source_id} />
      </div>
      {note && !compact && <div className="figure__note">{note}</div>}
    </div>
  );
}
