// A sourced figure as a reader sees it: the number with its qualifier and unit, its date, its note
// and its source. The only way the app shows a fact. Where the reader's language abbreviates the
// number ("675万人"), the exact figure is one step away: the value's tooltip and the citation.
import type { Fact } from '../data/schemas';
import { markedText, useLang, useT } from '../i18n/i18n';
import { localized } from '../i18n/localized';
import { figureText, formatPartialDate } from '../lib/format';
import { SourceRef } from './source-ref';
import { LocalizedSpan } from './localized-span';

/** A fact is shown with every decimal its source gives (163.711 billion yuan, 10.29%). */
export const FACT_DIGITS = 6;

/** `compact` keeps the note out of the flow (as a tooltip) where space is short, e.g. the headline strip. */
export function FactFigure({ fact, label, large = false, compact = false }: { fact: Fact; label?: string; large?: boolean; compact?: boolean }) {
  const lang = useLang();
  const t = useT();
  const note = localized(fact, 'note', lang);
  const date = formatPartialDate(fact.as_of, lang);
  const figure = figureText(fact, lang, FACT_DIGITS);
  return (
    <div className={large ? 'figure figure--large' : 'figure'} title={compact && note ? markedText(note, lang) : undefined}>
      {label && <div className="figure__label">{label}</div>}
      <div className="figure__value" title={figure.exact ?? undefined}>
        {figure.text}
      </div>
      <div className="figure__meta">
        <span className="figure__date">{date ? t('figure.asOf', { date }) : t('figure.noDate')}</span>
        <SourceRef id={fact.source_id} figure={figure.exact ?? figure.text} full={compact} />
      </div>
      {note && !compact && (
        <div className="figure__note">
          <LocalizedSpan value={note} />
        </div>
      )}
    </div>
  );
}
