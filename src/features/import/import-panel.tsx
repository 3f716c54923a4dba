// "Your data": import a file (or drop it on the map), the list of imported datasets, Save map, and
// a PMTiles URL as a layer. Limits are stated up front; the preview opens before anything is added.
//
//   <ImportPanel />   (no props; mounts ImportRoot, which keeps imported data registered)
import { useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { IMPORT_LIMITS } from '../../lib/import/limits';
import { countText, formatNumber } from '../../lib/format';
import { useLang } from '../../i18n/i18n';
import { useImportStore } from './store';
import { ImportRoot } from './import-root';
import { DatasetItem } from './dataset-item';
import { PreviewDialog } from './preview-dialog';
import { PmtilesForm } from './pmtiles-form';
import { openSavedMapFile, saveMap } from './saved-map';
import './import.css';

/** Stands for the `?data=` parameter in the translated hint, which renders it as code. */
const PARAM_MARK = '\u0001';

const ACCEPT = '.csv,.tsv,.txt,.tab,.xlsx,.geojson,.json,.stmap';

/** A file chosen or dropped: a saved map opens at once, anything else goes to the preview. */
export function takeFile(file: File): void {
  if (file.name.toLowerCase().endsWith('.stmap')) {
    openSavedMapFile(file);
    return;
  }
  useImportStore.getState().openFile(file);
}

export function ImportPanel() {
  const t = useT();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const datasets = useImportStore((s) => s.datasets);
  const notice = useImportStore((s) => s.notice);
  const pending = useImportStore((s) => s.pending);
  const writing = useImportStore((s) => s.writing);
  const openFile = useImportStore((s) => s.openFile);
  return (
    <section className="import-panel" aria-labelledby="import-panel-title">
      <ImportRoot />
      <h2 id="import-panel-title" className="import-panel__title">
        {t('import.title')}
      </h2>
      <p className="import-hint">
        {t('import.intro', { mb: formatNumber(IMPORT_LIMITS.bytes / 1024 / 1024, lang), rows: formatNumber(IMPORT_LIMITS.rows, lang) })}
      </p>
      <div className="import-panel__actions">
        <button type="button" onClick={() => input.current?.click()}>
          {t('import.choose')}
        </button>
        <span className="import-hint">{t('import.dropHint')}</span>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="import-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) takeFile(file);
          }}
        />
      </div>
      {notice && (
        <p className={`import-notice import-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="import-notice">
          {t(notice.key, { ...notice.vars, ...Object.fromEntries(Object.entries(notice.counts ?? {}).map(([k, [noun, n]]) => [k, countText(noun, n, lang)])) })}
        </p>
      )}
      {datasets.length === 0 ? (
        <p className="import-hint">{t('import.list.empty')}</p>
      ) : (
        <ul className="import-list" data-testid="import-list" data-saved={writing === 0 ? 'true' : 'false'}>
          {datasets.map((d) => (
            <DatasetItem key={d.id} d={d} />
          ))}
        </ul>
      )}
      <div className="import-panel__actions">
        <button type="button" onClick={saveMap} data-testid="import-save-map">
          {t('import.saveMap')}
        </button>
      </div>
      <p className="import-hint">
        {/* The address parameter is code, the same in every language: set apart as such. */}
        {t('import.saveMapHint', { mb: formatNumber(IMPORT_LIMITS.savedMapBytes / 1024 / 1024, lang), param: PARAM_MARK })
          .split(PARAM_MARK)
          .map((part, i) => (i === 0 ? part : [<code key={i}>?data=</code>, part]))}
      </p>
      <PmtilesForm />
      {pending && <PreviewDialog key={`${pending.name}-${pending.lastModified}-${pending.size}`} file={pending} onClose={() => openFile(null)} />}
    </section>
  );
}
