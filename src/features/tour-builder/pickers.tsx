// Choosing a chapter's figures from the facts (each shows its own source on screen, so a figure
// always carries where it comes from) and the sources of its words from the bibliography.
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, factsQuery, sitesQuery, sourcesQuery } from '../../data/queries';
import type { Fact } from '../../data/schemas';
import { nameOf, useLang, useT } from '../../i18n/i18n';
import { metricLabel } from '../../i18n/messages/metrics';
import { shortSourceName } from '../../i18n/source-text';
import { figureText } from '../../lib/format';

/** Facts by id with a label a speaker can pick from: subject · metric · figure. */
export function useFactLabels(): Map<string, string> {
  const lang = useLang();
  const facts = useQuery(factsQuery).data ?? [];
  const sites = useQuery(sitesQuery).data;
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const subject = (f: Fact) => {
    const rec =
      f.scope === 'site'
        ? sites?.find((s) => s.id === f.subject)
        : f.scope === 'district'
          ? districts?.features.find((d) => d.properties.code === f.subject)?.properties
          : f.scope === 'area'
            ? areas?.features.find((a) => a.properties.id === f.subject)?.properties
            : undefined;
    return rec ? nameOf(rec, lang) : f.subject;
  };
  return new Map(facts.map((f) => [f.id, `${subject(f)} · ${metricLabel(f.metric, lang)} · ${figureText(f, lang).text}${f.as_of ? ` (${f.as_of})` : ''}`]));
}

interface ListPickerProps {
  legend: string;
  addLabel: string;
  chosen: readonly string[];
  options: ReadonlyMap<string, string>;
  max?: number;
  onChange: (ids: string[]) => void;
}

/** A chosen list with remove buttons and a select that adds one more. */
function ListPicker({ legend, addLabel, chosen, options, max = Infinity, onChange }: ListPickerProps) {
  const t = useT();
  const left = [...options].filter(([id]) => !chosen.includes(id));
  return (
    <fieldset className="builder__picker-field">
      <legend>{legend}</legend>
      <ul>
        {chosen.map((id) => (
          <li key={id}>
            <span>{options.get(id) ?? t('builder.unknownId', { id })}</span>
            <button type="button" aria-label={t('builder.remove', { name: options.get(id) ?? id })} onClick={() => onChange(chosen.filter((x) => x !== id))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <select
        aria-label={addLabel}
        value=""
        disabled={chosen.length >= max}
        onChange={(e) => {
          if (e.target.value) onChange([...chosen, e.target.value]);
        }}
      >
        <option value="">{addLabel}</option>
        {left.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

export function FactPicker({ chosen, onChange }: { chosen: readonly string[]; onChange: (ids: string[]) => void }) {
  const t = useT();
  return <ListPicker legend={t('builder.figures')} addLabel={t('builder.addFigure')} chosen={chosen} options={useFactLabels()} max={4} onChange={onChange} />;
}

export function SourcePicker({ chosen, onChange }: { chosen: readonly string[]; onChange: (ids: string[]) => void }) {
  const t = useT();
  const lang = useLang();
  const sources = useQuery(sourcesQuery).data;
  const options = new Map([...(sources?.values() ?? [])].map((s) => [s.id, `${shortSourceName(s, lang).text}${s.date ? `, ${s.date.slice(0, 4)}` : ''} — ${s.title}`]));
  return <ListPicker legend={t('builder.sources')} addLabel={t('builder.addSource')} chosen={chosen} options={options} onChange={onChange} />;
}
