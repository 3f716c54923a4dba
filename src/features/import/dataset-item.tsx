// One imported dataset in the list: what it is, show or hide, a filter by a column's value, the
// radius of its reach metric, exports and removal. Names from the file are shown as text.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { districtsQuery } from '../../data/queries';
import { useT } from '../../i18n/i18n';
import { countText, formatList } from '../../lib/format';
import { useLang } from '../../i18n/i18n';
import { rowCells, type Dataset, type PointDataset } from '../../lib/import/dataset';
import { districtDatasetCsv, pointDatasetCsv, pointDatasetGeoJson } from '../../lib/import/export';
import { setRuntimeLayerVisible } from '../map/layers';
import { useRuntimeLayers } from '../map/runtime-layers';
import { LegendSwatch } from '../map/legend-swatch';
import { removeDataset, updateDataset } from './store';
import { downloadBlob } from '../../lib/download';
import { PointSearch } from './point-search';

const MAX_FILTER_VALUES = 200;

function distinctValues(d: PointDataset, column: number): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < d.rows.length; i++) {
    seen.add(rowCells(d, i)[column] ?? '');
    if (seen.size > MAX_FILTER_VALUES) break;
  }
  return [...seen].sort();
}

function PointControls({ d }: { d: PointDataset }) {
  const t = useT();
  const id = useId();
  const values = d.filter ? distinctValues(d, d.filter.column) : [];
  return (
    <div className="import-item__controls">
      <label className="import-field">
        <span>{t('import.filterColumn')}</span>
        <select
          value={d.filter?.column ?? ''}
          onChange={(e) => {
            const column = e.target.value === '' ? null : Number(e.target.value);
            updateDataset({ ...d, filter: column === null ? null : { column, values: distinctValues(d, column).slice(0, 1) } });
          }}
          data-testid="import-filter-column"
        >
          <option value="">{t('import.filterNone')}</option>
          {d.columns.map((c, i) => (
            <option key={i} value={i}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {d.filter && (
        <label className="import-field">
          <span>{t('import.filterValue')}</span>
          <select
            value={d.filter.values[0] ?? ''}
            onChange={(e) => updateDataset({ ...d, filter: { column: d.filter!.column, values: [e.target.value] } })}
            data-testid="import-filter-value"
          >
            {values.map((v) => (
              <option key={v} value={v}>
                {v || '—'}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="import-field" htmlFor={`${id}-reach`}>
        <span>{t('import.reachKm')}</span>
        <input
          id={`${id}-reach`}
          type="number"
          min={0.5}
          max={50}
          step={0.5}
          defaultValue={d.reachKm}
          onBlur={(e) => {
            const km = Number(e.target.value);
            if (Number.isFinite(km) && km >= 0.5 && km <= 50 && km !== d.reachKm) updateDataset({ ...d, reachKm: km });
          }}
        />
      </label>
      <PointSearch d={d} />
    </div>
  );
}

export function DatasetItem({ d }: { d: Dataset }) {
  const t = useT();
  const lang = useLang();
  const districts = useQuery(districtsQuery).data;
  const layer = useRuntimeLayers().find((e) => e.id === `imported-${d.id}`);
  const summary =
    d.kind === 'districts'
      ? t('import.list.metrics', { names: formatList(d.metrics.map((m) => m.label), lang) })
      : d.kind === 'points'
        ? t('import.list.points', { points: countText('points', d.rows.length, lang), crs: t(`import.crs.${d.crs}`) })
        : t('import.list.pmtiles', { url: d.url });
  const exportCsv = () => {
    if (d.kind === 'districts' && districts) downloadBlob(new Blob([districtDatasetCsv(d, districts.features.map((f) => f.properties))], { type: 'text/csv' }), `${d.name}.csv`);
    if (d.kind === 'points') downloadBlob(new Blob([pointDatasetCsv(d)], { type: 'text/csv' }), `${d.name}.csv`);
  };
  return (
    <li className="import-item" data-testid="import-item" data-kind={d.kind}>
      <div className="import-item__head">
        {layer ? (
          <label>
            <input type="checkbox" checked={layer.visible} onChange={(e) => setRuntimeLayerVisible(layer.id, e.target.checked)} aria-label={t('import.show', { name: d.name })} />
            {layer.legend[0] && <LegendSwatch swatch={layer.legend[0]} />}
            <span className="import-item__name">{d.name}</span>
          </label>
        ) : (
          <span className="import-item__name">{d.name}</span>
        )}
        <button type="button" className="import-item__remove" onClick={() => removeDataset(d.id)} aria-label={t('import.removeLabel', { name: d.name })}>
          {t('import.remove')}
        </button>
      </div>
      <p className="import-item__summary">{summary}</p>
      {d.kind === 'points' && <PointControls d={d} />}
      {d.kind !== 'pmtiles' && (
        <div className="import-item__exports">
          <button type="button" onClick={exportCsv}>
            {t('import.exportCsv')}
          </button>
          {d.kind === 'points' && (
            <button type="button" onClick={() => downloadBlob(new Blob([JSON.stringify(pointDatasetGeoJson(d))], { type: 'application/geo+json' }), `${d.name}.geojson`)}>
              {t('import.exportGeojson')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
