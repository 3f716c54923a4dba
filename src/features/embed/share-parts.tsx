// Small parts of the share dialog (share-dialog.tsx): copying with a fallback, the copy status
// line, and the record of the selection the embed may focus on.
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import type { Selection } from '../../lib/vocabulary';
import { useT } from '../../i18n/i18n';

export type CopyState = 'idle' | 'copied' | 'manual';

/** Clipboard when the browser allows it; otherwise the text is selected for Ctrl+C. */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<CopyState> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'manual';
  }
}

export function useSelectionRecord(selection: Selection | null): { name_en: string; name_zh: string } | undefined {
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const sites = useQuery(sitesQuery).data;
  if (!selection) return undefined;
  if (selection.kind === 'district') return districts?.features.find((f) => f.properties.code === selection.id)?.properties;
  if (selection.kind === 'area') return areas?.features.find((f) => f.properties.id === selection.id)?.properties;
  return sites?.find((s) => s.id === selection.id);
}

export function CopyStatus({ state }: { state: CopyState }) {
  const t = useT();
  // Always in the DOM, so screen readers announce the text when it appears.
  return (
    <p className="share-dialog__status" role="status">
      {state === 'copied' ? t('share.copied') : state === 'manual' ? t('share.copyManual') : ''}
    </p>
  );
}
