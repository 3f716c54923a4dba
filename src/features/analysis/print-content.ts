// What the printed page says, gathered from the same state and declarations as the screen: the
// title, a subtitle naming what is drawn, the legend rows (legend-model.ts), the citations of the
// sources behind the sites in the printed view and the choropleth's figures, the map's credits and
// the export date — all in the reader's language.
import { useCallback, useSyncExternalStore } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useQuery } from '@tanstack/react-query';
import { sitesQuery, sourcesQuery } from '../../data/queries';
import { mapConfigQuery } from '../../data/map-config-query';
import { useLang, useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/i18n';
import { citationList } from '../../i18n/citations';
import { useAppStore } from '../../store/app-store';
import { useFlavour } from '../../derived/flavour';
import { useDistrictRows } from '../../derived/analysis';
import { basemapCredits, basemapDef } from '../../lib/basemaps';
import { countText, formatDistance, formatList, formatPartialDate } from '../../lib/format';
import { today } from '../../lib/download';
import { LAYER_REGISTRY, runtimeLayers, subscribeToLayers } from '../map/layers';
import { appBounds } from '../map/map-frame';
import { useChoroplethLegendText } from '../map/choropleth-classes';
import { legendRows, type LegendRow } from '../map/legend-model';
import { isDrawable } from '../map/map-data';

export interface PrintContent {
  lang: 'en' | 'zh';
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendRow[];
  sourcesHeading: string;
  citations: string[];
  moreSources: (count: number) => string;
  attribution: string;
  exported: string;
  north: string;
  /** The error when the legend does not fit a paper page. */
  tooLong: string;
  distance: (metres: number) => string;
}

/** A function that reads the current state into the page's content (called when exporting). */
export function usePrintContent(): (live: MapLibreMap) => PrintContent {
  const t = useT();
  const lang = useLang();
  const flavour = useFlavour();
  const sites = useQuery(sitesQuery).data;
  const sources = useQuery(sourcesQuery).data;
  const config = useQuery(mapConfigQuery).data;
  const choropleth = useChoroplethLegendText();
  const metric = useAppStore((s) => s.metric);
  const { rows } = useDistrictRows(metric);
  const runtime = useSyncExternalStore(subscribeToLayers, runtimeLayers, runtimeLayers);

  return useCallback(
    (live: MapLibreMap) => {
      const state = useAppStore.getState();
      const a = state.analysis;
      const legend = legendRows({
        lang,
        t,
        flavour,
        visible: state.layers,
        sites,
        runtime,
        choropleth,
        reach: { on: a.reachOn, km: a.reachKm },
        proximity: { on: a.origin !== null, rings: a.rings },
      });
      // The sources of what the page shows: the drawn sites inside the printed view, and the
      // figures behind the choropleth's colours.
      const [west, south, east, north] = appBounds(live);
      const inView = (s: { lon: number | null; lat: number | null }) =>
        s.lon !== null && s.lat !== null && s.lon >= west && s.lon <= east && s.lat >= south && s.lat <= north;
      const siteIds = (sites ?? []).filter((s) => state.layers.includes(s.layer) && isDrawable(s) && inView(s)).flatMap((s) => s.source_ids);
      const figureIds = choropleth ? (rows ?? []).flatMap((r) => r.basis.map((f) => f.source_id)) : [];
      const citations = sources ? citationList([...figureIds, ...siteIds], sources, lang) : [];

      const layerNames = formatList(
        state.layers.map((l) => t(LAYER_REGISTRY[l].nameKey)),
        lang,
      );
      const layersText = t('print.subtitle', { layers: layerNames || t('legend.empty') });
      const subtitle = choropleth ? t('print.subtitleWith', { metric: choropleth.title, layers: layersText }) : layersText;

      const basemap = basemapDef(state.basemap);
      const credits = state.onlineConsent && basemap.online && config ? basemapCredits(basemap, config) : basemapDef('builtin').attribution;
      const creditText = credits.map((c) => `© ${'text' in c ? c.text : t(c.labelKey as MessageKey)}`);
      const attribution = formatList([...creditText, t('map.attribution.outlines'), t('map.attribution.data')], lang);
      return {
        lang,
        title: t('app.title'),
        subtitle,
        legendTitle: t('print.legendTitle'),
        legend,
        sourcesHeading: t('print.sourcesHeading'),
        citations,
        moreSources: (count) => t('print.moreSources', { sources: countText('moreSources', count, lang) }),
        attribution,
        exported: t('print.exported', { date: formatPartialDate(today(), lang) ?? today() }),
        north: t('print.north'),
        tooLong: t('print.tooLong'),
        distance: (metres) => formatDistance(metres, lang),
      };
    },
    [t, lang, flavour, sites, sources, config, choropleth, rows, runtime],
  );
}
