// The builder's first screen: the tours saved in this browser, and the ways to start one — a copy
// of the built-in tour, an empty tour, or a tour file (checked before anything is saved).
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { tourQuery } from '../../data/queries';
import { deleteSavedTour, newTourId, savedToursQuery, writeSavedTour } from '../../data/saved-tours';
import type { TourFile } from '../../data/schemas';
import { useTourData } from '../../derived/tour-data';
import { useLang, useT } from '../../i18n/i18n';
import { inLanguage } from '../../i18n/localized';
import { LocalizedSpan } from '../../components/localized-span';
import { emptyTour } from '../../lib/tour-draft';
import { countText } from '../../lib/format';
import type { TourProblem } from '../../lib/tour-problems';
import { useAppStore } from '../../store/app-store';
import { readTourFile } from './tour-file';
import { ProblemList } from './problem-list';

export function TourPicker() {
  const t = useT();
  const lang = useLang();
  const client = useQueryClient();
  const saved = useQuery(savedToursQuery);
  const builtIn = useQuery(tourQuery);
  const data = useTourData();
  const [problems, setProblems] = useState<TourProblem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async (tour: TourFile) => {
    setError(null);
    try {
      const record = await writeSavedTour(newTourId(), tour);
      await client.invalidateQueries({ queryKey: ['saved-tours'] });
      useAppStore.setState({ tour: record.id });
    } catch (e) {
      setError(t('builder.saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file || !data) return;
    setProblems(null);
    const result = await readTourFile(file, data);
    if (result.ok) await start(result.tour);
    else setProblems(result.problems);
  };

  return (
    <section className="builder__picker" aria-labelledby="builder-title">
      <header className="builder__head">
        <h1 id="builder-title">{t('builder.title')}</h1>
        <button type="button" onClick={() => useAppStore.setState({ mode: 'explore', tour: null })}>
          {t('builder.toDashboard')}
        </button>
      </header>

      <h2>{t('builder.start')}</h2>
      <div className="builder__actions">
        <button type="button" disabled={!builtIn.data} onClick={() => builtIn.data && void start(structuredClone(builtIn.data))}>
          {t('builder.copyBuiltIn')}
        </button>
        <button type="button" onClick={() => void start(emptyTour())}>
          {t('builder.empty')}
        </button>
        <label className="builder__file">
          {t('builder.import')}
          <input type="file" accept="application/json,.json" disabled={!data} onChange={(e) => void onFile(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        </label>
      </div>
      <p className="builder__hint">{t('builder.builtInReadOnly')}</p>
      {problems && <ProblemList title={t('builder.importRefused')} problems={problems} />}
      {error && <p role="alert">{error}</p>}

      <h2>{t('builder.saved')}</h2>
      {saved.data && saved.data.length === 0 && <p>{t('builder.none')}</p>}
      <ul className="builder__tours">
        {saved.data?.map((s) => (
          <li key={s.id}>
            <span className="builder__tour-name">{s.tour.title.en || s.tour.title.zh ? <LocalizedSpan value={inLanguage(s.tour.title, lang)} /> : t('builder.untitled')}</span>
            <span className="builder__tour-meta">{countText('chapters', s.tour.chapters.length, lang)}</span>
            <button type="button" onClick={() => useAppStore.setState({ tour: s.id })}>
              {t('builder.edit')}
            </button>
            <button type="button" onClick={() => useAppStore.setState({ mode: 'present', tour: s.id, chapter: 1 })}>
              {t('builder.present')}
            </button>
            <button
              type="button"
              onClick={() => {
                if (!window.confirm(t('builder.confirmDelete'))) return;
                void deleteSavedTour(s.id).then(() => client.invalidateQueries({ queryKey: ['saved-tours'] }));
              }}
            >
              {t('builder.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
