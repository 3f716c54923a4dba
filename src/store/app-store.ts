// UI state only. Data lives in react-query; the map instance lives in the map component. The
// camera flows one way: anyone may put a *request* here (the URL, a list, the tour, the embed's
// host), the map serves each request once, and the *settled* camera is what the map reports when a
// move ends. The map itself stays uncontrolled, so there is one source of truth while it moves.
import { create } from 'zustand';
import type { LayerId } from '../data/schemas';
import { DEFAULT_STATE } from '../lib/url-state';
import { type AnalysisState, type Basemap, type Bounds, type Camera, type FlavourChoice, type Lang, type Metric, type Mode, type Selection, type UrlState } from '../lib/vocabulary';

export type Hover = { kind: Selection['kind']; id: string } | null;

/** Room, in pixels, that something drawn over the map takes (MapLibre's PaddingOptions). */
export interface CameraPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What the map is asked to show. */
export type CameraGoal =
  /** A view given outright (a link on load or back/forward, the embed host's fly-to): go straight there. */
  | { kind: 'view'; camera: Camera }
  /**
   * `auto`: the default view, no one's choice (a link without a view, the map's home button): the
   * map keeps it fitted to any screen and the URL records no view. It is the whole city unless the
   * map has a home view of its own (the dashboard's frames the sites). Not `auto`: the whole city,
   * as a view the reader asked for.
   */
  | { kind: 'city'; auto: boolean }
  /** A selection made away from the map (a list, the chart, the host page): bring it into view. */
  | { kind: 'selection'; selection: Selection }
  /** An area the reader asked to see (the proximity rings and the nearest sites): fitted, never closer than a street. */
  | { kind: 'bounds'; bounds: Bounds }
  /** A directed move (a tour chapter), clear of `padding`; its end is marked for the bench and tests. */
  | { kind: 'directed'; camera: Camera; padding?: CameraPadding };

/** A goal with the number that makes it a new request: the map serves each request once. */
export type CameraRequest = CameraGoal & { id: number };

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
  /** Select and show: a selection made anywhere but on the map also asks the map to bring it into view. */
  select: (selection: Selection | null) => void;
  /** A click on the map: the reader is already looking at it, so the camera stays where it is. */
  selectOnMap: (selection: Selection | null) => void;
  setHover: (hover: Hover) => void;
  setLayerVisible: (id: LayerId, visible: boolean) => void;
  setMetric: (metric: Metric) => void;
  /** The latest move asked of the map and not yet served; null once the map has taken it. */
  cameraRequest: CameraRequest | null;
  /** Asks the map to move; a newer request replaces one still waiting. */
  requestCamera: (goal: CameraGoal) => void;
  /** The map, once it has served (or dropped) request `id`. */
  consumeCameraRequest: (id: number) => void;
  /**
   * The map's moveend, and nothing else: the view it settled on, or null after a fit of the whole
   * city that no one chose (so a link keeps fitting any screen). Read by the URL as `camera`.
   */
  settleCamera: (camera: Camera | null) => void;
  setChapter: (chapter: number) => void;
  setAutoplay: (seconds: number | null) => void;
  setBasemap: (basemap: Basemap) => void;
  setFlavour: (flavour: FlavourChoice) => void;
  /** Merges a change into the analysis tools' state (issue #5). */
  setAnalysis: (patch: Partial<AnalysisState>) => void;
}

// Request numbers only grow, across every map the page builds, so no request can pass for another.
let lastRequestId = 0;
function cameraRequest(goal: CameraGoal): CameraRequest {
  lastRequestId += 1;
  return { ...goal, id: lastRequestId };
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

export const useAppStore = create<AppState>()((set) => ({
  ...DEFAULT_STATE,
  hover: null,
  cameraRequest: null,
  onlineConsent: false,
  consentToOnline: () => set({ onlineConsent: true }),
  setMode: (mode) => set({ mode }),
  setLang: (lang) => set({ lang }),
  // Choosing again what is already selected does not move the map: the reader may have panned away
  // on purpose.
  select: (selection) =>
    set((s) =>
      selection && !sameSelection(selection, s.selection)
        ? { selection, cameraRequest: cameraRequest({ kind: 'selection', selection }) }
        : { selection },
    ),
  selectOnMap: (selection) => set({ selection }),
  setHover: (hover) => set({ hover }),
  setLayerVisible: (id, visible) =>
    set((s) => {
      const has = s.layers.includes(id);
      if (visible === has) return s;
      return { layers: visible ? [...s.layers, id] : s.layers.filter((l) => l !== id) };
    }),
  setMetric: (metric) => set({ metric }),
  requestCamera: (goal) => set({ cameraRequest: cameraRequest(goal) }),
  consumeCameraRequest: (id) => set((s) => (s.cameraRequest?.id === id ? { cameraRequest: null } : s)),
  settleCamera: (camera) => set({ camera }),
  // Another chapter opens at its first part (goToPosition sets both when a move names the part).
  setChapter: (chapter) => set({ chapter, part: 1 }),
  setAutoplay: (autoplay) => set({ autoplay }),
  // Only the reader's own choice goes through here (a URL is applied with applyUrlState).
  setBasemap: (basemap) => set({ basemap, onlineConsent: basemap !== 'builtin' }),
  setFlavour: (flavour) => set({ flavour }),
  setAnalysis: (patch) => set((s) => ({ analysis: { ...s.analysis, ...patch } })),
}));

/**
 * Replaces the URL-carried part of the state at once (initial load, back/forward), and asks the map
 * to show what the link describes. The link's view also stands as the settled camera until the map
 * reports one: the map opens there, and the URL keeps it even if no map is ever drawn.
 */
export function applyUrlState(state: UrlState): void {
  useAppStore.setState({ ...state, cameraRequest: cameraRequest(linkCameraGoal(state)) });
}

/** A link's view if it has one; else its selection, brought into view; else the whole city, fitted. */
export function linkCameraGoal(state: Pick<UrlState, 'camera' | 'selection'>): CameraGoal {
  if (state.camera) return { kind: 'view', camera: state.camera };
  if (state.selection) return { kind: 'selection', selection: state.selection };
  return { kind: 'city', auto: true };
}
