// One alert per data file that failed, naming the file and offering a retry. Every other part of
// the page keeps working from the files that did load.
import { useQueries } from '@tanstack/react-query';
import { areasQuery, districtsQuery, factsQuery, sitesQuery, sourcesQuery } from '../data/queries';
import { DataFileError } from '../data/fetch-json';
import { useT } from '../i18n/i18n';

const QUERIES = [districtsQuery, areasQuery, sitesQuery, factsQuery, sourcesQuery];

export function DataStatus() {
  const t = useT();
  const results = useQueries({ queries: QUERIES });
  const failed = results
    .map((r, i) => ({ r, file: String(QUERIES[i]!.queryKey[1]) }))
    .filter(({ r }) => r.isError);
  if (!failed.length) return null;
  return (
    <div className="data-status">
      {failed.map(({ r, file }) => {
        const reason = r.error instanceof DataFileError ? r.error.reason : 'network';
        return (
          <div key={file} role="alert" className="data-status__alert">
            <span>{t(`dataError.${reason}`, { file })}</span>
            <button type="button" className="button" onClick={() => void r.refetch()} disabled={r.isFetching}>
              {r.isFetching ? t('common.loading') : t('dataError.retry')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
