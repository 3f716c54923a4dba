// The facts the embed's text description is built from, gathered from the store, the data and the
// layer registry; the words themselves come from the pure describeView (src/lib/view-description.ts).
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { metricName } from '../../i18n/metric-names';
import { useDistrictRows } from '../../derived/analysis';
import { useAppStore } from '../../store/app-store';
import { isDrawable } from '../../lib/geo';
import { metricDigits } from '../../lib/metrics';
import { describeView, type DescribedLayer, type LayerMeaning } from '../../lib/view-description';
import { LAYER_ENTRIES } from '../map/layers';
import type { LayerEntry } from '../map/layer-entry';
import { paletteOf } from '../map/palette';

/** What a layer is, read from its registry entry: its group and the kind of its legend. */
function meaningOf(entry: LayerEntry): LayerMeaning {
  if (entry.group === 'featured') return 'featured';
  // Only the swatches' kinds are read here, and they are the same in every flavour.
  if (entry.legend(paletteOf('light')).some((sw) => sw.kind === 'area' && sw.dashed)) return 'area';
  if (entry.siteLayer) return 'sites';
  return 'boundaries';
}

export function useViewDescription(): string {
  const t = useT();
  const lang = useLang();
  const selection = useAppStore((s) => s.selection);
  const visible = useAppStore((s) => s.layers);
  const metric = useAppStore((s) => s.metric);
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const sites = useQuery(sitesQuery).data;
  const { rows } = useDistrictRows(metric);

  return useMemo(() => {
    let selected: { kind: 'district' | 'area' | 'site'; name: string } | null = null;
    if (selection) {
      const record =
        selection.kind === 'district'
          ? districts?.features.find((f) => f.properties.code === selection.id)?.properties
          : selection.kind === 'area'
            ? areas?.features.find((f) => f.properties.id === selection.id)?.properties
            : sites?.find((s) => s.id === selection.id);
      if (record) selected = { kind: selection.kind, name: nameOf(record, lang) };
    }
    const layers: DescribedLayer[] = LAYER_ENTRIES.filter((e) => visible.includes(e.id)).map((entry) => ({
      name: t(entry.nameKey),
      meaning: meaningOf(entry),
      sites: entry.siteLayer && sites ? sites.filter((s) => s.layer === entry.siteLayer && isDrawable(s)).length : null,
    }));
    const byCode = new Map(districts?.features.map((f) => [f.properties.code, f.properties]));
    const described =
      rows && districts
        ? {
            name: metricName(metric, lang),
            digits: metricDigits(metric),
            rows: rows.map((r) => {
              const d = byCode.get(r.code);
              return { name: d ? nameOf(d, lang) : r.code, value: r.value, unit: r.unit, qualifier: r.qualifier };
            }),
          }
        : null;
    return describeView({ selection: selected, layers, metric: described }, t, lang);
  }, [t, lang, selection, visible, metric, districts, areas, sites, rows]);
}
