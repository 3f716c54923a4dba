// A PMTiles file on a static host or CDN as a layer: the scaling road for data too large to import
// (README, "Past the browser"). The URL and the vector layer's name are checked before it is added.
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { newDatasetId, readDataset } from '../../lib/import/dataset';
import { addDatasets, useImportStore } from './store';

export function PmtilesForm() {
  const t = useT();
  const [url, setUrl] = useState('');
  const [layer, setLayer] = useState('');
  const [bad, setBad] = useState(false);
  const add = () => {
    const trimmed = url.trim();
    const name = trimmed.split('/').pop()?.replace(/\.pmtiles$/i, '') || 'tiles';
    const colour = useImportStore.getState().datasets.filter((d) => d.kind !== 'districts').length;
    const d = /\.pmtiles$/i.test(new URL(trimmed, 'http://x').pathname)
      ? readDataset({ kind: 'pmtiles', id: newDatasetId('pmtiles'), name, created: new Date().toISOString(), url: trimmed, sourceLayer: layer.trim(), colour })
      : null;
    setBad(d === null);
    if (!d) return;
    addDatasets([d]);
    setUrl('');
    setLayer('');
  };
  return (
    <details className="import-pmtiles">
      <summary>{t('import.pmtiles.title')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          try {
            add();
          } catch {
            setBad(true);
          }
        }}
      >
        <label className="import-field">
          <span>{t('import.pmtiles.url')}</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…/data.pmtiles" data-testid="pmtiles-url" />
        </label>
        <label className="import-field">
          <span>{t('import.pmtiles.layer')}</span>
          <input value={layer} onChange={(e) => setLayer(e.target.value)} maxLength={120} data-testid="pmtiles-layer" />
        </label>
        {bad && <p role="alert">{t('import.pmtiles.bad')}</p>}
        <button type="submit">{t('import.pmtiles.add')}</button>
      </form>
    </details>
  );
}
