// The map's visible bounds [west, south, east, north], written by the map when a move ends and read
// by "Filter to map view". Bounds, not the map: the map instance never enters a store.
import { create } from 'zustand';

import type { Bounds } from '../lib/vocabulary';

export const useViewBounds = create<{ bounds: Bounds | null; set: (b: Bounds) => void }>()((set) => ({
  bounds: null,
  set: (bounds) => set({ bounds }),
}));
