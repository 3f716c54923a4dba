// Every site in the data, mapped or not, in one table: where a planner checks what the map does
// and does not show. A site without a verified location is a row here, never a point on the map.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery, sitesQuery } from '../../data/queries';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { SourceRefs } from '../../components/source-ref';
import { LocalizedName } from '../../components/localized-span';
import { formatPartialDate, formatRadius } from '../../lib/format';
import { isApproximate, isMapped } from '../../lib/geo';
import type { Site } from '../../data/schemas';

export function SitesTable() {
  const t = useT();
  const lang = useLang();
  const sites = useQuery(sitesQuery);
  const districts = useQuery(districtsQuery);
  const districtName = useMemo(() => {
    const byCode = new Map(districts.data?.features.map((f) => [f.properties.code, f.properties]));
    return (code: string) => {
      const d = byCode.get(code);
      return d ? nameOf(d, lang) : code;
    };
  }, [districts.data, lang]);

  if (sites.isPending) return <p className="details__placeholder">{t('common.loading')}</p>;
  if (!sites.data) return <p className="details__placeholder">{t('table.unavailable')}</p>;

  return (
    <div className="sites-table">
      <table>
        <caption>{t('table.caption', { count: sites.data.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.district')}</th>
            <th scope="col">{t('table.location')}</th>
            <th scope="col">{t('table.opened')}</th>
            <th scope="col">{t('table.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.data.map((s) => (
            <SiteRow key={s.id} site={s} districtName={districtName} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One site's row. It asks the store only whether its site is the one selected, so a selection
 * re-renders the rows whose answer changed, not the whole table.
 */
function SiteRow({ site: s, districtName }: { site: Site; districtName: (code: string) => string }) {
  const t = useT();
  const lang = useLang();
  const select = useAppStore((st) => st.select);
  const selected = useAppStore((st) => st.selection?.kind === 'site' && st.selection.id === s.id);
  return (
    <tr aria-current={selected ? 'true' : undefined}>
      <th scope="row">
        <button type="button" className="link" onClick={() => select({ kind: 'site', id: s.id })}>
          <LocalizedName of={s} />
        </button>
      </th>
      <td>{t(`category.${s.category}`)}</td>
      <td>{districtName(s.district_code)}</td>
      <td>
        {!isMapped(s)
          ? t('table.notMapped')
          : isApproximate(s)
            ? t('table.approximate', { radius: formatRadius(s.precision_m!, lang) })
            : t('table.exact', { radius: formatRadius(s.precision_m!, lang) })}
      </td>
      <td>{formatPartialDate(s.opened, lang) ?? t('table.undated')}</td>
      <td>
        <SourceRefs ids={s.source_ids} />
      </td>
    </tr>
  );
}
