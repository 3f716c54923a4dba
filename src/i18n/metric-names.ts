// A metric's name and note in the reader's language, whichever way the metric came: a built-in one
// has `metric.<id>` / `metricNote.<kind>` in the catalogue; one registered at run time carries its
// own labels (and, without one for this language, shows another marked as such).
import { metricDef } from '../lib/metric-registry';
import type { Metric } from '../lib/vocabulary';
import { catalogue, type MessageKey } from './catalogue';
import { translate } from './i18n';
import { DEFAULT_LANG, type Lang } from './languages';

function known(key: string): key is MessageKey {
  return key in catalogue[DEFAULT_LANG];
}

export function metricName(id: Metric, lang: Lang): string {
  const def = metricDef(id);
  const own = def?.labels;
  if (own) {
    // A user's figures without a source say so in their very name, so no view can show them bare.
    const unsourced = def.provenance && !def.provenance.source ? ` ${translate(lang, 'import.unsourcedMark')}` : '';
    const text = own[lang];
    if (text) return text + unsourced;
    const other = own[DEFAULT_LANG] ?? Object.values(own).find(Boolean);
    return other ? `${other} ${translate(lang, 'lang.fallbackMark')}${unsourced}` : id;
  }
  const key = `metric.${id}`;
  return known(key) ? translate(lang, key) : id;
}

/**
 * What figure the chart shows: the metric's own note where it needs one (`metricAbout.<id>`, e.g. a
 * district fact compared for one year), else its kind's (official, derived, a count of this dataset, …).
 */
export function metricNote(id: Metric, lang: Lang): string {
  const provenance = metricDef(id)?.provenance;
  if (provenance) {
    const date = provenance.date ?? translate(lang, 'import.dateNotStated');
    return provenance.source
      ? translate(lang, 'import.metricNote', { source: provenance.source, date })
      : translate(lang, 'import.metricNoteUnsourced', { date });
  }
  const own = `metricAbout.${id}`;
  if (known(own)) return translate(lang, own);
  const key = `metricNote.${metricDef(id)?.kind ?? 'fact'}`;
  return known(key) ? translate(lang, key) : '';
}
