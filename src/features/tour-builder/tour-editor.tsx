// Editing one saved tour: its title, its chapters (list, reorder, duplicate, delete), the chapter
// being edited, and the map the chapters are taken from. Every change is saved to the browser a
// moment later; the problems the file checks would find are listed live, and presenting or
// exporting waits until there are none.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { writeSavedTour, type SavedTour } from '../../data/saved-tours';
import type { TourFile } from '../../data/schemas';
import { useTourData } from '../../derived/tour-data';
import { useT } from '../../i18n/i18n';
import { checkTourValue } from '../../lib/tour-check';
import { replaceChapter } from '../../lib/tour-draft';
import { useAppStore } from '../../store/app-store';
import { ChapterList } from './chapter-list';
import { ChapterEditor } from './chapter-editor';
import { ProblemList } from './problem-list';
import { downloadTour } from './tour-file';
import { showChapterOnMap } from './view-of-chapter';

const MapView = lazy(() => import('../map/map-view'));
const SAVE_DELAY_MS = 300;

export function TourEditor({ saved }: { saved: SavedTour }) {
  const t = useT();
  const client = useQueryClient();
  const data = useTourData();
  const [tour, setTour] = useState<TourFile>(saved.tour);
  const [current, setCurrent] = useState(0);
  const [status, setStatus] = useState<'saved' | 'saving' | 'failed'>('saved');
  const pending = useRef<TourFile | null>(null);

  const save = useCallback(async () => {
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    try {
      await writeSavedTour(saved.id, next);
      setStatus('saved');
      void client.invalidateQueries({ queryKey: ['saved-tours'] });
    } catch {
      setStatus('failed');
    }
  }, [client, saved.id]);

  // Saved a moment after the last change, and at once when the builder closes.
  useEffect(() => {
    if (pending.current === null) return;
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [tour, save]);
  useEffect(() => () => void save(), [save]);

  const change = (next: TourFile) => {
    pending.current = next;
    setStatus('saving');
    setTour(next);
  };

  const checked = useMemo(() => (data ? checkTourValue(tour, data) : null), [tour, data]);
  const ready = checked?.ok === true;
  const index = Math.min(current, Math.max(0, tour.chapters.length - 1));
  const chapter = tour.chapters[index];

  const present = async (chapterNumber: number) => {
    pending.current = tour;
    await save();
    useAppStore.setState({ mode: 'present', tour: saved.id, chapter: chapterNumber, autoplay: null });
  };

  return (
    <div className="builder__editor">
      <aside className="builder__side" aria-label={t('builder.chapters')}>
        <header className="builder__head">
          <h1>{t('builder.title')}</h1>
          <span className="builder__status" role="status">
            {t(status === 'saved' ? 'builder.saved.status' : status === 'saving' ? 'builder.saving' : 'builder.saveFailedShort')}
          </span>
        </header>
        <div className="builder__fields">
          <label>
            {t('builder.tourTitle.en')}
            <input lang="en" value={tour.title.en} maxLength={120} onChange={(e) => change({ ...tour, title: { ...tour.title, en: e.target.value } })} />
          </label>
          <label>
            {t('builder.tourTitle.zh')}
            <input lang="zh-CN" value={tour.title.zh} maxLength={120} onChange={(e) => change({ ...tour, title: { ...tour.title, zh: e.target.value } })} />
          </label>
        </div>
        <ChapterList
          tour={tour}
          current={index}
          onSelect={(i) => {
            setCurrent(i);
            const c = tour.chapters[i];
            if (c) showChapterOnMap(c);
          }}
          onChange={change}
          onCurrent={setCurrent}
        />
        <div className="builder__actions">
          <button type="button" disabled={!ready} onClick={() => void present(1)}>
            {t('builder.present')}
          </button>
          <button type="button" disabled={!ready} onClick={() => downloadTour(tour)}>
            {t('builder.export')}
          </button>
          <button
            type="button"
            onClick={() => void save().then(() => useAppStore.setState({ tour: null }))}
          >
            {t('builder.allTours')}
          </button>
        </div>
        {checked && !checked.ok && <ProblemList title={t('builder.problems')} problems={checked.problems} />}
      </aside>

      <main className="builder__main">
        {chapter ? (
          <ChapterEditor key={chapter.id} chapter={chapter} number={index + 1} onChange={(c) => change(replaceChapter(tour, index, c))} onPreview={() => void present(index + 1)} canPreview={ready} />
        ) : (
          <p className="builder__hint">{t('builder.noChapters')}</p>
        )}
      </main>

      <div className="builder__map">
        <Suspense fallback={<p>{t('common.loadingMap')}</p>}>
          <MapView />
        </Suspense>
      </div>
    </div>
  );
}
