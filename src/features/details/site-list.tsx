// Lists of sites inside a district or area, and the stand-ins shown while their file loads or
// after it failed.
import { useT, type T } from '../../i18n/i18n';
import { LocalizedName } from '../../components/localized-span';
import type { Site } from '../../data/schemas';
import { useAppStore } from '../../store/app-store';
import { isApproximate, isMapped } from '../../lib/geo';

export type QueryStatus = 'pending' | 'error' | 'success';

/**
 * Stands in for content whose file has not arrived (or failed): "no sites" or "no data" would be
 * a false statement about Shanghai, not about the network.
 */
export function NotLoaded({ status }: { status: Exclude<QueryStatus, 'success'> }) {
  const t = useT();
  return status === 'pending' ? (
    <p className="details__placeholder">{t('common.loading')}</p>
  ) : (
    <p className="details__note">{t('details.notLoaded')}</p>
  );
}

/** The sites inside a district or area, with their count only once the sites file has loaded. */
export function SitesHere({ sites, status }: { sites: readonly Site[]; status: QueryStatus }) {
  const t = useT();
  if (status !== 'success') {
    return (
      <>
        <h3>{t('details.sitesHereUncounted')}</h3>
        <NotLoaded status={status} />
      </>
    );
  }
  return (
    <>
      <h3>{t('details.sitesHere', { count: sites.length })}</h3>
      {sites.length ? <SiteList sites={sites} t={t} /> : <p className="details__note">{t('details.noSitesRecorded')}</p>}
    </>
  );
}

export function categoryLabel(site: Site, t: T): string {
  return t(`category.${site.category}`);
}

export function SiteList({ sites, t }: { sites: readonly Site[]; t: T }) {
  const select = useAppStore((s) => s.select);
  return (
    <ul className="details__sites">
      {sites.map((s) => (
        <li key={s.id}>
          <button type="button" className="link" onClick={() => select({ kind: 'site', id: s.id })}>
            <LocalizedName of={s} />
          </button>{' '}
          <span className="details__site-kind">{categoryLabel(s, t)}</span>
          {!isMapped(s) ? (
            <span className="tag tag--warn">{t('tag.unmapped')}</span>
          ) : (
            isApproximate(s) && <span className="tag">{t('tag.approximate')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
