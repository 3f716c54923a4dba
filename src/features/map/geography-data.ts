// The built-in basemap's geography as the map's sources hold it: the box the geography covers
// (inside it, what is not sea is land), and the metro lines with the ink their number badges are
// written in. Pure; tested in Node.
import type { Feature, FeatureCollection, MultiLineString, LineString, Polygon } from 'geojson';
import type { MetroFile, MetroLineProps } from '../../data/basemap-schemas';
import { bestInk } from '../../lib/contrast';
import { BASEMAP_EXTENT } from '../../lib/shanghai';

/** The two inks a number badge can take; the one with more contrast against the line's colour wins. */
export const BADGE_INKS = ['#111318', '#ffffff'] as const;

export type MetroFeatureProps = MetroLineProps & { ink: string };

export function metroFeatures(file: MetroFile): FeatureCollection<LineString | MultiLineString, MetroFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: file.features.map((f) => ({ ...f, properties: { ...f.properties, ink: bestInk(f.properties.colour, BADGE_INKS) } })),
  };
}

/**
 * The extent of geo/basemap/ as a polygon. The sources were clipped to it, so inside it the land of
 * the neighbouring provinces can be drawn as land; outside it the map knows nothing and shows the
 * background (the sea's colour, since most of what lies beyond is sea).
 */
export function extentPolygon(): FeatureCollection<Polygon> {
  const [w, s, e, n] = BASEMAP_EXTENT;
  const box: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
  };
  return { type: 'FeatureCollection', features: [box] };
}
