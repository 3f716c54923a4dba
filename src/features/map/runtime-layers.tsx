// The layers added at run time (registerLayer in layers.ts): their sources and layers as
// react-map-gl components, each layer in its declared slot, and a tooltip for their features. It
// lives inside <Map>, so a registered layer appears and an unregistered one leaves without any
// imperative addLayer elsewhere.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { Layer, Source, useMap, type SourceProps } from 'react-map-gl/maplibre';
import type { MapMouseEvent } from 'maplibre-gl';
import { useLang, useT } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { useFlavour } from '../../derived/flavour';
import { runtimeEntryLayers, runtimeLayers, subscribeToLayers } from './layers';
import { slotMarkerId, slotOf } from './slots';
import type { RuntimeLayerEntry } from './layer-entry';
import type { MapFrame } from '../../lib/datum';
import { inFrame } from './use-map-sources';
import { inDatum } from './runtime-tile-url';

/**
 * A source in the basemap's datum (map-frame.ts): GeoJSON objects are shifted, tiles a run-time
 * layer cuts itself are asked for in that datum; other tiled sources cannot be shifted.
 */
function framed(spec: RuntimeLayerEntry['sources'][string], frame: MapFrame): SourceProps {
  const s = spec as SourceProps;
  if (s.type === 'vector' && s.tiles) return { ...s, tiles: s.tiles.map((u) => inDatum(u, frame.datum)) } as SourceProps;
  if (s.type === 'geojson' && typeof s.data === 'object' && s.data !== null && (s.data as GeoJSON.GeoJSON).type === 'FeatureCollection') {
    return { ...s, data: inFrame(frame, s.data as GeoJSON.FeatureCollection) } as SourceProps;
  }
  return s;
}

export function useRuntimeLayers(): readonly RuntimeLayerEntry[] {
  return useSyncExternalStore(subscribeToLayers, runtimeLayers, runtimeLayers);
}

/** `frame`: the basemap's datum; imported GeoJSON is shifted with the app's own data. */
export function RuntimeLayers({ frame }: { frame: MapFrame }) {
  const lang = useLang();
  const flavour = useFlavour();
  const entries = useRuntimeLayers();
  return (
    <>
      {entries.flatMap((entry) => {
        const layers = runtimeEntryLayers(entry, lang, flavour);
        return Object.entries(entry.sources).map(([id, spec]) => (
          <Source key={id} id={id} {...framed(spec, frame)}>
            {layers
              .filter((l) => 'source' in l && l.source === id)
              .map((l) => (
                <Layer key={l.id} {...l} beforeId={slotMarkerId(slotOf(l))} />
              ))}
          </Source>
        ));
      })}
      <RuntimeTooltip entries={entries} />
    </>
  );
}

interface Shown {
  x: number;
  y: number;
  title: string;
  rows: [string, string][];
  more: number;
}

/**
 * Hover text for run-time layers; the built-in tooltip (map-tooltip.tsx) serves built-in ones. It
 * sits above the pointer, as the built-in one sits below it, so over a district both can be read.
 */
function RuntimeTooltip({ entries }: { entries: readonly RuntimeLayerEntry[] }) {
  const t = useT();
  const lang = useLang();
  const { current } = useMap();
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const onMove = (e: MapMouseEvent) => {
      const ids = entries.filter((en) => en.visible && en.tooltip).flatMap((en) => en.interactiveLayerIds.filter((id) => map.getLayer(id)));
      const hit = ids.length ? map.queryRenderedFeatures(e.point, { layers: ids })[0] : undefined;
      const entry = hit && entries.find((en) => en.interactiveLayerIds.includes(hit.layer.id));
      const text = entry?.tooltip?.(hit!.properties ?? {}, hit!.id) ?? null;
      setShown(text ? { x: e.point.x, y: e.point.y, ...text } : null);
    };
    const onOut = () => setShown(null);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
    };
  }, [current, entries]);
  if (!shown) return null;
  return (
    <div className="talent-map__tooltip talent-map__tooltip--runtime" role="tooltip" style={{ transform: `translate(${Math.round(shown.x) + 14}px, calc(${Math.round(shown.y) - 14}px - 100%))` }}>
      <p className="talent-map__tooltip-name">{shown.title}</p>
      <dl className="talent-map__tooltip-table">
        {shown.rows.map(([k, v], i) => (
          <div key={i}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {shown.more > 0 && <p className="talent-map__tooltip-count">{t('import.tooltipMore', { n: formatNumber(shown.more, lang, 0) })}</p>}
    </div>
  );
}
