// Counts of the messages the embed ignored, by reason, and of those it obeyed. Ignoring is silent
// for the visitor (a portal's stray messages must never show a dialog), so an integrator needs
// somewhere to look: a console.debug line per ignored message (hidden unless the console shows
// "Verbose"), with the running counts, and the same counts on a read-only window handle.
import type { RejectReason } from '../../lib/embed-messages';

export type DebugCounts = Record<RejectReason | 'accepted', number>;

declare global {
  interface Window {
    /** Read-only counts for integrators and the browser tests; the app never reads it. */
    __talentMapEmbedDebug?: Readonly<DebugCounts>;
  }
}

const counts: DebugCounts = {
  accepted: 0,
  'origin-not-allowed': 0,
  'not-a-command': 0,
  'unsupported-version': 0,
  malformed: 0,
  'unknown-id': 0,
  'out-of-bounds': 0,
  'not-ready': 0,
};

function publish(): void {
  window.__talentMapEmbedDebug = { ...counts };
}

export function logAccepted(): void {
  counts.accepted++;
  publish();
}

export function logIgnored(reason: RejectReason, origin: string): void {
  counts[reason]++;
  publish();
  // The origin is printed as a string argument, never interpreted.
  console.debug('[talent-map embed] message ignored:', reason, 'from', origin, { ...counts });
}
