// The choices for a district table: which column names the district, which numeric columns become
// metrics (each with its name and unit), and the date and source shared by the file's figures.
import { useId } from 'react';
import { useT } from '../../i18n/i18n';
import type { Preview } from '../../lib/import/pipeline';

export interface ColumnChoice {
  on: boolean;
  label: string;
  unit: string;
}

export interface DistrictForm {
  districtColumn: number | null;
  columns: Record<number, ColumnChoice>;
  date: string;
  source: string;
}

export function initialDistrictForm(preview: Preview): DistrictForm {
  const columns: Record<number, ColumnChoice> = {};
  for (const i of preview.guess.numeric) columns[i] = { on: true, label: preview.columns[i]!, unit: '' };
  return { districtColumn: preview.guess.district, columns, date: '', source: '' };
}

export function DistrictOptions({ preview, form, onChange }: { preview: Preview; form: DistrictForm; onChange: (f: DistrictForm) => void }) {
  const t = useT();
  const id = useId();
  const candidates = preview.columns.map((c, i) => ({ c, i })).filter(({ i }) => i !== form.districtColumn);
  const setColumn = (i: number, patch: Partial<ColumnChoice>) =>
    onChange({ ...form, columns: { ...form.columns, [i]: { ...(form.columns[i] ?? { on: false, label: preview.columns[i]!, unit: '' }), ...patch } } });
  return (
    <div className="import-options">
      <label className="import-field">
        <span>{t('import.districtColumn')}</span>
        <select
          value={form.districtColumn ?? ''}
          onChange={(e) => onChange({ ...form, districtColumn: e.target.value === '' ? null : Number(e.target.value) })}
          data-testid="import-district-column"
        >
          <option value="">—</option>
          {preview.columns.map((c, i) => (
            <option key={i} value={i}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="import-columns">
        <legend>{t('import.valueColumns')}</legend>
        <table>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('import.metricName')}</th>
              <th scope="col">{t('import.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map(({ c, i }) => {
              const choice = form.columns[i];
              return (
                <tr key={i}>
                  <td>
                    <input type="checkbox" id={`${id}-c${i}`} checked={choice?.on ?? false} onChange={(e) => setColumn(i, { on: e.target.checked })} />
                    <label htmlFor={`${id}-c${i}`} className="import-columns__name">
                      {c}
                    </label>
                  </td>
                  <td>
                    <input
                      aria-label={`${t('import.metricName')}: ${c}`}
                      value={choice?.label ?? c}
                      maxLength={120}
                      disabled={!choice?.on}
                      onChange={(e) => setColumn(i, { label: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`${t('import.unit')}: ${c}`}
                      value={choice?.unit ?? ''}
                      maxLength={40}
                      size={8}
                      disabled={!choice?.on}
                      onChange={(e) => setColumn(i, { unit: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <label className="import-field">
        <span>{t('import.date')}</span>
        <input value={form.date} maxLength={40} placeholder="2024" onChange={(e) => onChange({ ...form, date: e.target.value })} data-testid="import-date" />
      </label>
      <label className="import-field">
        <span>{t('import.source')}</span>
        <input value={form.source} maxLength={300} onChange={(e) => onChange({ ...form, source: e.target.value })} data-testid="import-source" />
      </label>
      <p className="import-hint">{t('import.sourceHint')}</p>
    </div>
  );
}
