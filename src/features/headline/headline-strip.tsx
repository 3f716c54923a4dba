// City figures across the top. Where two sources give different figures for the same thing (the
// incubator count, work permits at two dates) the card shows both, newest first, with their dates.
import { useQuery } from '@tanstack/react-query';
import { factsQuery } from '../../data/queries';
import type { Fact } from '../../data/schemas';
import { markedText, useLang, useT } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { metricLabel } from '../../i18n/messages/metrics';
import { FACT_DIGITS, FactFigure } from '../../components/figure';
import { SourceRef } from '../../components/source-ref';
import { figureText, formatPartialDate } from '../../lib/format';

/** The city figures a visitor should see first, in reading order. */
export const HEADLINE_METRICS = [
  'talent_total',
  'foreign_work_permits_issued',
  'returnees_working',
  'foreign_permanent_residents',
  'talent_attracted_2023',
  'incubators',
  'doctoral_master_graduates_per_year',
  'years_most_attractive_city',
] as const;

export function headlineGroups(facts: readonly Fact[]): { metric: string; facts: Fact[] }[] {
  return HEADLINE_METRICS.map((metric) => ({
    metric,
    facts: facts
      .filter((f) => f.scope === 'city' && f.metric === metric)
      .sort((a, b) => (b.as_of ?? '').localeCompare(a.as_of ?? '')),
  })).filter((g) => g.facts.length > 0);
}

/** A second figure for the same thing, on one line: value, date and its own source. */
function OtherFigure({ fact }: { fact: Fact }) {
  const t = useT();
  const lang = useLang();
  const date = formatPartialDate(fact.as_of, lang);
  const note = localized(fact, 'note', lang);
  const figure = figureText(fact, lang, FACT_DIGITS);
  return (
    <div className="headline__other" title={note ? markedText(note, lang) : undefined}>
      <span className="headline__other-label">{t('headline.otherFigure')}</span>{' '}
      <strong title={figure.exact ?? undefined}>{figure.text}</strong>
      {date && <span className="headline__other-date"> · {date}</span>} <SourceRef id={fact.source_id} bare figure={figure.exact ?? figure.text} />
    </div>
  );
}

export function HeadlineStrip() {
  const t = useT();
  const lang = useLang();
  const { data: facts, isPending, isError } = useQuery(factsQuery);
  return (
    <section className="headline" aria-label={t('headline.label')}>
      {isPending && <p className="headline__placeholder">{t('common.loading')}</p>}
      {isError && <p className="headline__placeholder">{t('headline.unavailable')}</p>}
      {facts && (
        <ul className="headline__list">
          {headlineGroups(facts).map((g) => (
            <li key={g.metric} className="headline__card">
              <FactFigure fact={g.facts[0]!} label={metricLabel(g.metric, lang)} large compact />
              {g.facts.slice(1).map((f) => (
                <OtherFigure key={f.id} fact={f} />
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
