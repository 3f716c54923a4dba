// The selection and the hover, mirrored onto the map as feature-state. Each lives in its own
// component that renders nothing, so a click or a hover re-renders that component alone and never
// the map view with its hundred-odd Layer and Source components.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAppStore } from '../../store/app-store';
import type { MapData } from './map-data';
import { useFeatureState } from './use-feature-state';

/** The selected feature's `selected` state: a click sets it on two features (the old one, the new one). */
export function SelectionSync({ map, data }: { map: MapLibreMap | null; data: MapData }) {
  const selection = useAppStore((s) => s.selection);
  useFeatureState(map, 'selected', selection, data);
  return null;
}

/** The hovered feature's `hover` state. */
export function HoverSync({ map, data }: { map: MapLibreMap | null; data: MapData }) {
  const hover = useAppStore((s) => s.hover);
  useFeatureState(map, 'hover', hover, data);
  return null;
}
