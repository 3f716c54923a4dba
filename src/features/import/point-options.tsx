// The choices for points: longitude and latitude columns (found by name, confirmed here), the
// coordinate system with the data's own suggestion, and the column that names each point.
import { useLang, useT } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { CRS_IDS, type CrsId } from '../../lib/import/coords';
import type { Preview } from '../../lib/import/pipeline';

export interface PointForm {
  lng: number | null;
  lat: number | null;
  crs: CrsId;
  nameColumn: number | null;
}

export function initialPointForm(preview: Preview): PointForm {
  const { lng, lat } = preview.guess;
  const firstText = preview.columns.findIndex((_, i) => i !== lng && i !== lat && !preview.guess.numeric.includes(i));
  return { lng, lat, crs: preview.crs?.crs ?? 'WGS84', nameColumn: firstText >= 0 ? firstText : null };
}

function ColumnSelect({ label, value, columns, onChange, testId }: { label: string; value: number | null; columns: string[]; onChange: (v: number | null) => void; testId: string }) {
  return (
    <label className="import-field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} data-testid={testId}>
        <option value="">—</option>
        {columns.map((c, i) => (
          <option key={i} value={i}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PointOptions({ preview, form, onChange }: { preview: Preview; form: PointForm; onChange: (f: PointForm) => void }) {
  const t = useT();
  const lang = useLang();
  const s = preview.crs;
  const suggestion = !s
    ? null
    : s.reason === 'columnName'
      ? t('import.crs.columnName', { crs: t(`import.crs.${s.crs}`) })
      : s.reason === 'districts'
        ? t('import.crs.districts', { crs: t(`import.crs.${s.crs}`), n: formatNumber(s.fits[s.crs], lang, 0), total: formatNumber(s.sampled, lang, 0) })
        : t('import.crs.default');
  return (
    <div className="import-options">
      <ColumnSelect label={t('import.lng')} value={form.lng} columns={preview.columns} onChange={(lng) => onChange({ ...form, lng })} testId="import-lng" />
      <ColumnSelect label={t('import.lat')} value={form.lat} columns={preview.columns} onChange={(lat) => onChange({ ...form, lat })} testId="import-lat" />
      <label className="import-field">
        <span>{t('import.crs')}</span>
        <select value={form.crs} onChange={(e) => onChange({ ...form, crs: e.target.value as CrsId })} data-testid="import-crs">
          {CRS_IDS.map((c) => (
            <option key={c} value={c}>
              {t(`import.crs.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {suggestion && (
        <p className="import-hint" data-testid="import-crs-suggestion">
          {suggestion}
        </p>
      )}
      <ColumnSelect
        label={t('import.nameColumn')}
        value={form.nameColumn}
        columns={preview.columns}
        onChange={(nameColumn) => onChange({ ...form, nameColumn })}
        testId="import-name-column"
      />
    </div>
  );
}
