// Which tour the presenter shows: the built-in one (tour.json), or one saved in this browser
// (`tour=<id>`), checked with the same schema and cross-checks as geo/tour.json before a single
// chapter is shown — a saved draft with a missing translation says so instead of half-presenting.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { tourQuery } from '../../data/queries';
import { savedTourQuery } from '../../data/saved-tours';
import type { TourFile } from '../../data/schemas';
import { useTourData } from '../../derived/tour-data';
import { checkTourValue } from '../../lib/tour-check';
import type { TourProblem } from '../../lib/tour-problems';
import { useAppStore } from '../../store/app-store';

export type PresentedTour =
  | { state: 'ready'; tour: TourFile }
  | { state: 'loading' }
  | { state: 'error'; retry: () => void }
  | { state: 'missing' }
  | { state: 'invalid'; problems: TourProblem[] };

export function usePresentedTour(): PresentedTour {
  const id = useAppStore((s) => s.tour);
  const builtIn = useQuery({ ...tourQuery, enabled: id === null });
  const saved = useQuery({ ...savedTourQuery(id ?? ''), enabled: id !== null });
  const data = useTourData();
  // Once per loaded tour and data: the chapters keep their identity between renders.
  const checked = useMemo(() => (saved.data && data ? checkTourValue(saved.data.tour, data) : null), [saved.data, data]);
  if (id === null) {
    if (builtIn.data) return { state: 'ready', tour: builtIn.data };
    return builtIn.isError ? { state: 'error', retry: () => void builtIn.refetch() } : { state: 'loading' };
  }
  if (saved.isError) return { state: 'error', retry: () => void saved.refetch() };
  if (saved.data === null) return { state: 'missing' };
  if (!checked) return { state: 'loading' };
  return checked.ok ? { state: 'ready', tour: checked.tour } : { state: 'invalid', problems: checked.problems };
}
