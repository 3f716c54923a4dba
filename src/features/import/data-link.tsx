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
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery } from '../../data/queries';
import { keepInMemoryOnly } from './store';
import { fetchSavedMap, restoreSavedMap, type DataLinkResult } from './saved-map';
import { launchSearch } from './launch';
import { useImportedRegistries } from './use-registries';

/** What the embed tells the reader (and the host page) about its data link. */
export type DataLinkOutcome =
  | { status: 'loaded'; datasets: number; dropped: number }
  | { status: 'refused'; origin: string }
  | { status: 'failed' }
  | { status: 'invalid' };

interface Props {
  url: string;
  onOutcome: (outcome: DataLinkOutcome) => void;
  /** Runs the restore (which changes the store), so the embed can treat its changes as the link's view. */
  applyView: (apply: () => void) => void;
}

export default function DataLink({ url, onOutcome, applyView }: Props) {
  // First: its effect hands the district outlines to the registries before the restore below runs.
  useImportedRegistries();
  const districts = useQuery(districtsQuery);
  const [result, setResult] = useState<DataLinkResult | null>(null);
  const done = useRef(false);
  const report = useRef(onOutcome);
  const apply = useRef(applyView);
  useEffect(() => {
    report.current = onOutcome;
    apply.current = applyView;
  }, [onOutcome, applyView]);

  useEffect(() => {
    keepInMemoryOnly();
    let live = true;
    void fetchSavedMap(url).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [url]);

  const outlines = districts.data !== undefined || districts.isError;
  useEffect(() => {
    if (!result || done.current) return;
    if (!result.ok) {
      done.current = true;
      report.current(result.problem === 'refused' ? { status: 'refused', origin: result.origin } : { status: result.problem });
      return;
    }
    // A point set's reach metric exists once the outlines are known, and the view may name it
    // (a map coloured by "share within 3 km of …"): the view waits for them (or for their failure).
    if (!outlines) return;
    done.current = true;
    apply.current(() => restoreSavedMap(result.saved, launchSearch()));
    report.current({ status: 'loaded', datasets: result.saved.datasets.length, dropped: result.saved.dropped });
  }, [result, outlines]);

  return null;
}
