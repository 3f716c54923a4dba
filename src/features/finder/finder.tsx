// Keyboard route to every feature: a search box and three lists (districts, areas, sites), then
// the matching points of the reader's own imported layers. Each entry is a button, so Tab and
// Enter reach and select anything that the map can.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import { nameOf, useLang, useT, type T } from '../../i18n/i18n';
import { languageOf } from '../../i18n/languages';
import { localized, type LocalizedText } from '../../i18n/localized';
import { LocalizedSpan } from '../../components/localized-span';
import type { Site } from '../../data/schemas';
import { useAppStore } from '../../store/app-store';
import { isApproximate, isMapped } from '../../lib/geo';
import { matchesQuery } from '../../lib/search';
import { useInView } from '../../derived/analysis';
import type { Selection } from '../../lib/vocabulary';
import { ImportedPlaces, useImportedPlaceHits } from './imported-places';

interface FinderItem {
  selection: Selection;
  name: string;
  /** The name as read from the data, so a name shown in another language carries its `lang`. */
  text?: LocalizedText | null;
  /** Shown beside the button, not in it, so the button's name is exactly the place's name. */
  tag: { text: string; tone: 'featured' | 'plain' | 'warn' } | null;
}

const TAG_CLASS = { featured: 'tag tag--featured', plain: 'tag', warn: 'tag tag--warn' } as const;

/**
 * One entry. It asks the store only whether it is the selected one, so a selection re-renders the
 * entry that lost it and the one that gained it, not every list (issue 12's one-frame budget).
 */
function FinderEntry({ item }: { item: FinderItem }) {
  const { kind, id } = item.selection;
  const selected = useAppStore((s) => isSelected(s.selection, kind, id));
  const select = useAppStore((s) => s.select);
  const setHover = useAppStore((s) => s.setHover);
  return (
    <li>
      <button
        type="button"
        aria-current={selected || undefined}
        aria-description={item.tag?.text}
        onClick={() => select(item.selection)}
        onMouseEnter={() => setHover(item.selection)}
        onMouseLeave={() => setHover(null)}
      >
        {item.text ? <LocalizedSpan value={item.text} /> : item.name}
      </button>
      {item.tag && (
        <span className={TAG_CLASS[item.tag.tone]} aria-hidden="true">
          {item.tag.text}
        </span>
      )}
    </li>
  );
}

/** One titled list of places; hovering an entry highlights it on the map and in the chart. */
function FinderSection({
  heading,
  items,
  alwaysShow = false,
  loading = false,
}: {
  heading: string;
  items: FinderItem[];
  alwaysShow?: boolean;
  loading?: boolean;
}) {
  const t = useT();
  const headingId = useId();
  if (!alwaysShow && items.length === 0) return null;
  return (
    <>
      <h3 className="finder__heading" id={headingId}>
        {heading}
      </h3>
      {loading && <p className="finder__empty">{t('common.loading')}</p>}
      <ul className="finder__list" aria-labelledby={headingId}>
        {items.map((item) => (
          <FinderEntry key={`${item.selection.kind}:${item.selection.id}`} item={item} />
        ))}
      </ul>
    </>
  );
}

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
  const districts = useQuery(districtsQuery);
  const areas = useQuery(areasQuery);
  const sites = useQuery(sitesQuery);
  // "Filter to map view" (Analyse panel) narrows these lists like the chart.
  const inView = useInView();

  const districtItems = useMemo(
    () =>
      (districts.data?.features ?? [])
        .map((f) => f.properties)
        .filter((d) => (!inView || inView.district(d.code)) && matchesQuery(deferred, [d.name_en, d.name_zh, d.code])),
    [districts.data, deferred, inView],
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
        .filter((s) => (!inView || inView.site(s)) && matchesQuery(deferred, [s.name_en, s.name_zh, s.address_en, s.address_zh]))
        .sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang), languageOf(lang).locale)),
    [sites.data, deferred, lang, inView],
  );
  const imported = useImportedPlaceHits(deferred, inView);
  const nothing = deferred.trim() !== '' && !districtItems.length && !areaItems.length && !siteItems.length && !imported.length;

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
      {inView && <p className="finder__empty">{t('finder.inView')}</p>}

      <FinderSection
        heading={t('finder.districts')}
        alwaysShow
        loading={districts.isPending}
        items={districtItems.map((d) => ({
          selection: { kind: 'district', id: d.code },
          name: nameOf(d, lang),
          tag: d.featured ? { text: t('finder.featured'), tone: 'featured' } : null,
        }))}
      />
      <FinderSection
        heading={t('finder.areas')}
        items={areaItems.map((a) => ({
          selection: { kind: 'area', id: a.id },
          name: nameOf(a, lang),
          tag: a.schematic ? { text: t('tag.schematic'), tone: 'plain' } : null,
        }))}
      />
      <FinderSection
        heading={t('finder.sites')}
        items={siteItems.map((s) => {
          const tag = siteTag(s, t);
          return {
            selection: { kind: 'site', id: s.id },
            name: nameOf(s, lang),
            text: localized(s, 'name', lang),
            tag: tag ? { text: tag, tone: isMapped(s) ? 'plain' : 'warn' } : null,
          };
        })}
      />
      <ImportedPlaces groups={imported} />
    </nav>
  );
}
