// A sourced figure as a reader sees it: the number with its qualifier and unit, its date, its note
// and its source. The only way the app shows a fact.
import type { Fact } from '../data/schemas';
import { markedText, useLang, useT } from '../i18n/i18n';
import { localized } from '../i18n/localized';
import { formatFigure, formatPartialDate } from '../lib/format';
import { SourceRef } from './source-ref';
import { LocalizedSpan } from './localized-span';

/** `compact` keeps the note out of the flow (as a tooltip) where space is short, e.g. the headline strip. */
export function FactFigure({ fact, label, large = false, compact = false }: { fact: Fact; label?: string; large?: boolean; compact?: boolean }) {
  const lang = useLang();
  const t = useT();
  const note = localized(fact, 'note', lang);
  const date = formatPartialDate(fact.as_of, lang);
  return (
    <div className={large ? 'figure figure--large' : 'figure'} title={compact && note ? markedText(note, lang) : undefined}>
      {label && <div className="figure__label">{label}</div>}
      <div className="figure__value">{formatFigure(fact, lang)}</div>
      <div className="figure__meta">
        <span className="figure__date">{date ? t('figure.asOf', { date }) : t('figure.noDate')}</span>
        <SourceRef id={fact.source_id} />
      </div>
      {note && !compact && (
        <div className="figure__note">
          <LocalizedSpan value={note} />
        </div>
      )}
    </div>
  );
}
