// A tour as a file: exported as JSON in the shape of geo/tour.json (so the data build would read
// it too), imported through the same schema and cross-checks. Reading a file never throws and
// never changes a saved tour: the caller gets the tour or the problems.
import type { TourFile } from '../../data/schemas';
import { fileProblem, importTour, MAX_TOUR_FILE_BYTES, type TourData, type TourImport } from '../../lib/tour-check';

/** A file name from the tour's English title: letters, digits and hyphens. */
export function tourFileName(tour: TourFile): string {
  const slug = tour.title.en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'tour'}.tour.json`;
}

export function downloadTour(tour: TourFile): void {
  const blob = new Blob([`${JSON.stringify(tour, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = tourFileName(tour);
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the object URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function readTourFile(file: File, data: TourData): Promise<TourImport> {
  // Refused before reading: a file this large is not a tour, and reading it would only cost memory.
  if (file.size > MAX_TOUR_FILE_BYTES) return fileProblem('fileTooLarge', { mb: MAX_TOUR_FILE_BYTES / 1_000_000 });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fileProblem('unreadable');
  }
  return importTour(text, data);
}
