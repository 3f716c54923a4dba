// Distances from any drawn site or a point picked on the map: the nearest service sites, rings on
// the map, and for talent apartments the distance to the nearest service centre and exit-entry office.
import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../../data/queries';
import type { Site } from '../../data/schemas';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { LocalizedName } from '../../components/localized-span';
import { useAppStore } from '../../store/app-store';
import { formatNumber } from '../../lib/format';
import { nearest } from '../../lib/reach';
import { decodeRings } from '../../lib/url-state';
import { isApproximate, isDrawable, isServiceCentre, type DrawableSite } from '../../lib/geo';
import { useInView, useProximity, useProximityCamera } from '../../derived/analysis';
import { usePickStore } from '../../store/pick-store';
import { useSiteSetStore } from '../../store/site-set-store';
import { SiteSetChoice } from './site-set';

function useKm() {
  const t = useT();
  const lang = useLang();
  return (km: number, errKm: number) =>
    errKm > 0
      ? t('analysis.prox.kmPlusMinus', { km: formatNumber(km, lang, 1), err: formatNumber(errKm, lang, 1) })
      : t('analysis.prox.km', { km: formatNumber(km, lang, 1) });
}

const err = (s: Site) => (isApproximate(s) ? s.precision_m! / 1000 : 0);

export function ProximitySection() {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const sites = useQuery(sitesQuery).data;
  const origin = useAppStore((s) => s.analysis.origin);
  const rings = useAppStore((s) => s.analysis.rings);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  const picking = usePickStore((s) => s.picking);
  const setPicking = usePickStore((s) => s.setPicking);
  const p = useProximity();
  const siteSet = useSiteSetStore((s) => s.siteSet);
  useProximityCamera();
  const km = useKm();
  const ringsShown = rings.join(', ');
  const [ringDraft, setRingDraft] = useState<{ base: string; text: string } | null>(null);
  const ringText = ringDraft && ringDraft.base === ringsShown ? ringDraft.text : ringsShown;
  const setRingText = (text: string) => setRingDraft({ base: ringsShown, text });
  const [ringError, setRingError] = useState(false);

  useEffect(() => {
    if (!picking) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPicking(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking, setPicking]);

  const drawn = useMemo(() => (sites ?? []).filter(isDrawable).sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang), lang)), [sites, lang]);

  const applyRings = () => {
    const parts = ringText.split(/[,，\s]+/).filter(Boolean);
    const nums = parts.map(Number);
    if (parts.length === 0 || parts.length > 5 || nums.some((n) => !Number.isFinite(n) || n < 0.1 || n > 50)) {
      setRingError(true);
      return;
    }
    setRingError(false);
    setAnalysis({ rings: decodeRings(nums.join(',')) });
  };

  return (
    <section className="analysis__section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('analysis.prox.title')}</h3>
      <div className="analysis__grid">
        <SiteSetChoice />
        <label>
          <span>{t('analysis.prox.site')}</span>
          <select
            value={origin?.kind === 'site' ? origin.id : ''}
            onChange={(e) => setAnalysis({ origin: e.target.value ? { kind: 'site', id: e.target.value } : null })}
          >
            <option value="">{t('analysis.prox.none')}</option>
            {drawn.map((s) => (
              <option key={s.id} value={s.id}>
                {nameOf(s, lang)}
              </option>
            ))}
          </select>
        </label>
        <div className="analysis__buttons">
          <button type="button" aria-pressed={picking} onClick={() => setPicking(!picking)}>
            {t('analysis.prox.pick')}
          </button>
          {origin && (
            <button type="button" onClick={() => setAnalysis({ origin: null })}>
              {t('analysis.prox.clear')}
            </button>
          )}
        </div>
        {picking && (
          <p className="analysis__help" role="status">
            {t('analysis.prox.picking')}
          </p>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            applyRings();
          }}
        >
          <label>
            <span>{t('analysis.prox.rings')}</span>
            <input type="text" inputMode="decimal" value={ringText} onChange={(e) => setRingText(e.target.value)} onBlur={applyRings} aria-invalid={ringError || undefined} />
          </label>
          {ringError && (
            <p className="analysis__error" role="alert">
              {t('analysis.prox.ringsError')}
            </p>
          )}
        </form>
      </div>
      {p && (
        <table className="analysis__table" data-testid="nearest-table">
          <caption>
            {p.site
              ? t('analysis.prox.from', { name: nameOf(p.site, lang) })
              : t('analysis.prox.fromPoint', { lat: p.origin[1].toFixed(4), lng: p.origin[0].toFixed(4) })}
            {' · '}
            {p.places && siteSet ? t('import.sites.nearest', { name: siteSet.label }) : t('analysis.prox.nearest')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('analysis.prox.colSite')}</th>
              <th scope="col">{t('analysis.prox.colKm')}</th>
            </tr>
          </thead>
          <tbody>
            {p.places
              ? p.places.map((n, i) => (
                  <tr key={i}>
                    <th scope="row">{n.name}</th>
                    <td>{km(n.km, 0)}</td>
                  </tr>
                ))
              : p.nearest.map((n) => (
                  <tr key={n.site.id}>
                    <th scope="row">
                      <LocalizedName of={n.site} /> <span className="analysis__kind">{t(`category.${n.site.category}`)}</span>
                    </th>
                    <td>{km(n.km, n.errKm)}</td>
                  </tr>
                ))}
          </tbody>
        </table>
      )}
      <ApartmentTable sites={sites ?? []} />
      <p className="analysis__help">{t('analysis.prox.caveat')}</p>
    </section>
  );
}

function ApartmentTable({ sites }: { sites: readonly Site[] }) {
  const t = useT();
  const km = useKm();
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  const inView = useInView();
  const apartments = sites.filter((s) => s.category === 'talent-apartment' && (!inView || inView.site(s)));
  const centres = sites.filter((s): s is DrawableSite => isServiceCentre(s) && isDrawable(s));
  const exits = sites.filter((s): s is DrawableSite => s.category === 'exit-entry' && isDrawable(s));
  if (apartments.length === 0) return null;
  const cell = (a: Site, targets: DrawableSite[]) => {
    if (!isDrawable(a)) return <td className="analysis__nodata">{t('analysis.prox.notMapped')}</td>;
    const [n] = nearest([a.lon, a.lat], targets, 1);
    if (!n) return <td className="analysis__nodata">{t('common.noData')}</td>;
    return (
      <td>
        {km(n.km, err(a) + err(n.site))}
        <span className="analysis__kind">
          <LocalizedName of={n.site} />
        </span>
      </td>
    );
  };
  return (
    <table className="analysis__table" data-testid="apartment-table">
      <caption>{t('analysis.prox.apartments')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.prox.colApartment')}</th>
          <th scope="col">{t('analysis.prox.colCentre')}</th>
          <th scope="col">{t('analysis.prox.colExit')}</th>
        </tr>
      </thead>
      <tbody>
        {apartments.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              {isDrawable(a) ? (
                <button type="button" className="analysis__link" onClick={() => setAnalysis({ origin: { kind: 'site', id: a.id } })}>
                  <LocalizedName of={a} />
                </button>
              ) : (
                <LocalizedName of={a} />
              )}
            </th>
            {cell(a, centres)}
            {cell(a, exits)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
