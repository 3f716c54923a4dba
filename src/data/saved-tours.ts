// Tours a speaker builds in the browser, kept in IndexedDB (idb-keyval: a key-value store over
// one object store), so they survive reloads and work offline. A saved tour may be a draft (an
// empty text, no chapter yet): the builder shows what is missing, and presenting or exporting
// checks it with the same schema and cross-checks as geo/tour.json first. Everything read back is
// validated again: the database is the user's, and another tab or an old version may have
// written it.
import { queryOptions } from '@tanstack/react-query';
import { createStore, del, entries, get, set } from 'idb-keyval';
import { z } from '../lib/zod';
import { TEXT_LIMITS, tourChapterSchema, type TourFile } from './schemas';

const store = () => createStore('talent-map-tours', 'tours');

const loose = (max: number) => z.string().max(max);
const draftBilingual = (max: number) => z.object({ en: loose(max), zh: loose(max) });
export const draftChapterSchema = tourChapterSchema.extend({ title: draftBilingual(TEXT_LIMITS.name), text: draftBilingual(TEXT_LIMITS.note), sources: z.array(z.string().max(TEXT_LIMITS.id)) });
export const draftTourSchema = z.object({ title: draftBilingual(TEXT_LIMITS.name), chapters: z.array(draftChapterSchema).max(20) });

export const savedTourSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  /** When it was last saved (ISO 8601). */
  updated: z.string().max(40),
  tour: draftTourSchema,
});
/** A saved tour; its `tour` has the file's shape but may not pass the file's checks yet. */
export type SavedTour = Omit<z.infer<typeof savedTourSchema>, 'tour'> & { tour: TourFile };

export function newTourId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `t-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

export async function listSavedTours(): Promise<SavedTour[]> {
  const rows = await entries<string, unknown>(store());
  const tours = rows.flatMap(([, value]) => {
    const parsed = savedTourSchema.safeParse(value);
    return parsed.success ? [parsed.data as SavedTour] : [];
  });
  return tours.sort((a, b) => b.updated.localeCompare(a.updated));
}

export async function readSavedTour(id: string): Promise<SavedTour | null> {
  const parsed = savedTourSchema.safeParse(await get(id, store()));
  return parsed.success ? (parsed.data as SavedTour) : null;
}

export async function writeSavedTour(id: string, tour: TourFile): Promise<SavedTour> {
  const record: SavedTour = { id, updated: new Date().toISOString(), tour };
  // Checked before it is written, so nothing unreadable ever enters the store.
  savedTourSchema.parse(record);
  await set(id, record, store());
  return record;
}

export function deleteSavedTour(id: string): Promise<void> {
  return del(id, store());
}

export const savedToursQuery = queryOptions({ queryKey: ['saved-tours'], queryFn: listSavedTours, staleTime: 0 });

export const savedTourQuery = (id: string) => queryOptions({ queryKey: ['saved-tours', id], queryFn: () => readSavedTour(id), staleTime: 0 });
