// The first rows of a file as they were read, so the user sees whether names and numbers came
// through (a wrong encoding shows as garbled names here). Cells are text, never markup.
import { useLang, useT } from '../../i18n/i18n';
import { countText, formatNumber } from '../../lib/format';
import type { Preview } from '../../lib/import/pipeline';

export function PreviewTable({ preview }: { preview: Preview }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="import-preview__table-wrap">
      <table className="import-preview__table" data-testid="import-preview-table">
        <caption>{t('import.firstRows', { n: formatNumber(preview.rows.length, lang, 0), total: countText('rows', preview.rowCount, lang) })}</caption>
        <thead>
          <tr>
            {preview.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
