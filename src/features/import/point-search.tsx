// Search within an imported point set (the same matching as the finder: src/lib/search.ts): a
// match flies the map to the point; "Measure from here" makes it the proximity tool's origin.
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { matchesQuery } from '../../lib/search';
import { useAppStore } from '../../store/app-store';
import { rowCells, type PointDataset } from '../../lib/import/dataset';
import { pointName } from './points';

const SHOWN = 8;

export function PointSearch({ d }: { d: PointDataset }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const hits = useMemo(() => {
    if (query.trim().length < 1) return [];
    const out: number[] = [];
    for (let i = 0; i < d.rows.length && out.length <= SHOWN; i++) if (matchesQuery(query, rowCells(d, i))) out.push(i);
    return out;
  }, [d, query]);
  const go = (i: number) =>
    useAppStore.getState().requestCamera({ kind: 'view', camera: { lng: d.coords[2 * i]!, lat: d.coords[2 * i + 1]!, zoom: 15, bearing: 0, pitch: 0 } });
  const measure = (i: number) => useAppStore.getState().setAnalysis({ origin: { kind: 'point', lng: d.coords[2 * i]!, lat: d.coords[2 * i + 1]! } });
  return (
    <div className="import-search">
      <label className="import-field">
        <span>{t('import.search')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="import-search" />
      </label>
      {query.trim() && hits.length === 0 && <p className="import-hint">{t('import.searchNone')}</p>}
      {hits.length > 0 && (
        <ul className="import-search__hits">
          {hits.slice(0, SHOWN).map((i) => (
            <li key={i}>
              <button type="button" className="import-search__hit" onClick={() => go(i)}>
                {pointName(d, i) || d.name}
              </button>
              <button type="button" className="import-search__measure" onClick={() => measure(i)}>
                {t('import.measureFrom')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {hits.length > SHOWN && <p className="import-hint">{t('import.searchMore', { n: SHOWN })}</p>}
    </div>
  );
}
