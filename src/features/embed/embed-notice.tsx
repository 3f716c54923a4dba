// A data file the embed needs that failed: named over the map with a Retry, the same words as the
// dashboard's alerts, so a portal never shows an empty map without saying why. `children`: other
// notices in the same place (the `data=` saved map's, use-data-link.tsx).
import type { ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { areasQuery, districtsQuery, factsQuery, sitesQuery } from '../../data/queries';
import { DataFileError } from '../../data/fetch-json';
import { useT } from '../../i18n/i18n';

export function EmbedDataNotice({ charts, children }: { charts: boolean; children?: ReactNode }) {
  const t = useT();
  const queries = charts ? [districtsQuery, areasQuery, sitesQuery, factsQuery] : [districtsQuery, areasQuery, sitesQuery];
  const results = useQueries({ queries });
  const failed = results.map((r, i) => ({ r, file: String(queries[i]!.queryKey[1]) })).filter(({ r }) => r.isError);
  if (failed.length === 0 && !children) return null;
  return (
    <div className="embed__notice">
      {children}
      {failed.map(({ r, file }) => (
        <p key={file} role="alert">
          <span>{t(`dataError.${r.error instanceof DataFileError ? r.error.reason : 'network'}`, { file })}</span>{' '}
          <button type="button" onClick={() => void r.refetch()} disabled={r.isFetching}>
            {r.isFetching ? t('common.loading') : t('dataError.retry')}
          </button>
        </p>
      ))}
    </div>
  );
}
