// "View as table" and "Get the data": the sites the map draws and the chart metric for every
// district, as real tables (a screen reader's way through the map) and as one CSV with sources.
// Both read the same rows (src/lib/embed-data.ts).
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery, sitesQuery, sourcesQuery } from '../../data/queries';
import type { Site } from '../../data/schemas';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { metricName, metricNote } from '../../i18n/metric-names';
import { LocalizedName } from '../../components/localized-span';
import { SourceRefs } from '../../components/source-ref';
import { useDistrictRows } from '../../derived/analysis';
import { useAppStore } from '../../store/app-store';
import { embedCsv, embedSites } from '../../lib/embed-data';
import { formatFigure, formatPartialDate, formatRadius } from '../../lib/format';
import { isApproximate } from '../../lib/geo';
import { metricDigits, sortRows } from '../../lib/metrics';
import { metricDef } from '../../lib/metric-registry';

/** The drawn sites of the visible layers, in name order of the reader's language. */
function useShownSites(): Site[] | null {
  const lang = useLang();
  const layers = useAppStore((s) => s.layers);
  const sites = useQuery(sitesQuery).data;
  return useMemo(() => {
    if (!sites) return null;
    return embedSites(sites, layers).sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang), lang));
  }, [sites, layers, lang]);
}

function SitesTable() {
  const t = useT();
  const lang = useLang();
  const shown = useShownSites();
  const districts = useQuery(districtsQuery).data;
  const names = useMemo(() => new Map(districts?.features.map((f) => [f.properties.code, nameOf(f.properties, lang)])), [districts, lang]);
  if (!shown) return <p>{t('common.loading')}</p>;
  if (shown.length === 0) return <p>{t('embed.table.sitesNone')}</p>;
  return (
    <table className="embed-table" data-testid="embed-sites-table">
      <caption>{t('embed.table.sites', { count: shown.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('embed.table.name')}</th>
          <th scope="col">{t('embed.table.kind')}</th>
          <th scope="col">{t('embed.table.district')}</th>
          <th scope="col">{t('embed.table.location')}</th>
          <th scope="col">{t('embed.table.sources')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((s) => (
          <tr key={s.id} data-site={s.id}>
            <th scope="row">
              <LocalizedName of={s} />
            </th>
            <td>{t(`category.${s.category}`)}</td>
            <td>{names.get(s.district_code) ?? s.district_code}</td>
            <td>{isApproximate(s) ? t('embed.table.approximate', { radius: formatRadius(s.precision_m!, lang) }) : t('embed.table.exact')}</td>
            <td>
              <SourceRefs ids={s.source_ids} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MetricTable() {
  const t = useT();
  const lang = useLang();
  const metric = useAppStore((s) => s.metric);
  const { rows } = useDistrictRows(metric);
  const districts = useQuery(districtsQuery).data;
  const sorted = useMemo(() => (rows ? sortRows(rows) : null), [rows]);
  if (!sorted || !districts) return <p>{t('common.loading')}</p>;
  // Figures added to the map (a portal's saved map) have no source record of this map: their date
  // and source are the ones given with them, and "unsourced" says when none was.
  const added = metricDef(metric)?.provenance;
  const byCode = new Map(districts.features.map((f) => [f.properties.code, f.properties]));
  return (
    <table className="embed-table" data-testid="embed-metric-table">
      <caption>{t('embed.table.metric', { metric: metricName(metric, lang) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('embed.table.district')}</th>
          <th scope="col">{t('embed.table.value')}</th>
          <th scope="col">{t('embed.table.date')}</th>
          <th scope="col">{t('embed.table.sources')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => {
          const d = byCode.get(r.code);
          const dates = [...new Set(r.basis.map((f) => formatPartialDate(f.as_of, lang) ?? t('figure.noDate')))];
          return (
            <tr key={r.code} data-district={r.code}>
              <th scope="row">{d ? <LocalizedName of={d} /> : r.code}</th>
              <td>{r.value === null ? t('common.noData') : formatFigure({ value: r.value, unit: r.unit, qualifier: r.qualifier }, lang, metricDigits(metric))}</td>
              <td>{added ? (added.date ?? t('figure.noDate')) : dates.join(' · ')}</td>
              <td>{added ? (added.source ?? t('embed.table.unsourced')) : <SourceRefs ids={[...new Set(r.basis.map((f) => f.source_id))]} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function EmbedTables() {
  return (
    <div className="embed__tables-inner">
      <SitesTable />
      <MetricTable />
    </div>
  );
}

/**
 * A download link for the CSV of what the embed shows. The file is made when the link is used:
 * its address becomes a fresh object URL just before the browser follows it.
 */
export function GetDataLink() {
  const t = useT();
  const lang = useLang();
  const metric = useAppStore((s) => s.metric);
  const layers = useAppStore((s) => s.layers);
  const sites = useQuery(sitesQuery).data;
  const districts = useQuery(districtsQuery).data;
  const sources = useQuery(sourcesQuery).data;
  const { rows } = useDistrictRows(metric);
  if (!sites || !districts || !sources || !rows) return null;
  const csv = () =>
    embedCsv({
      sites: embedSites(sites, layers),
      metric,
      rows: sortRows(rows),
      districts: districts.features.map((f) => f.properties),
      sources,
      derivedNote: metricNote(metric, lang),
    });
  return (
    <a
      className="embed__data"
      href="#get-data"
      download={`shanghai-talent-map-${metric}.csv`}
      title={t('embed.getDataTitle')}
      onClick={(e) => {
        const url = URL.createObjectURL(new Blob([csv()], { type: 'text/csv;charset=utf-8' }));
        e.currentTarget.href = url;
        // Revoked later: the browser reads the address after this handler returns.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }}
    >
      {t('embed.getData')}
    </a>
  );
}
