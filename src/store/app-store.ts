// UI state only. Data lives in react-query; the map instance lives in the map component. The
// camera here is the last settled view (written on moveend), used for the URL and for restoring a
// view: the map itself stays uncontrolled so there is one source of truth while it moves.
import { create } from 'zustand';
import type { LayerId } from '../data/schemas';
import { DEFAULT_STATE } from '../lib/url-state';
import { type AnalysisState, type Basemap, type Camera, type Lang, type Metric, type Mode, type Selection, type UrlState } from '../lib/vocabulary';

export type Hover = { kind: Selection['kind']; id: string } | null;

export interface AppState extends UrlState {
  hover: Hover;
  /**
   * Whether the reader chose the online basemap on this page. A link can carry `basemap=osm`, but
   * opening a link is not consent to requests to another host: until the reader says yes (or picks
   * it themselves) the built-in basemap is drawn and the map asks.
   */
  onlineConsent: boolean;
  consentToOnline: () => void;
  setMode: (mode: Mode) => void;
  setLang: (lang: Lang) => void;
  select: (selection: Selection | null) => void;
  setHover: (hover: Hover) => void;
  setLayerVisible: (id: LayerId, visible: boolean) => void;
  setMetric: (metric: Metric) => void;
  setCamera: (camera: Camera) => void;
  setChapter: (chapter: number) => void;
  setAutoplay: (seconds: number | null) => void;
  setBasemap: (basemap: Basemap) => void;
  /** Merges a change into the analysis tools' state (issue #5). */
  setAnalysis: (patch: Partial<AnalysisState>) => void;
}

export const useAppStore = create<AppState>()((set) => ({
  ...DEFAULT_STATE,
  hover: null,
  onlineConsent: false,
  consentToOnline: () => set({ onlineConsent: true }),
  setMode: (mode) => set({ mode }),
  setLang: (lang) => set({ lang }),
  select: (selection) => set({ selection }),
  setHover: (hover) => set({ hover }),
  setLayerVisible: (id, visible) =>
    set((s) => {
      const has = s.layers.includes(id);
      if (visible === has) return s;
      return { layers: visible ? [...s.layers, id] : s.layers.filter((l) => l !== id) };
    }),
  setMetric: (metric) => set({ metric }),
  setCamera: (camera) => set({ camera }),
  setChapter: (chapter) => set({ chapter }),
  setAutoplay: (autoplay) => set({ autoplay }),
  // Only the reader's own choice goes through here (a URL is applied with applyUrlState).
  setBasemap: (basemap) => set({ basemap, onlineConsent: basemap !== 'builtin' }),
  setAnalysis: (patch) => set((s) => ({ analysis: { ...s.analysis, ...patch } })),
}));

/** Replaces the URL-carried part of the state at once (initial load, back/forward). */
export function applyUrlState(state: UrlState): void {
  useAppStore.setState(state);
}
