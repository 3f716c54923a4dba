/**
 * The tour builder (`?mode=build`, `&tour=<id>` for a saved tour): a speaker makes their own talk
 * in the browser. Without a tour id it lists the saved tours and starts a new one (a copy of the
 * built-in tour, which itself stays read-only, or an empty one, or an imported file); with one it
 * edits that tour, saved to IndexedDB as it changes. Default-exported for Root's lazy import.
 */
import { useQuery } from '@tanstack/react-query';
import { savedTourQuery } from '../../data/saved-tours';
import { useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { TourPicker } from './tour-picker';
import { TourEditor } from './tour-editor';
import './builder.css';

export default function BuilderView() {
  const id = useAppStore((s) => s.tour);
  return <div className="builder">{id === null ? <TourPicker /> : <SavedTourEditor id={id} />}</div>;
}

function SavedTourEditor({ id }: { id: string }) {
  const t = useT();
  const saved = useQuery(savedTourQuery(id));
  if (saved.data) return <TourEditor key={id} saved={saved.data} />;
  if (saved.data === null || saved.isError) {
    return (
      <div className="builder__message" role="alert">
        <p>{t('builder.missing')}</p>
        <button type="button" onClick={() => useAppStore.setState({ tour: null })}>
          {t('builder.allTours')}
        </button>
      </div>
    );
  }
  return <p className="builder__message">{t('common.loading')}</p>;
}
