// What the pointer is on, and what the tooltip says about it. Pure functions over the features
// MapLibre reports and the validated data, so the rules are tested without a map.
import type { Selection, Lang } from '../../lib/vocabulary';
import { nameOf, translate } from '../../i18n/i18n';
import { formatDistance } from '../../lib/format';
import { SOURCE_IDS, isApproximate, sitesSharingLocation, type MapData } from './map-data';

// The tooltip's message supplies the ±, so it reads the bare distance. Still exported under the
// name test/unit/map-hit.test.ts imports; the formatter itself is lib/format.ts's, the app's one.
export { formatDistance as formatRadius };

/** The part of a rendered feature the hit test reads. */
export interface HitFeature {
  source: string;
  properties: Record<string, unknown> | null;
}

const PRIORITY: Record<Selection['kind'], number> = { site: 0, area: 1, district: 2 };

function asSelection(f: HitFeature): Selection | null {
  const p = f.properties ?? {};
  if (f.source === SOURCE_IDS.sites && typeof p.id === 'string') return { kind: 'site', id: p.id };
  if (f.source === SOURCE_IDS.areas && typeof p.id === 'string') return { kind: 'area', id: p.id };
  if (f.source === SOURCE_IDS.districts && typeof p.code === 'string') return { kind: 'district', id: p.code };
  return null;
}

/** The feature a click selects: a site over an area over a district, topmost first within a kind. */
export function pickFeature(features: readonly HitFeature[] | undefined): Selection | null {
  let best: Selection | null = null;
  for (const f of features ?? []) {
    const s = asSelection(f);
    if (s && (!best || PRIORITY[s.kind] < PRIORITY[best.kind])) best = s;
  }
  return best;
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

export interface TooltipRow {
  name: string;
  kind: string;
}

/** One row per thing under the pointer: several when sites share one address. */
export function tooltipRows(hover: Selection, data: MapData, lang: Lang): TooltipRow[] {
  if (hover.kind === 'district') {
    const d = data.districts?.features.find((f) => f.properties.code === hover.id)?.properties;
    if (!d) return [];
    return [{ name: nameOf(d, lang), kind: translate(lang, d.featured ? 'map.kind.featuredDistrict' : 'map.kind.district') }];
  }
  if (hover.kind === 'area') {
    const a = data.areas?.features.find((f) => f.properties.id === hover.id)?.properties;
    return a ? [{ name: nameOf(a, lang), kind: translate(lang, 'map.kind.area') }] : [];
  }
  return sitesSharingLocation(hover.id, data.sites ?? []).map((s) => {
    const kind = translate(lang, `category.${s.category}`);
    return {
      name: nameOf(s, lang),
      kind: isApproximate(s)
        ? `${kind} · ${translate(lang, 'map.tooltip.approximate', { distance: formatDistance(s.precision_m!, lang) })}`
        : kind,
    };
  });
}
