// The embed's text alternative: what the map shows, in sentences a screen reader reads out — the
// selection, the visible layers and what each means, and the chart metric's highest and lowest
// districts with their units. Pure: the caller resolves names in the reader's language and passes
// the catalogue's translate function, so the same view always gives the same words.
import type { Qualifier } from '../data/schemas';
import type { Lang } from '../i18n/languages';
import type { MessageKey } from '../i18n/catalogue';
import type { Vars } from '../i18n/template';
import { countText, figureText, formatList, formatNumber } from './format';
import type { Selection } from './vocabulary';

export type Translate = (key: MessageKey, vars?: Vars) => string;

/** How a layer reads on the map, which decides the words that explain it. */
export type LayerMeaning = 'featured' | 'area' | 'sites' | 'boundaries';

export interface DescribedLayer {
  name: string;
  meaning: LayerMeaning;
  /** Sites this layer draws (areas and site layers); null where a layer draws no sites. */
  sites: number | null;
}

export interface DescribedRow {
  name: string;
  value: number | null;
  unit: string;
  qualifier: Qualifier | null;
}

export interface ViewFacts {
  selection: { kind: Selection['kind']; name: string } | null;
  layers: readonly DescribedLayer[];
  metric: { name: string; digits: number; rows: readonly DescribedRow[] } | null;
}

function layerPhrase(layer: DescribedLayer, t: Translate, lang: Lang): string {
  const count = layer.sites === null ? '' : formatNumber(layer.sites, lang, 0);
  return t(`describe.layer.${layer.meaning}`, { name: layer.name, count });
}

/** The metric's extremes: ties named together, districts without a value counted, never ranked. */
function metricSentence(metric: NonNullable<ViewFacts['metric']>, t: Translate, lang: Lang): string {
  const valued = metric.rows.filter((r): r is DescribedRow & { value: number } => r.value !== null);
  const missing = metric.rows.length - valued.length;
  const parts: string[] = [];
  if (valued.length === 0) {
    parts.push(t('describe.metricNone', { metric: metric.name }));
  } else {
    const max = Math.max(...valued.map((r) => r.value));
    const min = Math.min(...valued.map((r) => r.value));
    const at = (v: number) => valued.filter((r) => r.value === v);
    const phrase = (rows: typeof valued) =>
      t('describe.extreme', {
        names: formatList(rows.map((r) => r.name), lang),
        figure: figureText({ value: rows[0]!.value, unit: rows[0]!.unit, qualifier: rows[0]!.qualifier }, lang, metric.digits).text,
      });
    parts.push(
      max === min
        ? t('describe.metricSame', { metric: metric.name, extreme: phrase(at(max)) })
        : t('describe.metricRange', { metric: metric.name, highest: phrase(at(max)), lowest: phrase(at(min)) }),
    );
  }
  if (missing > 0) parts.push(t('describe.metricMissing', { districts: countText('districts', missing, lang) }));
  return parts.join(' ');
}

/** One paragraph: the map, the selection, the layers, the metric. */
export function describeView(facts: ViewFacts, t: Translate, lang: Lang): string {
  const sentences = [t('describe.map')];
  sentences.push(
    facts.selection ? t('describe.selected', { name: facts.selection.name, kind: t(`describe.kind.${facts.selection.kind}`) }) : t('describe.noSelection'),
  );
  sentences.push(
    facts.layers.length ? t('describe.layers', { list: formatList(facts.layers.map((l) => layerPhrase(l, t, lang)), lang) }) : t('describe.noLayers'),
  );
  if (facts.metric) sentences.push(metricSentence(facts.metric, t, lang));
  return sentences.join(' ');
}
