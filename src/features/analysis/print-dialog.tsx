// "Export a page…": a modal dialog to export the map as a composed page — paper (A4 or A3,
// portrait or landscape, 300 dpi) or the map's size on screen — as a PNG image or a PDF. A native
// <dialog> opened with showModal(): the page behind is inert (focus stays inside), Esc closes it,
// and focus returns to the button that opened it.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { downloadBlob } from '../../lib/download';
import { ORIENTATIONS, PAPERS, type Orientation, type Paper } from '../../lib/print-layout';
import { getMapHandle } from '../map/map-handle';
import { usePrintContent } from './print-content';
import { exportPage, pageFor, printFileName, type PrintFormat, type PrintTarget } from './print-page';
import '../../components/modal-dialog.css';
import './print-dialog.css';

const FOCUSABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Tab and Shift+Tab wrap around inside the dialog. A modal <dialog> makes the page inert, but the
 * browser still lets Tab leave the dialog for its own toolbar; a keyboard user would lose the dialog.
 */
function trapTab(e: KeyboardEvent<HTMLDialogElement>): void {
  if (e.key !== 'Tab') return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}

export function PrintDialogButton({ onResult }: { onResult: (r: { ok: boolean; text: string }) => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('print.open')}
      </button>
      <dialog ref={dialog} className="modal-dialog print-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)} onKeyDown={trapTab}>
        {open && <PrintDialogBody titleId={titleId} onClose={() => dialog.current?.close()} onResult={onResult} />}
      </dialog>
    </>
  );
}

function PrintDialogBody({ titleId, onClose, onResult }: { titleId: string; onClose: () => void; onResult: (r: { ok: boolean; text: string }) => void }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [target, setTarget] = useState<PrintTarget>('page');
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [format, setFormat] = useState<PrintFormat>('pdf');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const content = usePrintContent();
  const page = pageFor({ target, paper, orientation });

  const run = async () => {
    const live = getMapHandle();
    if (!live) return setError(t('analysis.export.failed', { reason: t('analysis.export.noMap') }));
    setBusy(true);
    setError(null);
    try {
      const request = { target, paper, orientation, format };
      const blob = await exportPage(live, request, content(live));
      const file = printFileName(request, lang);
      downloadBlob(blob, file);
      onResult({ ok: true, text: t('analysis.export.done', { file }) });
      onClose();
    } catch (e) {
      setError(t('analysis.export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="print-dialog__body"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <h2 id={titleId}>{t('print.title')}</h2>
      <p className="print-dialog__intro">{t('print.intro')}</p>
      <fieldset className="print-dialog__group">
        <legend>{t('print.target')}</legend>
        {(['page', 'screen'] as const).map((v) => (
          <label key={v} className="print-dialog__choice">
            <input type="radio" name={`${id}-target`} value={v} checked={target === v} onChange={() => setTarget(v)} />
            <span>{t(`print.target.${v}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="print-dialog__row">
        <label className="print-dialog__field">
          <span>{t('print.paper')}</span>
          <select value={paper} disabled={target !== 'page'} onChange={(e) => setPaper(e.target.value as Paper)}>
            {PAPERS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className="print-dialog__field">
          <span>{t('print.orientation')}</span>
          <select value={orientation} disabled={target !== 'page'} onChange={(e) => setOrientation(e.target.value as Orientation)}>
            {ORIENTATIONS.map((o) => (
              <option key={o} value={o}>
                {t(`print.orientation.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="print-dialog__group">
        <legend>{t('print.format')}</legend>
        {(['pdf', 'png'] as const).map((v) => (
          <label key={v} className="print-dialog__choice">
            <input type="radio" name={`${id}-format`} value={v} checked={format === v} onChange={() => setFormat(v)} />
            <span>{t(`print.format.${v}`)}</span>
          </label>
        ))}
      </fieldset>
      {page && <p className="print-dialog__note">{t('print.pixels', { width: formatNumber(page.widthPx, lang, 0), height: formatNumber(page.heightPx, lang, 0) })}</p>}
      {format === 'pdf' && lang === 'zh' && <p className="print-dialog__note">{t('print.zhPdfNote')}</p>}
      <p className={error ? 'print-dialog__error' : 'print-dialog__note'} role="status">
        {error ?? (busy ? t('print.working') : '')}
      </p>
      <div className="print-dialog__actions">
        <button type="button" onClick={onClose}>
          {t('print.cancel')}
        </button>
        <button type="submit" className="print-dialog__primary" disabled={busy}>
          {t('print.export')}
        </button>
      </div>
    </form>
  );
}
