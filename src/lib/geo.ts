// Small geographic helpers shared by the details panel and the lists.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import booleanIntersects from '@turf/boolean-intersects';
import bboxPolygon from '@turf/bbox-polygon';
import { APPROXIMATE_PRECISION_M, type AreaFeature, type DistrictFeature, type Site } from '../data/schemas';
import type { Bounds } from './vocabulary';

export type MappedSite = Site & { lon: number; lat: number; precision_m: number };
/** A site the map can draw (the build guarantees precision_m comes with the coordinates). */
export type DrawableSite = Site & { lon: number; lat: number };

export function isMapped(site: Site): site is MappedSite {
  return site.lon !== null && site.lat !== null && site.precision_m !== null;
}

/** Sites without a verified location are listed elsewhere and never drawn. */
export function isDrawable(site: Site): site is DrawableSite {
  return site.lon !== null && site.lat !== null;
}

export function isApproximate(site: Pick<Site, 'precision_m'>): boolean {
  return site.precision_m !== null && site.precision_m > APPROXIMATE_PRECISION_M;
}

/**
 * A one-stop service centre for foreign talent: the sites the per-capita, reach and proximity
 * figures count. (The "Service centres" map layer is wider: it also draws exit-entry offices and
 * HR parks, which serve talent without being one-stop centres.)
 */
export function isServiceCentre(site: Pick<Site, 'category'>): boolean {
  return site.category === 'service-centre';
}

/** The year of a partial date ("2022-02-25" → 2022), or null. */
export function openedYear(opened: string | null): number | null {
  return opened ? Number(opened.slice(0, 4)) : null;
}

/**
 * Sites that belong to an area: drawn inside its outline, or assigned to its layer. The outline is
 * schematic, so a point near its edge is listed with that caveat by the caller, not hidden.
 */
export function sitesInArea(area: AreaFeature, sites: readonly Site[]): Site[] {
  return sites.filter(
    (s) =>
      s.layer === area.properties.layer ||
      (isMapped(s) && booleanPointInPolygon([s.lon, s.lat], area.geometry)),
  );
}


/**
 * The districts whose outline actually reaches into the view. Comparing bounding boxes alone would
 * list Chongming whenever the view touches the estuary, since its islands stretch its box far
 * beyond its land.
 */
export function districtsInView(districts: readonly DistrictFeature[], view: Bounds): Set<string> {
  const frame = bboxPolygon(view);
  return new Set(districts.filter((d) => booleanIntersects(frame, d.geometry)).map((d) => d.properties.code));
}
