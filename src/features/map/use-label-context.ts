// What the label layers need from the app beyond the analysis context: which sites to name at
// every zoom (the selected one and the presenter's highlighted ones) and the mode's label type.
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import type { LayerContext } from '../../derived/layer-context';
import type { Selection } from '../../lib/vocabulary';

/** Site ids among a selection and highlights, each once, in order. */
export function namedSiteIds(selection: Selection | null, highlights: readonly Selection[]): string[] {
  const ids = [selection, ...highlights].flatMap((s) => (s?.kind === 'site' ? [s.id] : []));
  return [...new Set(ids)];
}

export function useLabelContext(base: LayerContext, highlights: readonly Selection[]): LayerContext {
  // Only a selected site is named here: selecting a district or an area must not re-render the map
  // (its highlight is feature-state, set without React).
  const selectedSite = useAppStore((s) => (s.selection?.kind === 'site' ? s.selection.id : null));
  const presenting = useAppStore((s) => s.mode === 'present');
  // Keyed by the ids' text, so a new highlights array with the same sites changes no layer.
  const key = namedSiteIds(selectedSite === null ? null : { kind: 'site', id: selectedSite }, highlights).join('\n');
  return useMemo(
    () => ({ ...base, namedSites: key === '' ? [] : key.split('\n'), labelType: presenting ? 'hall' : 'desk' }),
    [base, key, presenting],
  );
}
