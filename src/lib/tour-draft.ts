// Editing a tour in the builder, as pure functions on the tour's data: a chapter from the view on
// the map, reordering, duplicating, deleting. The builder's components only call these.
import type { LayerId, TourChapter, TourFile } from '../data/schemas';
import type { Camera, Selection } from './vocabulary';

/** Where a new chapter looks when the map reports no settled view (the whole city, fitted). */
export const CITY_CAMERA = { center: [121.47, 31.23] as [number, number], zoom: 9, bearing: 0, pitch: 0 };

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A chapter id not used in the tour yet: chapter-1, chapter-2, … */
export function freshChapterId(tour: TourFile, base = 'chapter'): string {
  const used = new Set(tour.chapters.map((c) => c.id));
  for (let n = tour.chapters.length + 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface ViewForChapter {
  camera: Camera | null;
  layers: readonly LayerId[];
  metric: string;
  selection: Selection | null;
  /** Whether the selection can be highlighted (a site with no verified location cannot). */
  selectionDrawn: boolean;
  /** The selected feature's own sources, cited until the author picks others. */
  selectionSources: readonly string[];
}

/** A chapter showing what the map shows now; the words are the author's to write. */
export function chapterFromView(tour: TourFile, view: ViewForChapter): TourChapter {
  const c = view.camera;
  const camera = c
    ? { center: [round(c.lng, 5), round(c.lat, 5)] as [number, number], zoom: round(Math.min(17, Math.max(7, c.zoom)), 2), bearing: round(((c.bearing % 360) + 360) % 360, 1), pitch: round(Math.min(60, Math.max(0, c.pitch)), 1) }
    : { ...CITY_CAMERA, center: [...CITY_CAMERA.center] as [number, number] };
  return {
    id: freshChapterId(tour),
    title: { en: '', zh: '' },
    text: { en: '', zh: '' },
    camera,
    layers: [...view.layers],
    highlight: view.selection && view.selectionDrawn ? [`${view.selection.kind}:${view.selection.id}`] : [],
    facts: [],
    sources: [...view.selectionSources],
    distances: [],
    list_unmapped: false,
    metric: view.metric,
    notes: { en: '', zh: '' },
  };
}

/** Moves chapter `from` to index `to` (both 0-based, clamped). */
export function moveChapter(tour: TourFile, from: number, to: number): TourFile {
  const n = tour.chapters.length;
  if (from < 0 || from >= n) return tour;
  const target = Math.max(0, Math.min(n - 1, to));
  if (target === from) return tour;
  const chapters = [...tour.chapters];
  const [moved] = chapters.splice(from, 1);
  chapters.splice(target, 0, moved!);
  return { ...tour, chapters };
}

/** A copy of chapter `index` right after it, with its own id. */
export function duplicateChapter(tour: TourFile, index: number): TourFile {
  const original = tour.chapters[index];
  if (!original || tour.chapters.length >= 20) return tour;
  const copy: TourChapter = structuredClone(original);
  copy.id = freshChapterId(tour, original.id.replace(/-copy(-\d+)?$/, '').slice(0, 50) + '-copy');
  const chapters = [...tour.chapters];
  chapters.splice(index + 1, 0, copy);
  return { ...tour, chapters };
}

export function deleteChapter(tour: TourFile, index: number): TourFile {
  return { ...tour, chapters: tour.chapters.filter((_, i) => i !== index) };
}

export function replaceChapter(tour: TourFile, index: number, chapter: TourChapter): TourFile {
  return { ...tour, chapters: tour.chapters.map((c, i) => (i === index ? chapter : c)) };
}

export function emptyTour(): TourFile {
  return { title: { en: '', zh: '' }, chapters: [] };
}
