// Keyboard route to every feature: a search box and three lists (districts, areas, sites). Each
// entry is a button, so Tab and Enter reach and select anything that the map can.
import { useDeferredValue, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import { nameOf, useLang, useT, type T } from '../../i18n/i18n';
import type { Site } from '../../data/schemas';
import { useAppStore } from '../../store/app-store';
import { isApproximate, isMapped } from '../../lib/geo';
import { matchesQuery } from '../../lib/search';
import type { Selection } from '../../lib/url-state';

function siteTag(site: Site, t: T): string | undefined {
  if (!isMapped(site)) return t('tag.unmapped');
  return isApproximate(site) ? t('tag.approximate') : undefined;
}

function isSelected(sel: Selection | null, kind: Selection['kind'], id: string): boolean {
  return sel?.kind === kind && sel.id === id;
}

export function Finder() {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const setHover = useAppStore((s) => s.setHover);
  const districts = useQuery(districtsQuery);
  const areas = useQuery(areasQuery);
  const sites = useQuery(sitesQuery);

  const districtItems = useMemo(
    () =>
      (districts.data?.features ?? [])
        .map((f) => f.properties)
        .filter((d) => matchesQuery(deferred, [d.name_en, d.name_zh, d.code])),
    [districts.data, deferred],
  );
  const areaItems = useMemo(
    () =>
      (areas.data?.features ?? [])
        .map((f) => f.properties)
        .filter((a) => matchesQuery(deferred, [a.name_en, a.name_zh])),
    [areas.data, deferred],
  );
  const siteItems = useMemo(
    () =>
      (sites.data ?? [])
        .filter((s) => matchesQuery(deferred, [s.name_en, s.name_zh, s.address_en, s.address_zh]))
        .sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang), lang === 'zh' ? 'zh-CN' : 'en')),
    [sites.data, deferred, lang],
  );
  const nothing = deferred.trim() !== '' && !districtItems.length && !areaItems.length && !siteItems.length;

  return (
    <nav className="finder" aria-label={t('finder.label')}>
      <input
        type="search"
        className="finder__search"
        aria-label={t('finder.search')}
        placeholder={t('finder.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {nothing && <p className="finder__empty">{t('finder.noMatch', { query: deferred })}</p>}

      <h3 className="finder__heading" id="finder-districts">{t('finder.districts')}</h3>
      {districts.isPending && <p className="finder__empty">{t('common.loading')}</p>}
      <ul className="finder__list" aria-labelledby="finder-districts">
        {districtItems.map((d) => (
          <li key={d.code}>
            <button
              type="button"
              aria-current={isSelected(selection, 'district', d.code) || undefined}
              onClick={() => select({ kind: 'district', id: d.code })}
              onMouseEnter={() => setHover({ kind: 'district', id: d.code })}
              onMouseLeave={() => setHover(null)}
              aria-description={d.featured ? t('finder.featured') : undefined}
            >
              {nameOf(d, lang)}
            </button>
            {d.featured && (
              <span className="tag tag--featured" aria-hidden="true">
                {t('finder.featured')}
              </span>
            )}
          </li>
        ))}
      </ul>

      {areaItems.length > 0 && (
        <>
          <h3 className="finder__heading" id="finder-areas">{t('finder.areas')}</h3>
          <ul className="finder__list" aria-labelledby="finder-areas">
            {areaItems.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  aria-current={isSelected(selection, 'area', a.id) || undefined}
                  onClick={() => select({ kind: 'area', id: a.id })}
                  aria-description={a.schematic ? t('tag.schematic') : undefined}
                >
                  {nameOf(a, lang)}
                </button>
                {a.schematic && (
                  <span className="tag" aria-hidden="true">
                    {t('tag.schematic')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {siteItems.length > 0 && (
        <>
          <h3 className="finder__heading" id="finder-sites">{t('finder.sites')}</h3>
          <ul className="finder__list" aria-labelledby="finder-sites">
            {siteItems.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={isSelected(selection, 'site', s.id) || undefined}
                  onClick={() => select({ kind: 'site', id: s.id })}
                  aria-description={siteTag(s, t)}
                >
                  {nameOf(s, lang)}
                </button>
                {siteTag(s, t) && (
                  <span className={isMapped(s) ? 'tag' : 'tag tag--warn'} aria-hidden="true">
                    {siteTag(s, t)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
