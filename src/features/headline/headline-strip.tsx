// City figures across the top. Where two sources give different figures for the same thing (the
// incubator count, work permits at two dates) the card shows both, newest first, with their dates.
// The row shows whole cards only: as many as fit, the rest a page away behind ‹ › buttons that say
// which cards are in view; the row itself takes the arrow keys when focused.
import { useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { factsQuery } from '../../data/queries';
import type { Fact } from '../../data/schemas';
import { markedText, useLang, useT } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { metricLabel } from '../../i18n/messages/metrics';
import { FACT_DIGITS, FactFigure } from '../../components/figure';
import { SourceRef } from '../../components/source-ref';
import { figureText, formatPartialDate } from '../../lib/format';
import { usePager } from './use-pager';
import './headline.css';

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
      {date && <span className="headline__other-date"> · {date}</span>} <SourceRef id={fact.source_id} bare figure={figure.exact ?? figure.text} full />
    </div>
  );
}

export function HeadlineStrip() {
  const t = useT();
  const lang = useLang();
  const { data: facts, isPending, isError } = useQuery(factsQuery);
  const groups = facts ? headlineGroups(facts) : [];
  const list = useRef<HTMLUListElement>(null);
  const { state, page } = usePager(list, groups.length);
  const paged = state.count > 0 && (state.first > 1 || state.last < state.count);
  return (
    <section className="headline" aria-label={t('headline.label')}>
      {isPending && <p className="headline__placeholder">{t('common.loading')}</p>}
      {isError && <p className="headline__placeholder">{t('headline.unavailable')}</p>}
      {facts && (
        <div className={paged ? 'headline__row headline__row--paged' : 'headline__row'}>
          <button
            type="button"
            className="headline__page"
            aria-label={t('headline.previous')}
            title={t('headline.previous')}
            disabled={state.first <= 1}
            onClick={() => page(-1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          {/* Focusable so the arrow keys scroll it; its name says which cards are in view. */}
          <ul
            ref={list}
            className="headline__list"
            tabIndex={0}
            aria-label={paged ? t('headline.inView', { first: state.first, last: state.last, count: state.count }) : t('headline.label')}
          >
            {groups.map((g) => (
              <li key={g.metric} className="headline__card">
                <FactFigure fact={g.facts[0]!} label={metricLabel(g.metric, lang)} large compact />
                {g.facts.slice(1).map((f) => (
                  <OtherFigure key={f.id} fact={f} />
                ))}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="headline__page"
            aria-label={t('headline.next')}
            title={t('headline.next')}
            disabled={state.last >= state.count}
            onClick={() => page(1)}
          >
            <span aria-hidden="true">›</span>
          </button>
          {paged && (
            <p className="headline__position" aria-hidden="true">
              {state.first === state.last
                ? t('headline.positionOne', { first: state.first, count: state.count })
                : t('headline.position', { first: state.first, last: state.last, count: state.count })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
