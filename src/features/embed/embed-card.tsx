// The embed's details card: what is selected, its key figures (each with qualifier, unit, date and
// source, through the one FactFigure), its own sources and a link to the same view in the full app.
// An overlay on the frame's body, so it never changes the frame's height; it scrolls on its own
// in a small frame. Opened by EmbedView after a click in the map or a host's `select`.
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, factsQuery, sitesQuery } from '../../data/queries';
import type { AreaFeature, DistrictProps, Fact, Site } from '../../data/schemas';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { metricLabel } from '../../i18n/messages/metrics';
import { FactFigure } from '../../components/figure';
import { LocalizedName } from '../../components/localized-span';
import { SourceRefs } from '../../components/source-ref';
import { formatFigure, formatNumber, formatPartialDate, formatRadius } from '../../lib/format';
import { isApproximate, isMapped, sitesInArea } from '../../lib/geo';
import { districtMetricRows } from '../../lib/metrics';
import { otherFacts } from '../../lib/fact-lookup';
import type { Selection } from '../../lib/vocabulary';

function Facts({ facts }: { facts: readonly Fact[] }) {
  const lang = useLang();
  if (facts.length === 0) return null;
  return (
    <ul className="embed-card__facts">
      {facts.map((f) => (
        <li key={f.id}>
          <FactFigure fact={f} label={metricLabel(f.metric, lang)} />
        </li>
      ))}
    </ul>
  );
}

function DistrictBody({ district, facts, sites }: { district: DistrictProps; facts: readonly Fact[]; sites: readonly Site[] }) {
  const t = useT();
  const lang = useLang();
  const [pop, area, density] = (['population', 'area', 'density'] as const).map((m) => districtMetricRows(m, [district], facts, sites)[0]!);
  const figures = [pop!, area!].map((row) => row.basis[0]).filter((f): f is Fact => f !== undefined);
  return (
    <>
      <p className="embed-card__kind">{district.featured ? t('details.kindFeatured') : t('details.kindDistrict')}</p>
      <Facts facts={figures} />
      <div className="figure">
        <div className="figure__label">{t('metric.density')}</div>
        <div className="figure__value">{density!.value === null ? t('common.noData') : formatFigure({ ...density!, value: density!.value }, lang, 0)}</div>
        <div className="figure__note">{t('details.densityNote')}</div>
      </div>
      <p className="embed-card__note">{t('embed.cardSites', { count: formatNumber(sites.filter((s) => s.district_code === district.code).length, lang, 0) })}</p>
      <p className="embed-card__note">
        {t('embed.cardSources')} <SourceRefs ids={district.source_ids} />
      </p>
    </>
  );
}

function AreaBody({ area, facts, sites }: { area: AreaFeature; facts: readonly Fact[]; sites: readonly Site[] }) {
  const t = useT();
  const lang = useLang();
  const p = area.properties;
  return (
    <>
      <p className="embed-card__kind">{t('details.kindArea')}</p>
      {p.schematic && (
        <p className="embed-card__callout">
          {t('details.schematic', { drawn: formatNumber(p.drawn_area_km2, lang, 0), official: formatNumber(p.official_area_km2, lang, 1) })}
        </p>
      )}
      <Facts facts={otherFacts(facts, 'area', p.id, [])} />
      <p className="embed-card__note">{t('embed.cardSites', { count: formatNumber(sitesInArea(area, sites).length, lang, 0) })}</p>
      <p className="embed-card__note">
        {t('embed.cardSources')} <SourceRefs ids={p.source_ids} />
      </p>
    </>
  );
}

function SiteBody({ site, facts, districts }: { site: Site; facts: readonly Fact[]; districts: readonly DistrictProps[] }) {
  const t = useT();
  const lang = useLang();
  const district = districts.find((d) => d.code === site.district_code);
  const opened = formatPartialDate(site.opened, lang);
  return (
    <>
      <p className="embed-card__kind">{t(`category.${site.category}`)}</p>
      {!isMapped(site) ? (
        <p className="embed-card__callout">{t('details.unmapped')}</p>
      ) : isApproximate(site) ? (
        <p className="embed-card__callout">{t('details.approximate', { radius: formatRadius(site.precision_m!, lang) })}</p>
      ) : null}
      <dl className="embed-card__dl">
        {district && (
          <>
            <dt>{t('details.district')}</dt>
            <dd>{nameOf(district, lang)}</dd>
          </>
        )}
        <dt>{t('details.opened')}</dt>
        <dd>{opened ?? t('details.openedUnknown')}</dd>
      </dl>
      <Facts facts={otherFacts(facts, 'site', site.id, [])} />
      <p className="embed-card__note">
        {t('embed.cardSources')} <SourceRefs ids={site.source_ids} />
      </p>
    </>
  );
}

export interface DetailsCardProps {
  selection: Selection;
  /** The full app's address for this view. */
  href: string;
  /** Move focus to the card's heading when it opens (only after the reader acted in this frame). */
  focusOnOpen: boolean;
  onClose: () => void;
}

export function DetailsCard({ selection, href, focusOnOpen, onClose }: DetailsCardProps) {
  const t = useT();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const sites = useQuery(sitesQuery).data;
  const facts = useQuery(factsQuery).data;

  const district = selection.kind === 'district' ? districts?.features.find((f) => f.properties.code === selection.id)?.properties : undefined;
  const area = selection.kind === 'area' ? areas?.features.find((f) => f.properties.id === selection.id) : undefined;
  const site = selection.kind === 'site' ? sites?.find((s) => s.id === selection.id) : undefined;
  const record = district ?? area?.properties ?? site;
  const ready = record !== undefined && facts !== undefined && sites !== undefined;

  useEffect(() => {
    if (focusOnOpen && ready) heading.current?.focus();
  }, [focusOnOpen, ready, selection]);

  return (
    <section className="embed-card" aria-labelledby="embed-card-title" data-testid="embed-card">
      <div className="embed-card__head">
        <h2 id="embed-card-title" ref={heading} tabIndex={-1}>
          {record ? <LocalizedName of={record} /> : t('embed.card')}
        </h2>
        <button type="button" className="embed-card__close" onClick={onClose} aria-label={t('embed.cardClose')} title={t('embed.cardClose')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {!ready ? (
        <p className="embed-card__note">{t('common.loading')}</p>
      ) : district ? (
        <DistrictBody district={district} facts={facts} sites={sites} />
      ) : area ? (
        <AreaBody area={area} facts={facts} sites={sites} />
      ) : site ? (
        <SiteBody site={site} facts={facts} districts={districts?.features.map((f) => f.properties) ?? []} />
      ) : null}
      <a className="embed-card__open" href={href} target="_blank" rel="noopener">
        {record ? t('embed.openInFull', { name: nameOf(record, lang) }) : t('embed.openFull')}
        <span aria-hidden="true"> ↗</span>
      </a>
    </section>
  );
}
