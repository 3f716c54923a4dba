// Exports for reports: the map as a PNG at screen resolution, a composed page (paper or screen size,
// PNG or PDF) through the export dialog, the chart's data as CSV, and the visible sites as GeoJSON.
// Each carries its sources.
import { useId, useState } from 'react';
import { PrintDialogButton } from './print-dialog';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery, sitesQuery, sourcesQuery } from '../../data/queries';
import { useLang, useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { formatAmount, formatDistance, formatList, formatPartialDate } from '../../lib/format';
import { metricDef } from '../../lib/metric-registry';
import { shortSourceName } from '../../i18n/source-text';
import { metricDigits, sortRows } from '../../lib/metrics';
import { metricName, metricNote } from '../../i18n/metric-names';
import { LAYER_REGISTRY } from '../map/layers';
import { getMapHandle } from '../map/map-handle';
import { appBounds } from '../map/map-frame';
import { downloadBlob, downloadText, today } from '../../lib/download';
import { chartCsv, visibleSitesGeoJson } from '../../lib/export-data';
import { renderMapPng, type PngLegendItem } from './export-png';
import { useClassification, useDistrictRows, useInView } from '../../derived/analysis';
import { NO_DATA_COLOUR } from '../../lib/classify';

export function ExportSection() {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const metric = useAppStore((s) => s.metric);
  const { rows } = useDistrictRows(metric);
  const classification = useClassification();
  const inView = useInView();
  const districts = useQuery(districtsQuery).data;
  const sites = useQuery(sitesQuery).data;
  const sources = useQuery(sourcesQuery).data;

  const fail = (e: unknown) => setStatus({ ok: false, text: t('analysis.export.failed', { reason: e instanceof Error ? e.message : String(e) }) });

  const exportPng = async () => {
    const map = getMapHandle();
    if (!map) return setStatus({ ok: false, text: t('analysis.export.failed', { reason: t('analysis.export.noMap') }) });
    setBusy(true);
    try {
      const digits = metricDigits(metric);
      const fmt = (v: number) => formatAmount(v, metricDef(metric)?.unit ?? '', lang, digits);
      const legend: PngLegendItem[] = classification
        ? [
            ...classification.bins.map((b) => ({ colour: b.colour, label: `${fmt(b.from)} – ${fmt(b.to)}` })),
            ...(classification.noData.length ? [{ colour: NO_DATA_COLOUR, label: t('analysis.legend.noData') }] : []),
          ]
        : [];
      const state = useAppStore.getState();
      const layerNames = formatList(
        state.layers.map((l) => t(LAYER_REGISTRY[l].nameKey)),
        lang,
      );
      // The sources of the sites drawn, named in the reader's language ("上海日报、中国日报"), not by id.
      const sourceIds = new Set((sites ?? []).filter((s) => state.layers.includes(s.layer)).flatMap((s) => s.source_ids));
      const sourceName = (id: string) => {
        const source = sources?.get(id);
        if (!source) return id;
        const name = shortSourceName(source, lang);
        return name.isTitle ? t('source.quotedTitle', { title: name.text }) : name.text;
      };
      const sourceNames = [...new Set([...sourceIds].map(sourceName))];
      const ratio = window.devicePixelRatio || 1;
      const { blob } = await renderMapPng(map, {
        scale: ratio,
        title: t('app.title'),
        subtitle: `${t('analysis.export.date', { date: formatPartialDate(today(), lang) ?? today() })} · ${layerNames}`,
        legendTitle: classification ? metricName(metric, lang) : '',
        legend,
        attribution: `${t('map.attribution.outlines')} · ${t('map.attribution.data')}`,
        sources: t('analysis.export.sourcesList', { list: formatList(sourceNames, lang) }),
        distance: (metres) => formatDistance(metres, lang),
      });
      const file = `shanghai-talent-map-${today()}.png`;
      downloadBlob(blob, file);
      setStatus({ ok: true, text: t('analysis.export.done', { file }) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = () => {
    if (!rows || !districts) return;
    // The same rows as the chart: in view only when "Filter to map view" is on.
    const shown = inView ? rows.filter((r) => inView.district(r.code)) : rows;
    const text = chartCsv(metric, sortRows(shown), districts.features.map((f) => f.properties), sources ?? new Map(), metricNote(metric, lang));
    const file = `${metric}-${today()}.csv`;
    downloadText(text, file, 'text/csv;charset=utf-8');
    setStatus({ ok: true, text: t('analysis.export.done', { file }) });
  };

  const exportGeoJson = () => {
    if (!sites) return;
    const state = useAppStore.getState();
    const map = getMapHandle();
    const fc = visibleSitesGeoJson({
      sites,
      visibleLayers: state.layers,
      // In WGS84, as the sites are, whatever basemap is shown.
      bounds: map ? appBounds(map) : null,
      year: state.analysis.year,
      sources: sources ?? new Map(),
      exported: today(),
    });
    const file = `visible-sites-${today()}.geojson`;
    downloadText(JSON.stringify(fc, null, 1), file, 'application/geo+json');
    setStatus({ ok: true, text: t('analysis.export.done', { file }) });
  };

  return (
    <section className="analysis__section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('analysis.export.title')}</h3>
      <div className="analysis__grid">
        <div className="analysis__buttons">
          <PrintDialogButton onResult={setStatus} />
          <button type="button" disabled={busy} onClick={() => void exportPng()}>
            {t('analysis.export.png')}
          </button>
          <button type="button" disabled={!rows} onClick={exportCsv}>
            {t('analysis.export.csv')}
          </button>
          <button type="button" disabled={!sites} onClick={exportGeoJson}>
            {t('analysis.export.geojson')}
          </button>
        </div>
      </div>
      {status && (
        <p className={status.ok ? 'analysis__help' : 'analysis__error'} role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}
