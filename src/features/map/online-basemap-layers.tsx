// What an online basemap adds to the map: its raster layers (Tianditu's map and label layers, one
// layer for OpenStreetMap or AMap) or a whole custom style, all under the app's own layers.
//
//   <OnlineBasemapLayers map={map} view={basemapView} />   (inside react-map-gl's <Map>)
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ONLINE_BASEMAP_LAYER, ONLINE_BASEMAP_SOURCE, type BasemapView } from './online-basemap';
import { useCustomStyle } from './custom-style';
import { slotMarkerId } from './slots';

export function OnlineBasemapLayers({ map, view }: { map: MapLibreMap | null; view: BasemapView }) {
  const { drawing } = view;
  useCustomStyle(map, drawing?.kind === 'style' ? drawing.url : null, view.fail);
  if (drawing?.kind !== 'raster') return null;
  return drawing.layers.map((tiles, i) => {
    const suffix = i === 0 ? '' : `-${i}`;
    return (
      // Keyed by address: a new language's label tiles are a new source, not a stale cache.
      <Source key={tiles.tiles[0]} id={ONLINE_BASEMAP_SOURCE + suffix} type="raster" tiles={[...tiles.tiles]} tileSize={tiles.tileSize} maxzoom={tiles.maxzoom}>
        {/* Each before the slot marker, in order: the labels land above the map they label. */}
        <Layer id={ONLINE_BASEMAP_LAYER + suffix} type="raster" beforeId={slotMarkerId('basemap-tiles')} />
      </Source>
    );
  });
}
