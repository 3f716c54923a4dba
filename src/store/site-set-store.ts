// Which sites the Analyse tab's reach and proximity measure: the map's service centres (null), or
// a point set the reader imported. Transient (imported data is the browser's own, never in a link),
// so it lives in its own tiny store. The analysis panel keeps it in step with the layer registry.
import { create } from 'zustand';

export interface SiteSet {
  /** The run-time layer the points are drawn by. */
  id: string;
  label: string;
  /** The points drawn (the layer's filter applied), WGS84. */
  positions: readonly (readonly [number, number])[];
  /** The name of position i, as its row gives it. */
  nameAt: (i: number) => string;
}

export const useSiteSetStore = create<{ siteSet: SiteSet | null; setSiteSet: (s: SiteSet | null) => void }>()((set) => ({
  siteSet: null,
  setSiteSet: (siteSet) => set({ siteSet }),
}));
