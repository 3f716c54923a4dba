// What is under the pointer, next to the pointer. Its own component with its own state, so a mouse
// move re-renders the tooltip and not the map: the map view hands it the pointer position through
// `move` and the hover comes from the store.
import { useEffect, useImperativeHandle, useState, type Ref, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAppStore } from '../../store/app-store';
import { useLang, useT } from '../../i18n/i18n';
import { tooltipRows } from './hit';
import type { MapData } from './map-data';

/** The pointer within the map, and the map's size (to keep the tooltip on screen). */
export type PointerAt = { x: number; y: number; width: number; height: number };

export interface TooltipHandle {
  /** null: the pointer left the map or is over nothing. */
  move: (at: PointerAt | null) => void;
}

const TOOLTIP_GAP = 14;

/** Beside the pointer, flipped to the other side near the right or bottom edge. */
function tooltipTransform({ x, y, width, height }: PointerAt): string {
  const left = x > width - 300 ? `calc(${Math.round(x) - TOOLTIP_GAP}px - 100%)` : `${Math.round(x) + TOOLTIP_GAP}px`;
  const top = y > height - 140 ? `calc(${Math.round(y) - TOOLTIP_GAP}px - 100%)` : `${Math.round(y) + TOOLTIP_GAP}px`;
  return `translate(${left}, ${top})`;
}

/** Several rows when sites share an address. */
export function MapTooltip({ ref, data }: { ref: Ref<TooltipHandle>; data: MapData }) {
  const t = useT();
  const lang = useLang();
  const hover = useAppStore((s) => s.hover);
  const [at, setAt] = useState<PointerAt | null>(null);
  useImperativeHandle(ref, () => ({ move: setAt }), []);
  // Only hovers made on the map get a tooltip; a hover from a list or a chart highlights only.
  const rows = hover && at ? tooltipRows(hover, data, lang) : [];
  if (!at || rows.length === 0) return null;
  return (
    <div className="talent-map__tooltip" role="tooltip" style={{ transform: tooltipTransform(at) }}>
      {rows.length > 1 && <p className="talent-map__tooltip-count">{t('map.tooltip.sameLocation', { count: rows.length })}</p>}
      <ul>
        {rows.map((r, i) => (
          <li key={i}>
            <span className="talent-map__tooltip-name">{r.name}</span>
            <span className="talent-map__tooltip-kind">{r.kind}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A tooltip belongs to where the pointer was: a camera move (a flight, a drag, a zoom) takes the map from under it. */
export function useTooltipHiddenOnMove(map: MapLibreMap | null, tooltip: RefObject<TooltipHandle | null>): void {
  useEffect(() => {
    if (!map) return;
    const hide = () => tooltip.current?.move(null);
    map.on('movestart', hide);
    return () => {
      map.off('movestart', hide);
    };
  }, [map, tooltip]);
}
