// What a registry entry declares. Kept apart from the registry so the builders of each kind of
// layer (districts, areas, sites) can return entries without importing the registry that lists them.
import type { LayerSpecification } from 'maplibre-gl';
import type { LayerId, SiteCategory } from '../../data/schemas';
import type { Lang } from '../../lib/vocabulary';
import type { LayerContext } from '../../derived/layer-context';
import type { MessageKey } from '../../i18n/i18n';
import type { SiteLayer, SiteShape } from './palette';

export type LayerGroup = 'featured' | 'theme' | 'context';

export type LegendSwatch =
  /** A filled shape with an outline; `dashed` marks a schematic (drawn, not official) outline. */
  | { kind: 'area'; colour: string; fillOpacity: number; dashed: boolean; labelKey?: MessageKey }
  /** A site marker: colour of its layer, shape of its category. */
  | { kind: 'point'; colour: string; edge: string; shape: SiteShape; category: SiteCategory; labelKey: MessageKey }
  /** The uncertainty circle drawn around an approximate location. */
  | { kind: 'halo'; colour: string; labelKey: MessageKey };

export interface LayerEntry {
  id: LayerId;
  nameKey: MessageKey;
  group: LayerGroup;
  legend: LegendSwatch[];
  /** The map layers of this entry, bottom to top, labelled in `lang`. */
  mapLayers: (lang: Lang, ctx?: LayerContext) => LayerSpecification[];
  /** The map layers whose features can be hovered and clicked. */
  interactiveLayerIds: string[];
  /** For entries that draw sites: the `layer` value of those sites. */
  siteLayer?: SiteLayer;
}

export const GROUP_ORDER: readonly LayerGroup[] = ['featured', 'theme', 'context'];
