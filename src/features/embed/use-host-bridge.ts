// The embed's side of the message API: obeys commands from allowlisted origins (through the store
// only) and tells the parent page what happens, addressed to the parent's own origin when that
// origin is on the allowlist, never to '*'. An embed opened with `data=` says `ready` only once its
// saved map has been applied (or has failed), followed by a `data` event saying which; commands
// that arrive before then are ignored as not ready, since the saved view would overwrite them.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import { useAppStore, type AppState } from '../../store/app-store';
import {
  dataEvent,
  handleHostMessage,
  parentOrigin,
  readyEvent,
  resizeEvent,
  selectionChangedEvent,
  viewChangedEvent,
  type DataStatus,
  type EmbedAction,
  type EmbedEvent,
  type KnownIds,
  type SelectionPayload,
  type ViewPayload,
} from '../../lib/embed-messages';
import type { Selection } from '../../lib/vocabulary';
import { coalesce, distinct, type Coalescer } from '../../lib/coalesce';
import { viewOf } from '../../lib/url-state';
import { loadAllowlist } from './allowlist';
import { logAccepted, logIgnored } from './debug-log';

function apply(action: EmbedAction): void {
  const s = useAppStore.getState();
  switch (action.kind) {
    case 'select':
      s.select(action.selection);
      break;
    case 'set-layers':
      for (const id of action.show) useAppStore.getState().setLayerVisible(id, true);
      for (const id of action.hide) useAppStore.getState().setLayerVisible(id, false);
      break;
    case 'set-metric':
      s.setMetric(action.metric);
      break;
    case 'fly-to':
      // A request like a link's view: the map goes there (or opens there, if it is still loading),
      // and the host hears the camera once the map has settled on it.
      s.requestCamera({ kind: 'view', camera: action.camera });
      break;
    case 'set-language':
      s.setLang(action.lang);
      break;
  }
}

/** The view as the host hears it: the same fields a shared link carries, copied out of the store. */
function viewPayload(s: AppState): ViewPayload {
  const view = viewOf(s);
  return { ...view, layers: [...view.layers] };
}

type Names = Map<string, { name_en: string; name_zh: string }>;
const key = (s: Selection) => `${s.kind}:${s.id}`;

function namedSelection(sel: Selection | null, names: Names): SelectionPayload {
  const name = sel ? names.get(key(sel)) : undefined;
  return { selection: sel && name ? { ...sel, name_en: name.name_en, name_zh: name.name_zh } : null };
}

// A short window rather than requestAnimationFrame: browsers pause or throttle animation frames
// in a frame scrolled out of sight or in a background tab, and a host must still hear what its
// commands did. 50 ms is below what a person notices in the host's own panel.
const EVENT_WINDOW_MS = 50;

type Post = (event: EmbedEvent) => void;

/** The embed's `data=` link: none, still loading, or what became of it. */
export type DataLinkState = null | { status: 'pending' } | { status: DataStatus; datasets: number };

/**
 * `contentHeight`: the height the embed's content needs (use-embed-measure.ts), sent as a `resize`
 * event whenever it changes, on the same terms as every other event.
 */
export function useHostBridge(contentHeight: number | null, dataLink: DataLinkState = null): void {
  const dataPending = dataLink?.status === 'pending';
  const dataPendingRef = useRef(dataPending);
  useEffect(() => {
    dataPendingRef.current = dataPending;
  }, [dataPending]);
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const sites = useQuery(sitesQuery).data;

  const { known, names } = useMemo(() => {
    if (!districts || !areas || !sites) return { known: null as KnownIds, names: new Map() as Names };
    const names: Names = new Map();
    for (const f of districts.features) names.set(`district:${f.properties.code}`, f.properties);
    for (const f of areas.features) names.set(`area:${f.properties.id}`, f.properties);
    for (const site of sites) names.set(`site:${site.id}`, site);
    const known: KnownIds = {
      district: new Set(districts.features.map((f) => f.properties.code)),
      area: new Set(areas.features.map((f) => f.properties.id)),
      site: new Set(sites.map((s) => s.id)),
    };
    return { known, names };
  }, [districts, areas, sites]);

  const knownRef = useRef<KnownIds>(null);
  useEffect(() => {
    knownRef.current = known;
  }, [known]);
  const allowlistRef = useRef<Set<string> | null>(null);
  // The way to the parent, once its origin is known to be on the allowlist; null until then.
  const [channel, setChannel] = useState<{ post: Post } | null>(null);

  // Commands: listening starts at once, so a message sent too early is counted, not lost silently
  // without trace; it is obeyed only once the allowlist has loaded.
  useEffect(() => {
    let live = true;
    void loadAllowlist().then((list) => {
      if (live) allowlistRef.current = list;
    });
    const onMessage = (e: MessageEvent) => {
      const allowlist = allowlistRef.current;
      if (!allowlist || dataPendingRef.current) {
        logIgnored('not-ready', e.origin);
        return;
      }
      const result = handleHostMessage(e.data, e.origin, allowlist, knownRef.current);
      if (!result.ok) {
        logIgnored(result.reason, e.origin);
        return;
      }
      logAccepted();
      apply(result.action);
    };
    window.addEventListener('message', onMessage);
    return () => {
      live = false;
      window.removeEventListener('message', onMessage);
    };
  }, []);

  // Events: only once the data is known (so a selection can be named) and only to an allowlisted
  // parent. postMessage with an explicit origin is also checked by the browser: if the parent has
  // navigated elsewhere, the event is not delivered.
  useEffect(() => {
    if (!known || dataPending || window.parent === window) return;
    const target = parentOrigin(window.location.ancestorOrigins ? [...window.location.ancestorOrigins] : undefined, document.referrer);
    if (!target) return;
    let live = true;
    let unsubscribe = () => {};
    let outbox: Coalescer<AppState> | null = null;
    const post: Post = (event) => window.parent.postMessage(event, target);
    void loadAllowlist().then((allowlist) => {
      if (!live || !allowlist.has(target)) return;
      setChannel({ post });
      const start = useAppStore.getState();
      post(readyEvent(viewPayload(start)));
      // A burst of changes (a host's loop of commands; one set-layers is a change per layer) is
      // reported once per window with the state as it then is; an event that would repeat the last
      // of its kind, or what `ready` said, is not sent. Selection first, then view, as before.
      const sendSelection = distinct(post, { initial: selectionChangedEvent(namedSelection(start.selection, names)) });
      const sendView = distinct(post, { initial: viewChangedEvent(viewPayload(start)) });
      const box = coalesce((s: AppState) => {
        sendSelection(selectionChangedEvent(namedSelection(s.selection, names)));
        sendView(viewChangedEvent(viewPayload(s)));
      }, EVENT_WINDOW_MS);
      outbox = box;
      unsubscribe = useAppStore.subscribe((s, prev) => {
        if (s.camera !== prev.camera || s.layers !== prev.layers || s.metric !== prev.metric || s.lang !== prev.lang || s.selection !== prev.selection) {
          box.push(s);
        }
      });
    });
    return () => {
      live = false;
      unsubscribe();
      // Either the frame is going away or the effect runs again and its `ready` carries the
      // current state: a pending event would only be late news.
      outbox?.cancel();
      setChannel(null);
    };
  }, [known, names, dataPending]);

  // After `ready` (the channel opens with it); a height equal to the last one is not sent again,
  // since React runs this only when the number changes.
  useEffect(() => {
    if (channel && contentHeight !== null) channel.post(resizeEvent(contentHeight));
  }, [channel, contentHeight]);

  // Once, after `ready` (which waited for it): what became of the saved map.
  const dataStatus = dataLink && dataLink.status !== 'pending' ? dataLink : null;
  useEffect(() => {
    if (channel && dataStatus) channel.post(dataEvent(dataStatus.status, dataStatus.datasets));
  }, [channel, dataStatus]);
}
