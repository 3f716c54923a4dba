// The lists a chapter can ask for under its text: straight-line distances between two sites, and
// the sites the map cannot draw because no source gives their location.
import type { Site, TourChapter } from '../../data/schemas';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { roundDistanceKm, straightLine } from '../../lib/straight-line';

export function Distances({ chapter, sites }: { chapter: TourChapter; sites: readonly Site[] }) {
  const t = useT();
  const lang = useLang();
  const rows = chapter.distances.flatMap((d) => {
    const from = sites.find((s) => s.id === d.from);
    const to = sites.find((s) => s.id === d.to);
    const line = from && to ? straightLine(from, to) : null;
    if (!from || !to || !line) return [];
    const { km, plusMinusKm } = roundDistanceKm(line);
    return [{ key: `${d.from}-${d.to}`, text: t('tour.distance', { from: nameOf(from, lang), to: nameOf(to, lang), km: formatNumber(km, lang, 1), plusMinus: formatNumber(plusMinusKm, lang, 1) }) }];
  });
  if (rows.length === 0) return null;
  return (
    <div className="presenter__list">
      <h2>{t('tour.distances')}</h2>
      <ul>
        {rows.map((r) => (
          <li key={r.key}>{r.text}</li>
        ))}
      </ul>
    </div>
  );
}

export function Unmapped({ sites }: { sites: readonly Site[] }) {
  const t = useT();
  const lang = useLang();
  const unmapped = sites.filter((s) => s.lon === null || s.lat === null);
  return (
    <div className="presenter__list">
      <h2>{t('tour.unmapped')}</h2>
      {unmapped.length === 0 ? (
        <p>{t('tour.unmappedNone')}</p>
      ) : (
        <ul className="presenter__unmapped">
          {unmapped.map((s) => (
            <li key={s.id}>{nameOf(s, lang)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
