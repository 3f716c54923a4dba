// What we know about the selected district, area or site, each figure with its source, and the
// honest caveats (schematic outline, approximate or unverified location) in plain words.
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, factsQuery, sitesQuery } from '../../data/queries';
import type { AreaFeature, DistrictProps, Fact, Site } from '../../data/schemas';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { metricLabel } from '../../i18n/messages/metrics';
import { useAppStore } from '../../store/app-store';
import { FactFigure } from '../../components/figure';
import { LocalizedName, LocalizedSpan, OtherNames, TranslatedNameNote } from '../../components/localized-span';
import { SourceRefs } from '../../components/source-ref';
import { formatFigure, formatNumber, formatPartialDate, formatRadius } from '../../lib/format';
import { isApproximate, isMapped, sitesInArea } from '../../lib/geo';
import { NotLoaded, SiteList, SitesHere, categoryLabel, type QueryStatus } from './site-list';
import { districtMetricRows } from '../../lib/metrics';
import { FactList } from './fact-list';
import { otherFacts } from '../../lib/fact-lookup';

export function DetailsPanel() {
  const t = useT();
  const selection = useAppStore((s) => s.selection);
  const districts = useQuery(districtsQuery);
  const areas = useQuery(areasQuery);
  const sites = useQuery(sitesQuery);
  const facts = useQuery(factsQuery);

  let body: React.ReactNode;
  if (!selection) {
    body = <Overview sites={sites.data ?? []} />;
  } else if (selection.kind === 'district') {
    const d = districts.data?.features.find((f) => f.properties.code === selection.id)?.properties;
    body = d ? (
      <DistrictDetails
        district={d}
        facts={facts.data ?? []}
        sites={sites.data ?? []}
        areas={areas.data?.features ?? []}
        loading={{ facts: facts.status, sites: sites.status }}
      />
    ) : (
      <Missing loading={districts.isPending} />
    );
  } else if (selection.kind === 'area') {
    const a = areas.data?.features.find((f) => f.properties.id === selection.id);
    body = a ? (
      <AreaDetails area={a} facts={facts.data ?? []} sites={sites.data ?? []} sitesStatus={sites.status} />
    ) : (
      <Missing loading={areas.isPending} />
    );
  } else {
    const s = sites.data?.find((x) => x.id === selection.id);
    body = s ? (
      <SiteDetails site={s} facts={facts.data ?? []} districts={districts.data?.features.map((f) => f.properties) ?? []} />
    ) : (
      <Missing loading={sites.isPending} />
    );
  }

  return (
    <section className="details" aria-label={t('details.label')}>
      {body}
    </section>
  );
}

function Missing({ loading }: { loading: boolean }) {
  const t = useT();
  const select = useAppStore((s) => s.select);
  if (loading) return <p className="details__placeholder">{t('common.loading')}</p>;
  return (
    <>
      <h2>{t('details.notFound')}</h2>
      <p>{t('details.notFoundText')}</p>
      <button type="button" className="button" onClick={() => select(null)}>
        {t('details.clear')}
      </button>
    </>
  );
}

function CloseButton() {
  const t = useT();
  const select = useAppStore((s) => s.select);
  return (
    <button type="button" className="details__close" onClick={() => select(null)} aria-label={t('details.clear')}>
      ×
    </button>
  );
}

function Overview({ sites }: { sites: readonly Site[] }) {
  const t = useT();
  const unmapped = sites.filter((s) => !isMapped(s));
  const approximate = sites.filter((s) => isMapped(s) && isApproximate(s));
  return (
    <>
      <h2>{t('details.overviewTitle')}</h2>
      <p>{t('details.overviewText')}</p>
      {sites.length > 0 && (
        <p className="details__note">
          {t('details.coverage', { total: sites.length, approximate: approximate.length, unmapped: unmapped.length })}
        </p>
      )}
      {unmapped.length > 0 && (
        <>
          <h3>{t('details.unmappedTitle')}</h3>
          <SiteList sites={unmapped} t={t} />
        </>
      )}
    </>
  );
}

function DistrictDetails({
  district,
  facts,
  sites,
  areas,
  loading,
}: {
  district: DistrictProps;
  facts: readonly Fact[];
  sites: readonly Site[];
  areas: readonly AreaFeature[];
  loading: { facts: QueryStatus; sites: QueryStatus };
}) {
  const t = useT();
  const lang = useLang();
  const select = useAppStore((s) => s.select);
  const [pop, area, density] = (['population', 'area', 'density'] as const).map(
    (m) => districtMetricRows(m, [district], facts, sites)[0]!,
  );
  const own = sites.filter((s) => s.district_code === district.code);
  const ownFacts = otherFacts(facts, 'district', district.code, ['population', 'land_area']);
  const touching = areas.filter((a) => a.properties.district_codes.includes(district.code));
  return (
    <>
      <CloseButton />
      <p className="details__kind">{district.featured ? t('details.kindFeatured') : t('details.kindDistrict')}</p>
      <h2><LocalizedName of={district} /></h2>
      <p className="details__sub">
        <OtherNames of={district} /> · {t('details.code', { code: district.code })}
      </p>
      {loading.facts !== 'success' ? (
        <NotLoaded status={loading.facts} />
      ) : (
        <ul className="details__facts">
          {[pop, area].map((row) =>
            row!.basis[0] ? (
              <li key={row!.basis[0].id}>
                <FactFigure fact={row!.basis[0]} label={metricLabel(row!.basis[0].metric, lang)} />
              </li>
            ) : null,
          )}
          <li>
            <div className="figure">
              <div className="figure__label">{t('metric.density')}</div>
              <div className="figure__value">
                {density!.value === null ? t('common.noData') : formatFigure({ ...density!, value: density!.value }, lang, 0)}
              </div>
              <div className="figure__note">{t('details.densityNote')}</div>
            </div>
          </li>
        </ul>
      )}
      {ownFacts.length > 0 && (
        <>
          <h3>{t('details.otherFigures')}</h3>
          <p className="details__note">{t('details.otherFiguresNote')}</p>
          <FactList facts={ownFacts} label={t('details.otherFigures')} />
        </>
      )}
      {touching.length > 0 && (
        <>
          <h3>{t('details.areasHere')}</h3>
          <ul className="details__links">
            {touching.map((a) => (
              <li key={a.properties.id}>
                <button type="button" className="link" onClick={() => select({ kind: 'area', id: a.properties.id })}>
                  {nameOf(a.properties, lang)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <SitesHere sites={own} status={loading.sites} />
      <p className="details__note">
        {t('details.outlineNote')} {t('details.sources')} <SourceRefs ids={district.source_ids} />
      </p>
    </>
  );
}

function AreaDetails({
  area,
  facts,
  sites,
  sitesStatus,
}: {
  area: AreaFeature;
  facts: readonly Fact[];
  sites: readonly Site[];
  sitesStatus: QueryStatus;
}) {
  const t = useT();
  const lang = useLang();
  const p = area.properties;
  const inside = sitesInArea(area, sites);
  return (
    <>
      <CloseButton />
      <p className="details__kind">{t('details.kindArea')}</p>
      <h2><LocalizedName of={p} /></h2>
      {p.schematic && (
        <p className="callout">
          {t('details.schematic', {
            drawn: formatNumber(p.drawn_area_km2, lang, 0),
            official: formatNumber(p.official_area_km2, lang, 1),
          })}
        </p>
      )}
      <p><LocalizedSpan value={localized(p, 'note', lang)} /></p>
      <FactList facts={otherFacts(facts, 'area', p.id, [])} />
      <SitesHere sites={inside} status={sitesStatus} />
      <p className="details__note">
        {t('details.sources')} <SourceRefs ids={p.source_ids} />
      </p>
    </>
  );
}

function SiteDetails({ site, facts, districts }: { site: Site; facts: readonly Fact[]; districts: readonly DistrictProps[] }) {
  const t = useT();
  const lang = useLang();
  const select = useAppStore((s) => s.select);
  const district = districts.find((d) => d.code === site.district_code);
  const opened = formatPartialDate(site.opened, lang);
  const notes = localized(site, 'notes', lang);
  const address = localized(site, 'address', lang);
  return (
    <>
      <CloseButton />
      <p className="details__kind">{categoryLabel(site, t)}</p>
      <h2><LocalizedName of={site} /></h2>
      <p className="details__sub"><OtherNames of={site} /></p>
      <TranslatedNameNote of={site} />
      {!isMapped(site) ? (
        <p className="callout callout--warn">{t('details.unmapped')}</p>
      ) : isApproximate(site) ? (
        <p className="callout">{t('details.approximate', { radius: formatRadius(site.precision_m!, lang) })}</p>
      ) : null}
      <dl className="details__dl">
        {district && (
          <>
            <dt>{t('details.district')}</dt>
            <dd>
              <button type="button" className="link" onClick={() => select({ kind: 'district', id: district.code })}>
                {nameOf(district, lang)}
              </button>
            </dd>
          </>
        )}
        {address && (
          <>
            <dt>{t('details.address')}</dt>
            <dd><LocalizedSpan value={address} /></dd>
          </>
        )}
        <dt>{t('details.opened')}</dt>
        <dd>{opened ?? t('details.openedUnknown')}</dd>
      </dl>
      {notes && <p><LocalizedSpan value={notes} /></p>}
      <FactList facts={otherFacts(facts, 'site', site.id, [])} />
      <p className="details__note">
        {t('details.sources')} <SourceRefs ids={site.source_ids} />
      </p>
    </>
  );
}
