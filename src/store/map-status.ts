// Whether the page's map has drawn its first complete frame. Secondary panels (the chart) wait for
// it, so on a slow machine they do not take the main thread while the map, the page's main content,
// is being drawn (npm run bench: the chart's first render cost about a quarter of a second there).
// Data only: the map instance is never here.
import { create } from 'zustand';

interface MapStatus {
  firstFrame: boolean;
  markFirstFrame: () => void;
}

export const useMapStatus = create<MapStatus>()((set) => ({
  firstFrame: false,
  markFirstFrame: () => set((s) => (s.firstFrame ? s : { firstFrame: true })),
}));
