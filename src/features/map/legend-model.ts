// The legend as data, for surfaces that are not the DOM (the printed page): the same declarations
// the legend on the map reads — the registry's swatches for each visible layer (legendFor), the
// choropleth's words from the one classification (choroplethLegendText), the reach style and the
// proximity colours the overlay paints with — turned into rows of text and swatches.
import type { LayerId, Site } from '../../data/schemas';
import type { T } from '../../i18n/i18n';
import { formatDistance, formatList } from '../../lib/format';
import type { Flavour, Lang } from '../../lib/vocabulary';
import type { ChoroplethLegendText } from './choropleth-classes';
import { LAYER_ENTRIES, legendFor } from './layers';
import type { LegendSwatch, RuntimeLayerEntry } from './layer-entry';
import { paletteOf } from './palette';
import { REACH_STYLE } from './proximity-overlay';

export type PrintSwatch =
  | LegendSwatch
  /** A choropleth class; `noData` is grey with the map's hatching. */
  | { kind: 'fill'; colour: string; noData: boolean }
  /** The proximity rings around their origin. */
  | { kind: 'rings'; ring: string; origin: string };

export interface LegendRow {
  kind: 'heading' | 'note' | 'row';
  text: string;
  swatch?: PrintSwatch;
  indent?: boolean;
}

export interface LegendState {
  lang: Lang;
  t: T;
  flavour: Flavour;
  visible: readonly LayerId[];
  sites: readonly Site[] | undefined;
  runtime: readonly RuntimeLayerEntry[];
  choropleth: ChoroplethLegendText | null;
  reach: { on: boolean; km: number };
  proximity: { on: boolean; rings: readonly number[] };
}

export function legendRows(s: LegendState): LegendRow[] {
  const { t, lang } = s;
  const rows: LegendRow[] = [];
  if (s.choropleth) {
    rows.push({ kind: 'heading', text: s.choropleth.title });
    if (s.choropleth.date) rows.push({ kind: 'note', text: s.choropleth.date });
    for (const r of s.choropleth.rows) rows.push({ kind: 'row', text: r.label, swatch: { kind: 'fill', colour: r.colour, noData: r.noData } });
  }
  if (s.reach.on) {
    rows.push({
      kind: 'row',
      text: t('legend.reach', { km: formatDistance(s.reach.km * 1000, lang) }),
      swatch: { kind: 'area', colour: REACH_STYLE.fill, fillOpacity: REACH_STYLE.fillOpacity, dashed: false },
    });
    rows.push({ kind: 'note', text: t('legend.reachUnit') });
  }
  if (s.proximity.on) {
    const colours = paletteOf(s.flavour).proximity;
    rows.push({
      kind: 'row',
      text: t('legend.proximity', { rings: formatList(s.proximity.rings.map((km) => formatDistance(km * 1000, lang)), lang) }),
      swatch: { kind: 'rings', ring: colours.ring, origin: colours.origin },
    });
  }
  const layers = LAYER_ENTRIES.filter((e) => s.visible.includes(e.id));
  if (layers.length > 0 && rows.length > 0) rows.push({ kind: 'heading', text: t('map.layers.legend') });
  for (const entry of layers) {
    const swatches = legendFor(entry, s.sites, s.flavour);
    const lead = swatches.find((sw) => !sw.labelKey);
    rows.push({ kind: 'row', text: t(entry.nameKey), swatch: lead });
    for (const sw of swatches.filter((x) => x.labelKey)) rows.push({ kind: 'row', text: t(sw.labelKey!), swatch: sw, indent: true });
  }
  for (const entry of s.runtime.filter((e) => e.visible)) {
    const name = entry.labels[lang] ?? Object.values(entry.labels)[0] ?? entry.id;
    rows.push({ kind: 'row', text: name, swatch: entry.legend[0] });
  }
  if (rows.length === 0) rows.push({ kind: 'note', text: t('legend.empty') });
  return rows;
}
