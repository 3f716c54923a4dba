// Opening a `data=` saved map, the one way for every view that does (the dashboard's ImportRoot,
// the embed's DataLink): fetch it, and hand it over only once the district outlines are known or
// have failed. A point set's reach metric ("share of each district within 3 km of …") exists only
// with the outlines, and a saved view coloured by it would otherwise fall back to population when
// the file arrives first. Failures are handed over at once. The registries are kept in step here
// too (useImportedRegistries), declared first so the outlines reach them before the hand-over.
//
//   useSavedMapLink(url, (result) => …)   url null: nothing to open (yet); the callback runs once
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { districtsQuery } from '../../data/queries';
import { fetchSavedMap, type DataLinkResult } from './saved-map';
import { useImportedRegistries } from './use-registries';

export function useSavedMapLink(url: string | null, onResult: (result: DataLinkResult) => void): void {
  // First: its effect hands the district outlines to the registries before the hand-over below runs.
  useImportedRegistries();
  const districts = useQuery(districtsQuery);
  const [result, setResult] = useState<DataLinkResult | null>(null);
  const done = useRef(false);
  const handler = useRef(onResult);
  useEffect(() => {
    handler.current = onResult;
  }, [onResult]);

  useEffect(() => {
    if (!url) return;
    let live = true;
    void fetchSavedMap(url).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [url]);

  const outlines = districts.data !== undefined || districts.isError;
  useEffect(() => {
    if (!result || done.current) return;
    if (result.ok && !outlines) return;
    done.current = true;
    handler.current(result);
  }, [result, outlines]);
}
