// The figures a chapter cites, each read from facts.json by id: the tour names the fact, the data
// says the number, so a corrected figure never needs the tour rewritten.
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import type { Fact } from '../../data/schemas';
import { FactFigure } from '../../components/figure';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { metricLabel } from '../../i18n/messages/metrics';

/** What a fact is about, by name: "Changning", "Shanghai Light Source"; null for city-wide facts. */
function useSubjectName(fact: Fact | undefined): string | null {
  const lang = useLang();
  const sites = useQuery(sitesQuery).data;
  const areas = useQuery(areasQuery).data;
  const districts = useQuery(districtsQuery).data;
  if (!fact) return null;
  const named = (rec: { name_en: string; name_zh: string } | undefined) => (rec ? nameOf(rec, lang) : fact.subject);
  switch (fact.scope) {
    case 'site':
      return named(sites?.find((s) => s.id === fact.subject));
    case 'area':
      return named(areas?.features.find((a) => a.properties.id === fact.subject)?.properties);
    case 'district':
      return named(districts?.features.find((d) => d.properties.code === fact.subject)?.properties);
    default:
      return null;
  }
}

export function ChapterFigure({ id, facts }: { id: string; facts: readonly Fact[] | undefined }) {
  const t = useT();
  const lang = useLang();
  const fact = facts?.find((f) => f.id === id);
  const subject = useSubjectName(fact);
  if (!facts) return <p className="presenter__figure-pending">{t('common.loading')}</p>;
  // The build refuses unknown fact ids; a stale facts file in the cache is the only way here.
  if (!fact) return <p className="presenter__figure-missing">{t('tour.figureMissing', { id })}</p>;
  const metric = metricLabel(fact.metric, lang);
  return <FactFigure fact={fact} label={subject ? `${subject} · ${metric}` : metric} large compact />;
}
