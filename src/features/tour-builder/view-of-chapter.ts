// Between a chapter and the map in the builder: the view a new chapter takes from the map (read
// from the store, never from the map itself), and a chapter shown on the map when it is picked.
import type { AreasFile, DistrictsFile, Site, TourChapter } from '../../data/schemas';
import type { ViewForChapter } from '../../lib/tour-draft';
import { useAppStore } from '../../store/app-store';

interface Loaded {
  sites: readonly Site[] | undefined;
  districts: DistrictsFile | undefined;
  areas: AreasFile | undefined;
}

export function currentView({ sites, districts, areas }: Loaded): ViewForChapter {
  const s = useAppStore.getState();
  const sel = s.selection;
  let sources: readonly string[] = [];
  let drawn = true;
  if (sel?.kind === 'site') {
    const site = sites?.find((x) => x.id === sel.id);
    sources = site?.source_ids ?? [];
    drawn = site !== undefined && site.lon !== null && site.lat !== null;
  } else if (sel?.kind === 'district') {
    sources = districts?.features.find((f) => f.properties.code === sel.id)?.properties.source_ids ?? [];
  } else if (sel?.kind === 'area') {
    sources = areas?.features.find((f) => f.properties.id === sel.id)?.properties.source_ids ?? [];
  }
  return { camera: s.camera, layers: s.layers, metric: s.metric, selection: sel, selectionDrawn: drawn, selectionSources: sources };
}

/** Shows a chapter's view on the builder's map: its camera, layers, metric and first highlighted feature. */
export function showChapterOnMap(c: TourChapter): void {
  const first = c.highlight[0];
  const at = first ? first.indexOf(':') : -1;
  const selection = first && at > 0 ? { kind: first.slice(0, at) as 'district' | 'area' | 'site', id: first.slice(at + 1) } : null;
  const store = useAppStore.getState();
  useAppStore.setState({ layers: c.layers, selection, ...(c.metric ? { metric: c.metric } : {}) });
  store.requestCamera({ kind: 'view', camera: { lng: c.camera.center[0], lat: c.camera.center[1], zoom: c.camera.zoom, bearing: c.camera.bearing, pitch: c.camera.pitch } });
}
