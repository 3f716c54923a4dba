// The share dialog's "Link to your saved map (URL)": a planner who has imported data pastes the
// address where they published the map saved with Save map, and the embed code and the link get
// it as `data=`, so the portal's embed opens their data. Offered only when this browser has
// imported data; a page opened by a data link starts with that link. The address is checked
// (src/lib/data-link-url.ts) and a site missing from the deployment's data origins is named, since
// the embed would refuse it.
//
//   const data = useShareDataLink();   data.url: the checked address, or null
//   {data.offered && <ShareDataField data={data} />}
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n';
import { fillParts } from '../../components/fill-parts';
import { checkDataLinkInput, type DataLinkCheck } from '../../lib/data-link-url';
import { useImportStore } from '../import/store';
import { launchParam } from '../import/launch';
import { loadDataOrigins } from '../import/saved-map';

/** The schemes, named in the messages as code: the same in every language. */
const SCHEMES = { https: <code>https://</code>, http: <code>http://</code> };

export interface ShareDataLink {
  /** Whether the field is shown: the reader has imported data. */
  offered: boolean;
  raw: string;
  setRaw: (raw: string) => void;
  check: DataLinkCheck;
  /** The address to add as `data=`, or null (none, or not valid). */
  url: string | null;
}

/** The page's own `data=` link as a full address (a relative one is this site's). */
function openedWith(): string {
  const data = launchParam('data');
  if (!data) return '';
  try {
    return new URL(data, window.location.href).href;
  } catch {
    return '';
  }
}

export function useShareDataLink(): ShareDataLink {
  const offered = useImportStore((s) => s.datasets.length > 0);
  const [raw, setRaw] = useState(openedWith);
  const check = checkDataLinkInput(raw);
  return { offered, raw, setRaw, check, url: offered && check.kind === 'ok' ? check.url : null };
}

export function ShareDataField({ data }: { data: ShareDataLink }) {
  const t = useT();
  const id = useId();
  const origins = useQuery({ queryKey: ['data-origins'], queryFn: loadDataOrigins, staleTime: Infinity });
  const { check } = data;
  const problem = check.kind === 'invalid' || check.kind === 'scheme' || check.kind === 'credentials' ? check.kind : null;
  const unlisted = check.kind === 'ok' && check.origin !== window.location.origin && origins.data !== undefined && !origins.data.has(check.origin) ? check.origin : null;
  return (
    <div className="share-dialog__field share-dialog__data">
      <label htmlFor={`${id}-url`}>{t('share.data.label')}</label>
      <input
        id={`${id}-url`}
        type="url"
        inputMode="url"
        spellCheck={false}
        placeholder="https://"
        value={data.raw}
        onChange={(e) => data.setRaw(e.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-help ${id}-check`}
        data-testid="share-data-url"
      />
      <p className="share-dialog__note" id={`${id}-help`}>
        {t('share.data.help')}
      </p>
      {/* Always in the DOM, so what is wrong is announced as it appears. */}
      <p className={problem || unlisted ? 'share-dialog__problem' : 'share-dialog__note'} id={`${id}-check`} role="status" data-testid="share-data-check">
        {problem ? fillParts(t(`share.data.${problem}`), SCHEMES) : unlisted ? t('share.data.notListed', { origin: unlisted }) : check.kind === 'ok' ? t('share.data.added') : ''}
      </p>
    </div>
  );
}
