// The tour's chapters in order. Reorder by dragging, or from the keyboard (Alt+↑ / Alt+↓ on a
// chapter, or its move buttons); duplicate and delete; add a chapter from the map's current view.
import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import type { TourFile } from '../../data/schemas';
import { useLang, useT } from '../../i18n/i18n';
import { chapterFromView, deleteChapter, duplicateChapter, moveChapter } from '../../lib/tour-draft';
import { currentView } from './view-of-chapter';

interface Props {
  tour: TourFile;
  current: number;
  onSelect: (index: number) => void;
  onCurrent: (index: number) => void;
  onChange: (tour: TourFile) => void;
}

export function ChapterList({ tour, current, onSelect, onCurrent, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  const sites = useQuery(sitesQuery).data;
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const [dragged, setDragged] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const count = tour.chapters.length;

  const move = (from: number, to: number) => {
    if (to < 0 || to >= count) return;
    onChange(moveChapter(tour, from, to));
    onCurrent(to);
    // Keep the keyboard on the chapter that moved.
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('.builder__chapter-name')[to]?.focus());
  };

  const add = () => {
    const chapter = chapterFromView(tour, currentView({ sites, districts, areas }));
    onChange({ ...tour, chapters: [...tour.chapters, chapter] });
    onCurrent(count);
  };

  return (
    <div className="builder__chapters">
      <h2>{t('builder.chapters')}</h2>
      <p className="builder__hint">{t('builder.reorderHint')}</p>
      <ol ref={list} className="builder__chapter-list">
        {tour.chapters.map((c, i) => (
          <li
            key={c.id}
            className={i === current ? 'builder__chapter builder__chapter--current' : 'builder__chapter'}
            draggable
            onDragStart={(e) => {
              setDragged(i);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', c.id);
            }}
            onDragOver={(e) => {
              if (dragged !== null) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged !== null && dragged !== i) move(dragged, i);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
          >
            <button
              type="button"
              className="builder__chapter-name"
              aria-current={i === current ? 'true' : undefined}
              onClick={() => onSelect(i)}
              onKeyDown={(e) => {
                if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                e.preventDefault();
                move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
              }}
            >
              {i + 1}. {(lang === 'zh' ? c.title.zh || c.title.en : c.title.en || c.title.zh) || t('builder.untitled')}
            </button>
            <span className="builder__chapter-tools">
              <button type="button" aria-label={t('builder.moveUp', { n: i + 1 })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </button>
              <button type="button" aria-label={t('builder.moveDown', { n: i + 1 })} disabled={i === count - 1} onClick={() => move(i, i + 1)}>
                ↓
              </button>
              <button type="button" aria-label={t('builder.duplicate', { n: i + 1 })} disabled={count >= 20} onClick={() => onChange(duplicateChapter(tour, i))}>
                ⧉
              </button>
              <button
                type="button"
                aria-label={t('builder.deleteChapter', { n: i + 1 })}
                onClick={() => {
                  if (!window.confirm(t('builder.confirmDeleteChapter', { n: i + 1 }))) return;
                  onChange(deleteChapter(tour, i));
                  onCurrent(Math.max(0, Math.min(current, count - 2)));
                }}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="builder__add" disabled={count >= 20} onClick={add}>
        {t('builder.addFromView')}
      </button>
    </div>
  );
}
