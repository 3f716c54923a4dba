// The lists a chapter can ask for under its text: straight-line distances between two sites, and
// the sites the map cannot draw because no source gives their location. Rows only: the caption
// body draws them, a row per block, so a step never splits a row.
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../../data/queries';
import type { TourChapter } from '../../data/schemas';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { roundDistanceKm, straightLine } from '../../lib/straight-line';

export function useDistanceRows(chapter: TourChapter): { key: string; text: string }[] {
  const t = useT();
  const lang = useLang();
  const sites = useQuery(sitesQuery).data;
  if (!sites) return [];
  return chapter.distances.flatMap((d) => {
    const from = sites.find((s) => s.id === d.from);
    const to = sites.find((s) => s.id === d.to);
    const line = from && to ? straightLine(from, to) : null;
    if (!from || !to || !line) return [];
    const { km, plusMinusKm } = roundDistanceKm(line);
    return [{ key: `${d.from}-${d.to}`, text: t('tour.distance', { from: nameOf(from, lang), to: nameOf(to, lang), km: formatNumber(km, lang, 1), plusMinus: formatNumber(plusMinusKm, lang, 1) }) }];
  });
}

/** The sites with no verified location, by name in the reader's language (empty until sites load). */
export function useUnmappedNames(wanted: boolean): { id: string; name: string }[] {
  const lang = useLang();
  const sites = useQuery(sitesQuery).data;
  if (!wanted || !sites) return [];
  return sites.filter((s) => s.lon === null || s.lat === null).map((s) => ({ id: s.id, name: nameOf(s, lang) }));
}
