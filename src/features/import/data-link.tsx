// The embed's `data=<url>`: a portal's saved map (its own district tables and point layers, and
// its view) opened inside the embed. Lazy-loaded by the embed only when its address has `data=`,
// default export.
//
//   <DataLink url={…} onOutcome={(outcome) => …} applyView={(apply) => apply()} />
//   renders nothing; reports once what happened
//
// The portal's data is the portal's, not the visitor's: the page keeps every dataset in memory
// only (keepInMemoryOnly), so nothing is written to the visitor's IndexedDB, and the visitor's own
// stored datasets are never read into the portal's map. The saved view is merged with the embed's
// own address (src/lib/saved-view.ts): the embed stays an embed, and the host's explicit
// parameters (lang, sel, metric, map, …) win over the file's.
import { useCallback, useEffect, useRef } from 'react';
import { keepInMemoryOnly } from './store';
import { restoreSavedMap, type DataLinkResult } from './saved-map';
import { launchSearch } from './launch';
import { useSavedMapLink } from './use-saved-map-link';

/** What the embed tells the reader (and the host page) about its data link. */
export type DataLinkOutcome =
  | { status: 'loaded'; datasets: number; dropped: number }
  | { status: 'refused'; origin: string }
  | { status: 'failed' }
  | { status: 'invalid' }
  | { status: 'too-large' };

interface Props {
  url: string;
  onOutcome: (outcome: DataLinkOutcome) => void;
  /** Runs the restore (which changes the store), so the embed can treat its changes as the link's view. */
  applyView: (apply: () => void) => void;
}

export default function DataLink({ url, onOutcome, applyView }: Props) {
  // Before anything is fetched or added (idempotent): the portal's datasets never reach the
  // visitor's IndexedDB, and the visitor's stored ones are never read.
  keepInMemoryOnly();
  const report = useRef(onOutcome);
  const apply = useRef(applyView);
  useEffect(() => {
    report.current = onOutcome;
    apply.current = applyView;
  }, [onOutcome, applyView]);

  const onResult = useCallback((result: DataLinkResult) => {
    if (!result.ok) {
      report.current(result.problem === 'refused' ? { status: 'refused', origin: result.origin } : { status: result.problem });
      return;
    }
    apply.current(() => restoreSavedMap(result.saved, launchSearch()));
    report.current({ status: 'loaded', datasets: result.saved.datasets.length, dropped: result.saved.dropped });
  }, []);
  useSavedMapLink(url, onResult);

  return null;
}
