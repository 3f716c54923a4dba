// The derived data every analysis view reads: the district rows of a metric (reach included), the
// one classification behind the choropleth, the legend and the chart colours, and the proximity
// overlay. Map, chart and panel call these hooks; none of them computes its own copy.
import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import circle from '@turf/circle';
import type { Feature, FeatureCollection } from 'geojson';
import { districtsQuery, factsQuery, sitesQuery } from '../data/queries';
import type { DistrictsFile, Site } from '../data/schemas';
import { useAppStore } from '../store/app-store';
import { districtMetricRows, metricDigits, type MetricRow } from '../lib/metrics';
import { metricDef } from '../lib/metric-registry';
import { classify, NO_DATA_COLOUR, type Classification } from '../lib/classify';
import { buildSampleGrid, coveredArea, coveredCells, distanceKm, nearest, reachShares, DEFAULT_SPACING_KM, type SampleGrid } from '../lib/reach';
import { useSiteSetStore, type SiteSet } from '../store/site-set-store';
import type { Bounds, Metric, ProximityOrigin } from '../lib/vocabulary';
import { districtsInView, isApproximate, isDrawable, isServiceCentre, type DrawableSite } from '../lib/geo';
import type { LayerContext } from './layer-context';
import { useFlavour } from './flavour';
import { useViewBounds } from '../store/view-bounds';

// The lattice depends only on the outline file: built once per loaded file.
const grids = new WeakMap<DistrictsFile, SampleGrid>();
export function sampleGridFor(districts: DistrictsFile): SampleGrid {
  let g = grids.get(districts);
  if (!g) {
    g = buildSampleGrid(districts.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })), DEFAULT_SPACING_KM);
    grids.set(districts, g);
  }
  return g;
}

export function serviceCentres(sites: readonly Site[]): Site[] {
  return sites.filter(isServiceCentre);
}

/**
 * Reach share per district, for the current radius; null until the outlines and sites arrive, and
 * null when not `enabled`: building the lattice costs about 0.1 s once, so it waits until a user
 * asks for reach (see `npm run bench`).
 */
export function useReach(enabled = true): Record<string, number | null> | null {
  const districts = useQuery(districtsQuery).data;
  const sites = useQuery(sitesQuery).data;
  const km = useAppStore((s) => s.analysis.reachKm);
  return useMemo(() => {
    if (!enabled || !districts || !sites) return null;
    const points = serviceCentres(sites)
      .filter(isDrawable)
      .map((s) => [s.lon, s.lat] as const);
    return reachShares(sampleGridFor(districts), points, km);
  }, [enabled, districts, sites, km]);
}

export interface RowsResult {
  rows: MetricRow[] | null;
  failed: boolean;
}

/** Unsorted district rows of `metric`, or null while what it needs is loading. */
export function useDistrictRows(metric: Metric): RowsResult {
  const districts = useQuery(districtsQuery);
  const facts = useQuery(factsQuery);
  const sites = useQuery(sitesQuery);
  const needs = metricDef(metric)?.needs ?? [];
  const needsReach = needs.includes('reach');
  const reach = useReach(needsReach);
  const needsSites = needs.includes('sites');
  const needsFacts = needs.includes('facts');
  const rows = useMemo(() => {
    if (!districts.data) return null;
    if (needsFacts && !facts.data) return null;
    if (needsSites && !sites.data) return null;
    if (needsReach && !reach) return null;
    return districtMetricRows(metric, districts.data.features.map((f) => f.properties), facts.data ?? [], sites.data ?? [], { reach });
  }, [districts.data, facts.data, sites.data, reach, metric, needsFacts, needsSites, needsReach]);
  const failed = districts.isError || (needsFacts && facts.isError) || (needsSites && sites.isError);
  return { rows, failed };
}

/** The classification of the chart's metric when the choropleth is on; null otherwise. */
export function useClassification(): Classification | null {
  const metric = useAppStore((s) => s.metric);
  const choro = useAppStore((s) => s.analysis.choropleth);
  const breaks = useAppStore((s) => s.analysis.breaks);
  const { rows } = useDistrictRows(metric);
  return useMemo(() => {
    if (!choro || !rows) return null;
    return classify(rows, choro.method, choro.classes, breaks, metricDigits(metric));
  }, [choro, rows, breaks, metric]);
}

/** What the layer registry needs from the analysis state. */
export function useLayerContext(): LayerContext {
  const classification = useClassification();
  const year = useAppStore((s) => s.analysis.year);
  const flavour = useFlavour();
  return useMemo(
    () => ({
      flavour,
      choropleth: classification ? { colourOf: classification.colourOf, noData: NO_DATA_COLOUR, noDataCodes: classification.noData } : null,
      year,
    }),
    [classification, year, flavour],
  );
}

export interface ProximityResult {
  origin: [number, number];
  /** The site the distances start from, when a site was picked. */
  site: DrawableSite | null;
  nearest: { site: DrawableSite; km: number; errKm: number }[];
  /** With the reader's own points chosen as the sites: the nearest of those instead (and `nearest` is empty). */
  places: NearestPlace[] | null;
}

export interface NearestPlace {
  name: string;
  at: [number, number];
  km: number;
}

/** The `count` nearest of a point set to `at`, nearest first (a plain scan: 100,000 points take a few milliseconds). */
export function nearestPlaces(at: readonly [number, number], set: Pick<SiteSet, 'positions' | 'nameAt'>, count = 5): NearestPlace[] {
  const best: { i: number; km: number }[] = [];
  set.positions.forEach((p, i) => {
    const km = distanceKm(at, p);
    if (best.length === count && km >= best[count - 1]!.km) return;
    best.push({ i, km });
    best.sort((a, b) => a.km - b.km);
    if (best.length > count) best.pop();
  });
  return best.map(({ i, km }) => ({ name: set.nameAt(i), at: [set.positions[i]![0], set.positions[i]![1]], km }));
}

/** Where the overlay's lines go and the camera looks: the nearest three, of whichever set. */
function linkTargets(p: ProximityResult): [number, number][] {
  return p.places ? p.places.slice(0, 3).map((n) => n.at) : p.nearest.slice(0, 3).map((n) => [n.site.lon, n.site.lat]);
}

/** Sites distances are measured to: drawn sites of the service-centres layer. */
export function proximityTargets(sites: readonly Site[]): DrawableSite[] {
  return sites.filter((s): s is DrawableSite => s.layer === 'service-centres' && isDrawable(s));
}

function errKm(s: Site | null): number {
  return s && isApproximate(s) ? s.precision_m! / 1000 : 0;
}

export function computeProximity(origin: ProximityOrigin, sites: readonly Site[], count = 5, siteSet: SiteSet | null = null): ProximityResult | null {
  let site: DrawableSite | null = null;
  let at: [number, number];
  if (origin.kind === 'site') {
    const s = sites.find((x) => x.id === origin.id);
    if (!s || !isDrawable(s)) return null;
    site = s;
    at = [s.lon, s.lat];
  } else {
    at = [origin.lng, origin.lat];
  }
  if (siteSet) return { origin: at, site, nearest: [], places: nearestPlaces(at, siteSet, count) };
  const targets = proximityTargets(sites).filter((s) => s.id !== site?.id);
  return {
    origin: at,
    site,
    nearest: nearest(at, targets, count).map((n) => ({ site: n.site, km: n.km, errKm: errKm(site) + errKm(n.site) })),
    places: null,
  };
}

/** Rings, lines to the nearest three sites, and the origin: the proximity overlay's features. */
export function proximityFeatures(p: ProximityResult | null, rings: readonly number[]): FeatureCollection {
  if (!p) return { type: 'FeatureCollection', features: [] };
  let fid = 1;
  const features: Feature[] = [];
  for (const km of rings) {
    const c = circle(p.origin, km, { units: 'kilometers', steps: 96 });
    features.push({ type: 'Feature', id: fid, geometry: { type: 'LineString', coordinates: c.geometry.coordinates[0]! }, properties: { fid: fid++, role: 'ring', km } });
    // The label sits on the ring's northern point.
    const north = c.geometry.coordinates[0]![0]!;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: north },
      properties: { fid: fid++, role: 'ring-label', label_en: `${km} km`, label_zh: `${km}公里` },
    });
  }
  const kms = p.places ? p.places.map((n) => n.km) : p.nearest.map((n) => n.km);
  linkTargets(p).forEach((to, i) => {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [p.origin, to] },
      properties: { fid: fid++, role: 'link', km: kms[i]! },
    });
  });
  features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: p.origin }, properties: { fid: fid++, role: 'origin' } });
  return { type: 'FeatureCollection', features };
}

/**
 * What to show of a proximity result: the largest ring around the origin and the nearest three
 * sites (the ones the lines go to). [west, south, east, north].
 */
export function proximityBounds(p: ProximityResult, rings: readonly number[]): Bounds {
  const km = Math.max(0, ...rings);
  const [lng, lat] = p.origin;
  const dLat = km / 110.574;
  const dLng = km / (111.32 * Math.cos((lat * Math.PI) / 180));
  const xs = [lng - dLng, lng + dLng, ...linkTargets(p).map((t) => t[0])];
  const ys = [lat - dLat, lat + dLat, ...linkTargets(p).map((t) => t[1])];
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * When the reader chooses an origin (here, in the panel, or by a click on the map), the map is
 * asked to show its rings and nearest sites. Not on load: a link's own view stands.
 */
export function useProximityCamera(): void {
  const p = useProximity();
  const origin = useAppStore((s) => s.analysis.origin);
  // The origin the map was last moved for; the one a link opened with counts as served.
  const served = useRef(origin);
  useEffect(() => {
    if (!p || origin === served.current) return;
    served.current = origin;
    useAppStore.getState().requestCamera({ kind: 'bounds', bounds: proximityBounds(p, useAppStore.getState().analysis.rings) });
  }, [p, origin]);
}

export function useProximity(): ProximityResult | null {
  const sites = useQuery(sitesQuery).data;
  const origin = useAppStore((s) => s.analysis.origin);
  const siteSet = useSiteSetStore((s) => s.siteSet);
  return useMemo(() => (origin && sites ? computeProximity(origin, sites, 5, siteSet) : null), [origin, sites, siteSet]);
}

export function useProximityFeatures(): FeatureCollection {
  const p = useProximity();
  const rings = useAppStore((s) => s.analysis.rings);
  return useMemo(() => proximityFeatures(p, rings), [p, rings]);
}

/** fids of the reach area start here, clear of the proximity overlay's (one source holds both). */
const REACH_FID = 100_000;

/** The area within the reach radius of a mapped service centre (or of the reader's chosen points), on land: one feature, or none while off. */
export function useReachArea(): FeatureCollection {
  const on = useAppStore((s) => s.analysis.reachOn);
  const km = useAppStore((s) => s.analysis.reachKm);
  const districts = useQuery(districtsQuery).data;
  const sites = useQuery(sitesQuery).data;
  const siteSet = useSiteSetStore((s) => s.siteSet);
  return useMemo(() => {
    if (!on || !districts || !sites) return { type: 'FeatureCollection', features: [] };
    const grid = sampleGridFor(districts);
    const points =
      siteSet?.positions ??
      serviceCentres(sites)
        .filter(isDrawable)
        .map((s) => [s.lon, s.lat] as const);
    const polygons = coveredArea(grid, coveredCells(grid, points, km));
    return {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: REACH_FID, geometry: { type: 'MultiPolygon', coordinates: polygons }, properties: { fid: REACH_FID, role: 'reach', km } }],
    };
  }, [on, km, districts, sites, siteSet]);
}

/** Everything the analysis overlay source draws: the reach area under the proximity rings. */
export function useOverlayFeatures(): FeatureCollection {
  const reach = useReachArea();
  const proximity = useProximityFeatures();
  return useMemo(() => ({ type: 'FeatureCollection', features: [...reach.features, ...proximity.features] }), [reach, proximity]);
}

export interface InView {
  /** Districts whose outline reaches into the view. */
  district: (code: string) => boolean;
  site: (s: Site) => boolean;
  /** A position (WGS84), e.g. one of the reader's imported points. */
  point: (lng: number, lat: number) => boolean;
}

/** "Filter to map view": null when off (show everything), else predicates for the current view. */
export function useInView(): InView | null {
  const on = useAppStore((s) => s.analysis.inView);
  // The bounds only while the filter is on: every pan and every flight to a selection ends by
  // writing new bounds, and with the filter off that must not re-render the lists and the chart.
  const bounds = useViewBounds((s) => (on ? s.bounds : null));
  const districts = useQuery(districtsQuery).data;
  return useMemo(() => {
    if (!on || !bounds) return null;
    const [w, s, e, n] = bounds;
    const codes = districtsInView(districts?.features ?? [], bounds);
    return {
      district: (code) => codes.has(code),
      site: (x) => isDrawable(x) && x.lon >= w && x.lon <= e && x.lat >= s && x.lat <= n,
      point: (lng, lat) => lng >= w && lng <= e && lat >= s && lat <= n,
    };
  }, [on, bounds, districts]);
}
