/**
 * "Share or embed" in the app's header: a modal dialog with a link to the current view and an
 * embed-code generator with a live preview. The preview and the snippet are built from one
 * FrameSpec (src/lib/embed-snippet.ts), so the code reproduces the preview exactly.
 *
 * A native <dialog> opened with showModal(): the rest of the page is inert (focus stays inside),
 * Esc closes it, and focus returns to the button that opened it.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LAYER_IDS, type LayerId } from '../../data/schemas';
import { useAppStore } from '../../store/app-store';
import { nameOf, translate, useLang, useT } from '../../i18n/i18n';
import { DEFAULT_EMBED_OPTIONS, encodeEmbedUrl, fullAppSearch, viewOf } from '../../lib/url-state';
import { metricName } from '../../i18n/metric-names';
import { useMetricIds } from '../../derived/metrics';
import { EMBED_TEXT_MAX, THEMES, type Basemap, type EmbedOptions, type Lang, type Metric, type Theme } from '../../lib/vocabulary';
import { LANGUAGES } from '../../i18n/languages';
import { ASPECTS, AUTO_HEIGHT_SCRIPT, HEIGHT_MODES, snippetHtml, type Aspect, type FrameSpec, type HeightMode } from '../../lib/embed-snippet';
import { EmbedPreview } from './share-preview';
import { copyText, CopyStatus, useSelectionRecord, type CopyState } from './share-parts';
import { ShareDataField, useShareDataLink } from './share-data-field';
import { withDataParam } from '../../lib/data-link-url';
import { mapConfigQuery } from '../../data/map-config-query';
import { availableBasemaps } from '../../lib/basemaps';
import { EMPTY_MAP_CONFIG } from '../../lib/map-config';
import { useBasemapName } from '../map/basemap-name';
import '../../components/modal-dialog.css';
import './share-dialog.css';

export function ShareButton() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('share.button')}
      </button>
      <dialog ref={dialog} className="modal-dialog share-dialog" aria-labelledby="share-dialog-title" onClose={() => setOpen(false)}>
        {open && <ShareDialogBody onClose={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

function ShareDialogBody({ onClose }: { onClose: () => void }) {
  const t = useT();
  // The dialog's own language select is the embed's; its labels are in the reader's language.
  const uiLang = useLang();
  const metricIds = useMetricIds();
  const id = useId();
  const state = useAppStore.getState();
  // A snapshot of the view when the dialog opened: the map behind it cannot change meanwhile.
  const [view] = useState(() => viewOf(state));
  const selectionRecord = useSelectionRecord(view.selection);

  const [focus, setFocus] = useState(view.selection !== null);
  const [lang, setLang] = useState<Lang>(view.lang);
  const [layers, setLayers] = useState<LayerId[]>(view.layers);
  const [metric, setMetric] = useState<Metric>(view.metric);
  // The basemaps this deployment offers; a link's basemap it does not offer is not passed on.
  const basemaps = availableBasemaps(useQuery(mapConfigQuery).data ?? EMPTY_MAP_CONFIG);
  const basemapName = useBasemapName();
  const [chosenBasemap, setBasemap] = useState<Basemap>(view.basemap);
  const basemap = basemaps.some((b) => b.id === chosenBasemap) ? chosenBasemap : 'builtin';
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [aspect, setAspect] = useState<Aspect>('standard');
  const [height, setHeight] = useState<HeightMode>('shape');
  const [linkCopy, setLinkCopy] = useState<CopyState>('idle');
  const [codeCopyOf, setCodeCopyOf] = useState<{ state: CopyState; snippet: string }>({ state: 'idle', snippet: '' });
  const linkField = useRef<HTMLTextAreaElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);

  // The reader's own data, published as a saved map: added to both the link and the embed.
  const data = useShareDataLink();
  const base = `${window.location.origin}${window.location.pathname}`;
  const link = `${base}${withDataParam(fullAppSearch(view), data.url)}`;
  const spec = useMemo(() => {
    const selection = focus ? view.selection : null;
    // No camera: the embed fits its focus (or the city) to whatever size the portal gives it.
    const src = `${base}${withDataParam(encodeEmbedUrl({ lang, selection, layers, metric, camera: null, basemap }, options), data.url)}`;
    const fallbackTitle =
      selection && selectionRecord
        ? translate(lang, 'embed.frameTitleFocus', { name: nameOf(selectionRecord, lang) })
        : translate(lang, 'embed.frameTitle');
    // A portal's own title names the frame for screen readers too.
    const title = options.title || fallbackTitle;
    return { src, title, aspect, height, scriptSrc: new URL(AUTO_HEIGHT_SCRIPT, base).href } satisfies FrameSpec;
  }, [base, data.url, focus, view.selection, selectionRecord, lang, layers, metric, basemap, options, aspect, height]);
  const snippet = snippetHtml(spec);

  // A changed option makes an earlier "copied" untrue.
  const codeCopy = codeCopyOf.snippet === snippet ? codeCopyOf.state : 'idle';

  return (
    <div className="share-dialog__body">
      <div className="share-dialog__head">
        <h2 id="share-dialog-title">{t('share.title')}</h2>
        <button type="button" className="share-dialog__close" onClick={onClose} aria-label={t('common.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      {data.offered && (
        <section aria-labelledby={`${id}-data`} className="share-dialog__section">
          <h3 id={`${id}-data`}>{t('share.data.title')}</h3>
          <ShareDataField data={data} />
        </section>
      )}

      <section aria-labelledby={`${id}-share`} className="share-dialog__section">
        <h3 id={`${id}-share`}>{t('share.tab.share')}</h3>
        <label className="share-dialog__field">
          <span>{t('share.link')}</span>
          <textarea ref={linkField} readOnly rows={2} value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" onClick={() => void copyText(link, linkField.current).then(setLinkCopy)}>
          {t('share.copyLink')}
        </button>
        <CopyStatus state={linkCopy} />
      </section>

      <section aria-labelledby={`${id}-embed`} className="share-dialog__section">
        <h3 id={`${id}-embed`}>{t('share.tab.embed')}</h3>
        <p className="share-dialog__intro">{t('share.embedIntro')}</p>
        <div className="share-dialog__embed">
          <div className="share-dialog__options">
            {view.selection && selectionRecord ? (
              <label className="share-dialog__check">
                <input type="checkbox" checked={focus} onChange={(e) => setFocus(e.target.checked)} />
                <span>{t('share.focus', { name: nameOf(selectionRecord, view.lang) })}</span>
              </label>
            ) : (
              <p className="share-dialog__note">{t('share.focusNone')}</p>
            )}
            <label className="share-dialog__field">
              <span>{t('share.language')}</span>
              <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
                {LANGUAGES.map((l) => (
                  <option key={l.code} value={l.code} lang={l.htmlLang}>
                    {l.nativeName}
                  </option>
                ))}
              </select>
            </label>
            <label className="share-dialog__field">
              <span>{t('share.theme')}</span>
              <select value={options.theme} onChange={(e) => setOptions({ ...options, theme: e.target.value as Theme })}>
                {THEMES.map((th) => (
                  <option key={th} value={th}>
                    {t(`share.theme.${th}`)}
                  </option>
                ))}
              </select>
            </label>
            {basemaps.length > 1 && (
              <label className="share-dialog__field">
                <span>{t('share.basemap')}</span>
                <select value={basemap} onChange={(e) => setBasemap(e.target.value as Basemap)}>
                  {basemaps.map((b) => (
                    <option key={b.id} value={b.id}>
                      {basemapName(b, 'label')}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="share-dialog__field">
              <span>{t('share.embedTitle')}</span>
              <input
                type="text"
                value={options.title}
                maxLength={EMBED_TEXT_MAX.title}
                onChange={(e) => setOptions({ ...options, title: e.target.value })}
              />
            </label>
            <label className="share-dialog__field">
              <span>{t('share.embedDescription')}</span>
              <textarea
                rows={2}
                value={options.description}
                maxLength={EMBED_TEXT_MAX.description}
                onChange={(e) => setOptions({ ...options, description: e.target.value })}
              />
            </label>
            <label className="share-dialog__field">
              <span>{t('share.height')}</span>
              <select value={height} onChange={(e) => setHeight(e.target.value as HeightMode)}>
                {HEIGHT_MODES.map((h) => (
                  <option key={h} value={h}>
                    {t(`share.height.${h}`)}
                  </option>
                ))}
              </select>
            </label>
            {height === 'shape' ? (
              <label className="share-dialog__field">
                <span>{t('share.shape')}</span>
                <select value={aspect} onChange={(e) => setAspect(e.target.value as Aspect)}>
                  {(Object.keys(ASPECTS) as Aspect[]).map((a) => (
                    <option key={a} value={a}>
                      {t(`share.shape.${a}`)}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <p className="share-dialog__note">{t('share.heightNote')}</p>
            )}
            <label className="share-dialog__check">
              <input type="checkbox" checked={options.interactive} onChange={(e) => setOptions({ ...options, interactive: e.target.checked })} />
              <span>{t('share.interactive')}</span>
            </label>
            <label className="share-dialog__check">
              <input type="checkbox" checked={options.charts} onChange={(e) => setOptions({ ...options, charts: e.target.checked })} />
              <span>{t('share.charts')}</span>
            </label>
            {options.charts && (
              <label className="share-dialog__field">
                <span>{t('share.metric')}</span>
                <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
                  {metricIds.map((m) => (
                    <option key={m} value={m}>
                      {metricName(m, uiLang)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <fieldset className="share-dialog__layers">
              <legend>{t('share.layers')}</legend>
              {LAYER_IDS.map((l) => (
                <label key={l} className="share-dialog__check">
                  <input
                    type="checkbox"
                    checked={layers.includes(l)}
                    onChange={(e) => setLayers(e.target.checked ? [...layers, l] : layers.filter((x) => x !== l))}
                  />
                  <span>{t(`layer.${l}`)}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <div className="share-dialog__result">
            <p className="share-dialog__label" id={`${id}-preview`}>
              {t('share.preview')}
            </p>
            {/* Built from the same spec as the snippet below, attribute for attribute. */}
            <EmbedPreview spec={spec} />
            <label className="share-dialog__field">
              <span>{t('share.code')}</span>
              <textarea ref={codeField} readOnly rows={6} value={snippet} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button type="button" onClick={() => void copyText(snippet, codeField.current).then((state) => setCodeCopyOf({ state, snippet }))}>
              {t('share.copyCode')}
            </button>
            <CopyStatus state={codeCopy} />
            <p className="share-dialog__note">{t('share.allowlistNote')}</p>
          </div>
        </div>
      </section>
    </div>
  );
}
