// Pure derivations from the validated data files to what the map draws: the GeoJSON of each map
// source, the label points, the uncertainty halos, and where each selectable thing is. No React,
// no MapLibre instance: everything here is tested in Node.
import circle from '@turf/circle';
import area from '@turf/area';
import bbox from '@turf/bbox';
import { polygon } from '@turf/helpers';
import polylabel from 'polylabel';
import type { FeatureCollection, Point, Polygon, MultiPolygon, Position } from 'geojson';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import {
  type AreasFile,
  type DistrictsFile,
  type LayerId,
  type Site,
  type SiteCategory,
} from '../../data/schemas';
import type { Bounds, Selection } from '../../lib/vocabulary';
import { LANGUAGES, type FieldSuffix, type Lang } from '../../i18n/languages';
import { fieldName, type LocalizedRecord } from '../../i18n/localized';
import { nameOf } from '../../i18n/i18n';
import type { MetroFile, SeaFile, WaterFile } from '../../data/basemap-schemas';
import { extentPolygon, metroFeatures } from './geography-data';

export const SOURCE_IDS = {
  /** The built-in basemap's geography (geo/basemap/): its extent, the sea, rivers and lakes, the metro. */
  extent: 'basemap-extent',
  sea: 'sea',
  water: 'water',
  metro: 'metro',
  districts: 'districts',
  districtLabels: 'district-labels',
  areas: 'areas',
  areaLabels: 'area-labels',
  sites: 'sites',
  siteHalos: 'site-halos',
  /** Analysis overlays (proximity rings); filled by the analysis tools, empty otherwise. */
  proximity: 'proximity',
} as const;
export type SourceId = (typeof SOURCE_IDS)[keyof typeof SOURCE_IDS];

/** Which map sources carry the features of each selectable kind (feature-state is per source). */
export const SOURCES_BY_KIND: Record<Selection['kind'], readonly SourceId[]> = {
  district: [SOURCE_IDS.districts, SOURCE_IDS.districtLabels],
  area: [SOURCE_IDS.areas, SOURCE_IDS.areaLabels],
  site: [SOURCE_IDS.sites, SOURCE_IDS.siteHalos],
};

export interface MapData {
  districts?: DistrictsFile | undefined;
  areas?: AreasFile | undefined;
  sites?: Site[] | undefined;
  sea?: SeaFile | undefined;
  water?: WaterFile | undefined;
  metro?: MetroFile | undefined;
}

/** The text a map label shows in each language: `label_en`, `label_zh`, … */
export type LabelProps = Record<`label_${FieldSuffix}`, string>;

/** The feature property a label layer reads in `lang`. */
export function labelProperty(lang: Lang): `label_${FieldSuffix}` {
  return fieldName('label', lang);
}

/**
 * A record's label in every language, by the same rules as its name everywhere else on the page
 * (`nameOf`): a name written for this map carries its "translated" mark, and a missing one is the
 * English name marked as English. A label layer reading `name_zh` itself would present a
 * translation as the established name, and draw nothing where there is none.
 */
export function labelProps(record: LocalizedRecord<'name'>): LabelProps {
  return Object.fromEntries(LANGUAGES.map((l) => [labelProperty(l.code), nameOf(record, l.code)])) as LabelProps;
}

export interface SitePointProps extends LabelProps {
  fid: number;
  id: string;
  category: SiteCategory;
  layer: LayerId;
  name_en: string;
  name_zh: string;
  precision_m: number | null;
  approximate: boolean;
  /** The year the site opened, for the timeline filter; absent when undated. */
  opened_year?: number;
}

// The site predicates live in src/lib/geo.ts; re-exported for the map's own modules and tests.
import { isApproximate, isDrawable, openedYear, type DrawableSite } from '../../lib/geo';
export { isApproximate, isDrawable, openedYear, type DrawableSite };

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };


export function sitePoints(sites: readonly Site[]): FeatureCollection<Point, SitePointProps> {
  return {
    type: 'FeatureCollection',
    features: sites.filter(isDrawable).map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: {
        fid: s.fid,
        id: s.id,
        category: s.category,
        layer: s.layer,
        name_en: s.name_en,
        name_zh: s.name_zh,
        ...labelProps(s),
        precision_m: s.precision_m,
        approximate: isApproximate(s),
        ...(s.opened ? { opened_year: openedYear(s.opened)! } : {}),
      },
    })),
  };
}

/** A circle of radius precision_m around each approximate site: the honest extent of "here". */
export function siteHalos(sites: readonly Site[]): FeatureCollection<Polygon, SitePointProps> {
  const points = sitePoints(sites).features.filter((f) => f.properties.approximate);
  return {
    type: 'FeatureCollection',
    features: points.map((p) => {
      const c = circle(p.geometry.coordinates, p.properties.precision_m!, { units: 'meters', steps: 64 });
      return { type: 'Feature', geometry: c.geometry, properties: p.properties };
    }),
  };
}

export function districtLabelPoints(districts: DistrictsFile): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: districts.features.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: f.properties.label },
      properties: {
        fid: f.properties.fid,
        code: f.properties.code,
        name_en: f.properties.name_en,
        name_zh: f.properties.name_zh,
        ...labelProps(f.properties),
        featured: f.properties.featured,
      },
    })),
  };
}

/**
 * Where an outline's name goes: the pole of inaccessibility of its largest polygon (the inside
 * point farthest from the edge), so a label sits inside even an L-shaped or hollow outline, where a
 * centroid can fall outside. Precision about 10 m in degrees: far finer than a label.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((best, p) => (area(polygon(p)) > area(polygon(best)) ? p : best));
  const [x, y] = polylabel(largest as [number, number][][], 0.0001);
  return [x, y];
}

export function areaLabelPoints(areas: AreasFile): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: labelPoint(f.geometry) },
      properties: {
        fid: f.properties.fid,
        id: f.properties.id,
        layer: f.properties.layer,
        name_en: f.properties.name_en,
        name_zh: f.properties.name_zh,
        ...labelProps(f.properties),
      },
    })),
  };
}

function geojson(data: GeoJSONSourceSpecification['data']): GeoJSONSourceSpecification {
  // promoteId: the numeric `fid` every feature carries becomes its feature-state id.
  return { type: 'geojson', data, promoteId: 'fid' };
}

/** Every map source, empty until its file has loaded, so layers can exist from the start. */
export function buildSources(data: MapData): Record<SourceId, GeoJSONSourceSpecification> {
  return {
    [SOURCE_IDS.extent]: geojson(extentPolygon()),
    [SOURCE_IDS.sea]: geojson(data.sea ?? EMPTY),
    [SOURCE_IDS.water]: geojson(data.water ?? EMPTY),
    [SOURCE_IDS.metro]: geojson(data.metro ? metroFeatures(data.metro) : EMPTY),
    [SOURCE_IDS.districts]: geojson(data.districts ?? EMPTY),
    [SOURCE_IDS.districtLabels]: geojson(data.districts ? districtLabelPoints(data.districts) : EMPTY),
    [SOURCE_IDS.areas]: geojson(data.areas ?? EMPTY),
    [SOURCE_IDS.areaLabels]: geojson(data.areas ? areaLabelPoints(data.areas) : EMPTY),
    [SOURCE_IDS.sites]: geojson(data.sites ? sitePoints(data.sites) : EMPTY),
    [SOURCE_IDS.siteHalos]: geojson(data.sites ? siteHalos(data.sites) : EMPTY),
    [SOURCE_IDS.proximity]: geojson(EMPTY),
  };
}


/** The feature-state id of a selection, or null when it is not (or not yet) on the map. */
export function featureIdOf(selection: Selection, data: MapData): number | null {
  switch (selection.kind) {
    case 'district':
      return data.districts?.features.find((f) => f.properties.code === selection.id)?.properties.fid ?? null;
    case 'area':
      return data.areas?.features.find((f) => f.properties.id === selection.id)?.properties.fid ?? null;
    case 'site': {
      const site = data.sites?.find((s) => s.id === selection.id);
      return site && isDrawable(site) ? site.fid : null;
    }
  }
}

/** Where the camera should go to show a selection: a box for shapes, a point for a site. */
export type CameraTarget = { bounds: Bounds } | { center: [number, number]; zoom: number };

/** Zoom for an exactly placed site: street level, the surrounding blocks still in view. */
export const SITE_ZOOM = 14.5;

export function cameraTargetOf(selection: Selection, data: MapData): CameraTarget | null {
  if (selection.kind === 'district') {
    const f = data.districts?.features.find((d) => d.properties.code === selection.id);
    return f ? { bounds: bbox(f.geometry) as Bounds } : null;
  }
  if (selection.kind === 'area') {
    const f = data.areas?.features.find((a) => a.properties.id === selection.id);
    return f ? { bounds: bbox(f.geometry) as Bounds } : null;
  }
  const site = data.sites?.find((s) => s.id === selection.id);
  if (!site || !isDrawable(site)) return null;
  if (isApproximate(site)) {
    // Show the whole uncertainty circle, not a falsely precise point.
    const c = circle([site.lon, site.lat], site.precision_m!, { units: 'meters', steps: 16 });
    return { bounds: bbox(c) as Bounds };
  }
  return { center: [site.lon, site.lat], zoom: SITE_ZOOM };
}

/** The box around all districts: the "whole city" view. */
export function cityBounds(districts: DistrictsFile): Bounds {
  return bbox(districts) as Bounds;
}

/**
 * All drawn sites at exactly this site's position (several offices often share one building).
 * The site itself comes first.
 */
export function sitesSharingLocation(siteId: string, sites: readonly Site[]): DrawableSite[] {
  const site = sites.find((s) => s.id === siteId);
  if (!site || !isDrawable(site)) return [];
  const same = sites.filter((s): s is DrawableSite => isDrawable(s) && s.lon === site.lon && s.lat === site.lat);
  return [site, ...same.filter((s) => s.id !== site.id)];
}
