// The preview of a file before anything is added: what was read (first rows, encoding, sheet),
// the user's choices, and what the import would do (rows matched and not, points kept and
// skipped, every problem by row and column). Import adds it; Cancel adds nothing.
import { useEffect, useId, useState } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { countText } from '../../lib/format';
import { useAppStore } from '../../store/app-store';
import type { ReadResult } from '../../lib/import/read';
import type { Choices, PlanSummary, Preview } from '../../lib/import/pipeline';
import { TEXT_ENCODINGS, type TextEncodingName } from '../../lib/import/decode';
import { importWorker } from './worker-client';
import { addDatasets, useImportStore } from './store';
import { ProblemList } from './problem-list';
import { PreviewTable } from './preview-table';
import { DistrictOptions, initialDistrictForm, type DistrictForm } from './district-options';
import { PointOptions, initialPointForm, type PointForm } from './point-options';
import { metricIdOf, syncRegistries } from './registries';

type Read = { read: ReadResult; preview: Preview | null };

function choicesOf(kind: 'districts' | 'points', d: DistrictForm | null, p: PointForm | null): Choices | null {
  if (kind === 'districts' && d && d.districtColumn !== null) {
    const columns = Object.entries(d.columns)
      .filter(([, c]) => c.on)
      .map(([i, c]) => ({ index: Number(i), label: c.label, unit: c.unit }));
    return { kind, districtColumn: d.districtColumn, columns, date: d.date || null, source: d.source || null };
  }
  if (kind === 'points' && p && p.lng !== null && p.lat !== null) return { kind, lng: p.lng, lat: p.lat, crs: p.crs, nameColumn: p.nameColumn };
  return null;
}

export function PreviewDialog({ file, onClose }: { file: File; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const titleId = useId();
  const [encoding, setEncoding] = useState<TextEncodingName | 'auto'>('auto');
  const [sheet, setSheet] = useState<string | null>(null);
  // Each answer carries the request it answers, so a stale one is never shown.
  const readKey = `${encoding}|${sheet ?? ''}`;
  const [answer, setAnswer] = useState<{ key: string; value: Read } | null>(null);
  const result = answer?.key === readKey ? answer.value : null;
  const [failed, setFailed] = useState(false);
  const [kind, setKind] = useState<'districts' | 'points'>('districts');
  const [districtForm, setDistrictForm] = useState<DistrictForm | null>(null);
  const [pointForm, setPointForm] = useState<PointForm | null>(null);
  const [planned, setPlanned] = useState<{ key: string; plan: PlanSummary | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const name = file.name.replace(/\.[^.]+$/, '') || file.name;

  useEffect(() => {
    let live = true;
    const key = `${encoding}|${sheet ?? ''}`;
    file
      .arrayBuffer()
      .then((bytes) => importWorker.read(bytes, file.name, { encoding, sheet }))
      .then((r) => {
        if (!live) return;
        setAnswer({ key, value: r });
        if (r.preview) {
          setKind(r.preview.kind);
          setDistrictForm(initialDistrictForm(r.preview));
          setPointForm(initialPointForm(r.preview));
        }
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [file, encoding, sheet]);

  const choices = result?.preview ? choicesOf(kind, districtForm, pointForm) : null;
  const choicesKey = `${readKey}|${JSON.stringify(choices)}`;
  const plan = planned?.key === choicesKey ? planned.plan : null;
  useEffect(() => {
    if (!choices) return;
    let live = true;
    // Typing a name or unit changes nothing the plan counts; a short wait keeps the worker quiet.
    const timer = setTimeout(() => {
      importWorker.plan(choices).then(
        (p) => live && setPlanned({ key: choicesKey, plan: p }),
        () => live && setPlanned({ key: choicesKey, plan: null }),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the choices
  }, [choicesKey]);

  const confirm = async () => {
    if (!choices) return;
    setBusy(true);
    const colour = useImportStore.getState().datasets.filter((d) => d.kind !== 'districts').length;
    const dataset = await importWorker.build(choices, name, colour).catch(() => null);
    setBusy(false);
    if (!dataset) return;
    addDatasets([dataset]);
    // Registered now, not after the next render, so the metric exists when it is chosen below.
    syncRegistries(useImportStore.getState().datasets);
    useImportStore.getState().setNotice({ key: 'import.added', vars: { name: dataset.name }, tone: 'info' });
    // A new district metric is what the user came for: chart it and colour the map by it.
    if (dataset.kind === 'districts') {
      const app = useAppStore.getState();
      app.setMetric(metricIdOf(dataset.id, 0));
      if (!app.analysis.choropleth) app.setAnalysis({ choropleth: { method: 'quantile', classes: 5 }, breaks: null });
    }
    onClose();
  };

  const read = result?.read;
  const preview = result?.preview ?? null;
  const need = !choices ? (kind === 'districts' ? (districtForm?.districtColumn === null ? 'import.needDistrict' : 'import.needValues') : 'import.needCoords') : null;
  const nothing = choices?.kind === 'districts' && choices.columns.length === 0;
  return (
    <div className="import-dialog__backdrop">
      <div className="import-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="import-dialog">
        <h2 id={titleId}>{t('import.preview.title', { name: file.name })}</h2>
        {!result && !failed && <p role="status">{t('import.reading', { name: file.name })}</p>}
        {failed && <p role="alert">{t('import.problem.unreadable')}</p>}
        {read && (
          <div className="import-dialog__read">
            {read.encoding && (read.format === 'csv' || read.format === 'tsv') && (
              <label className="import-field">
                <span>{t('import.encoding')}</span>
                <select value={encoding === 'auto' ? read.encoding : encoding} onChange={(e) => setEncoding(e.target.value as TextEncodingName)} data-testid="import-encoding">
                  {TEXT_ENCODINGS.map((enc) => (
                    <option key={enc} value={enc}>
                      {t(`import.encoding.${enc}`)}
                    </option>
                  ))}
                </select>
                {read.encodingDetected && <small>{t('import.encoding.detected')}</small>}
              </label>
            )}
            {read.sheets && read.sheets.length > 1 && (
              <label className="import-field">
                <span>{t('import.sheet')}</span>
                <select value={read.sheet ?? ''} onChange={(e) => setSheet(e.target.value)} data-testid="import-sheet">
                  {read.sheets.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {!preview && <ProblemList problems={read.problems} rowKind="row" />}
          </div>
        )}
        {preview && (
          <>
            <PreviewTable preview={preview} />
            <fieldset className="import-kind">
              <legend>{t('import.kind')}</legend>
              {(['districts', 'points'] as const).map((k) => (
                <label key={k}>
                  <input type="radio" name={`${titleId}-kind`} checked={kind === k} onChange={() => setKind(k)} data-testid={`import-kind-${k}`} />
                  {t(`import.kind.${k}`)}
                </label>
              ))}
            </fieldset>
            {kind === 'districts' && districtForm && <DistrictOptions preview={preview} form={districtForm} onChange={setDistrictForm} />}
            {kind === 'points' && pointForm && <PointOptions preview={preview} form={pointForm} onChange={setPointForm} />}
            <div className="import-dialog__summary" role="status" data-testid="import-summary">
              {need && <p>{t(need)}</p>}
              {nothing && <p>{t('import.needValues')}</p>}
              {plan && plan.kind === 'districts' && <p>{t('import.summary.districts', { matched: countText('rows', plan.kept, lang), unmatched: countText('rows', plan.dropped, lang) })}</p>}
              {plan && plan.kind === 'points' && <p>{t('import.summary.points', { points: countText('points', plan.kept, lang), skipped: countText('rows', plan.dropped, lang) })}</p>}
            </div>
            {plan && <ProblemList problems={[...read!.problems, ...plan.problems]} rowKind={preview.rowKind} />}
          </>
        )}
        <div className="import-dialog__buttons">
          <button type="button" onClick={onClose}>
            {t('import.cancel')}
          </button>
          {preview && (
            <button type="button" className="import-dialog__confirm" disabled={!plan || plan.kept === 0 || nothing || busy} onClick={() => void confirm()}>
              {t('import.confirm')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
