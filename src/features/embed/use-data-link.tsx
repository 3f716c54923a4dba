// The embed's `data=<url>`: a portal's saved map opened in the frame. The import feature's DataLink
// (loaded only when the address has `data=`, so other embeds do not pay for the importer) fetches
// it from an allowed origin, adds its datasets in memory only and applies its view; this hook
// mounts it, keeps what became of it for the host bridge (`ready` waits for it, a `data` event
// follows), and words it for the reader over the map. Whatever goes wrong, the map keeps its own
// data and says why.
import { useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { formatNumber } from '../../lib/format';
import { IMPORT_LIMITS } from '../../lib/import/limits';
import { useLang, useT } from '../../i18n/i18n';
import { launchParam } from '../import/launch';
import type { DataLinkOutcome } from '../import/data-link';
import type { DataLinkState } from './use-host-bridge';
import { asLinkView } from './use-embed-card';

type DataLinkComponent = ComponentType<{ url: string; onOutcome: (outcome: DataLinkOutcome) => void; applyView: (apply: () => void) => void }>;

export interface DataLinkParts {
  /** For useHostBridge: null without `data=`. */
  state: DataLinkState;
  /** Renders the loader (nothing visible); null without `data=`. */
  loader: ReactNode;
  /** The paragraphs for the embed's notice over the map, or null. */
  notice: ReactNode;
}

export function useDataLink(): DataLinkParts {
  const [url] = useState(() => launchParam('data'));
  const [outcome, setOutcome] = useState<DataLinkOutcome | null>(null);
  const [Loader, setLoader] = useState<DataLinkComponent | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!url) return;
    let live = true;
    import('../import/data-link').then(
      (m) => live && setLoader(() => m.default),
      // The importer's code did not arrive (offline, a deploy that removed the old chunk): a failed link, never a frame that waits for ever.
      () => live && setOutcome({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [url]);

  const state = useMemo<DataLinkState>(() => {
    if (!url) return null;
    if (!outcome) return { status: 'pending' };
    return { status: outcome.status, datasets: outcome.status === 'loaded' ? outcome.datasets : 0 };
  }, [url, outcome]);

  return {
    state,
    // Mounted for the page's life: it keeps the registries in step (a point set's reach metric needs the outlines).
    loader: url && Loader ? <Loader url={url} onOutcome={setOutcome} applyView={asLinkView} /> : null,
    notice: url && !dismissed ? <DataLinkNotice outcome={outcome} onDismiss={() => setDismissed(true)} /> : null,
  };
}

function DataLinkNotice({ outcome, onDismiss }: { outcome: DataLinkOutcome | null; onDismiss: () => void }) {
  const t = useT();
  const lang = useLang();
  if (!outcome) {
    return (
      <p role="status" data-testid="embed-data-notice" data-status="pending">
        {t('embed.data.loading')}
      </p>
    );
  }
  if (outcome.status === 'loaded' && outcome.dropped === 0) return null;
  const text =
    outcome.status === 'loaded'
      ? t('embed.data.dropped', { n: formatNumber(outcome.dropped, lang, 0) })
      : outcome.status === 'refused'
        ? t('embed.data.refused', { origin: outcome.origin })
        : t(`embed.data.${outcome.status}`, { mb: formatNumber(IMPORT_LIMITS.savedMapBytes / 1024 / 1024, lang, 0) });
  return (
    <p role={outcome.status === 'loaded' ? 'status' : 'alert'} data-testid="embed-data-notice" data-status={outcome.status}>
      <span>{text}</span>{' '}
      <button type="button" className="embed__notice-dismiss" onClick={onDismiss} aria-label={t('embed.data.dismiss')} title={t('embed.data.dismiss')}>
        ×
      </button>
    </p>
  );
}
