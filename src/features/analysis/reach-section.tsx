// Reach of the chosen sites (the service centres, or a reader's imported point layer): the radius,
// the plain-words method, and which sites are counted with a caveat (approximate) or not at all
// (no location).
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../../data/queries';
import { useLang, useT } from '../../i18n/i18n';
import { LocalizedName } from '../../components/localized-span';
import { useAppStore } from '../../store/app-store';
import { formatNumber, formatRadius } from '../../lib/format';
import { DEFAULT_SPACING_KM } from '../../lib/reach';
import { isApproximate, isDrawable } from '../../lib/geo';
import { serviceCentres } from '../../derived/analysis';
import { ColourByReach } from './colour-by-reach';
import { SiteSetChoice, useChosenPlaces } from './site-set';

export function ReachSection() {
  const t = useT();
  const lang = useLang();
  const km = useAppStore((s) => s.analysis.reachKm);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  const on = useAppStore((s) => s.analysis.reachOn);
  const sites = useQuery(sitesQuery).data;
  const [draft, setDraft] = useState(String(km));
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const chosen = useChosenPlaces();
  // With the reader's own points chosen, the notes about the service centres do not apply.
  const centres = sites && !chosen ? serviceCentres(sites) : [];
  const approx = centres.filter((s) => isDrawable(s) && isApproximate(s));
  const unmapped = centres.filter((s) => !isDrawable(s));
  const chosenName = chosen ? (chosen.labels[lang] ?? chosen.labels.en ?? chosen.id) : '';
  const reach = chosen?.places.reach;

  const commit = (raw: string) => {
    const n = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(n) && n >= 0.1 && n <= 50) {
      setInvalid(false);
      setAnalysis({ reachKm: n });
    } else setInvalid(true);
  };

  return (
    <section className="analysis__section" aria-labelledby={`${id}-h`}>
      {/* The set measured, by name: the reader's own layer once it is chosen (its name as text). */}
      <h3 id={`${id}-h`}>{chosen ? t('analysis.reach.titleOf', { name: chosenName }) : t('analysis.reach.title')}</h3>
      <div className="analysis__grid">
        <SiteSetChoice />
        <label>
          <span>{t('analysis.reach.radius')}</span>
          <input
            type="number"
            min={0.1}
            max={50}
            step={0.5}
            value={draft}
            aria-invalid={invalid || undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              commit(e.target.value);
            }}
          />
        </label>
      </div>
      <label className="analysis__check">
        <input type="checkbox" checked={on} onChange={(e) => setAnalysis({ reachOn: e.target.checked })} />
        <span>{t('reach.draw')}</span>
      </label>
      {chosen ? (
        reach && (
          <ColourByReach
            key={chosen.id}
            target={{
              metric: reach.metricId,
              label: t('import.sites.colour'),
              // The set's own metric, at this section's radius (kept with the set).
              prepare: () => reach.km !== km && reach.setKm(km),
            }}
          />
        )
      ) : (
        <ColourByReach />
      )}
      {invalid && (
        <p className="analysis__error" role="alert">
          {t('analysis.reach.radiusError')}
        </p>
      )}
      <p>{chosen ? t('import.sites.reachExplain', { km: formatNumber(km, lang, 1), name: chosenName }) : t('analysis.reach.explain', { km })}</p>
      <p className="analysis__help">{t('analysis.reach.method', { spacing: DEFAULT_SPACING_KM * 1000 })}</p>
      {approx.length > 0 && (
        <>
          <p className="analysis__help">{t('analysis.reach.approx')}</p>
          <ul className="analysis__list">
            {approx.map((s) => (
              <li key={s.id}>
                <LocalizedName of={s} /> ({formatRadius(s.precision_m!, lang)})
              </li>
            ))}
          </ul>
        </>
      )}
      {unmapped.length > 0 && (
        <>
          <p className="analysis__help">{t('analysis.reach.unmapped')}</p>
          <ul className="analysis__list">
            {unmapped.map((s) => (
              <li key={s.id}>
                <LocalizedName of={s} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="analysis__help">{t('analysis.reach.perCapita')}</p>
    </section>
  );
}
