// Keeps this window's tour position in step with the other window's (audience ↔ presenter view)
// through a BroadcastChannel; the protocol and its validation are in src/lib/tour-sync.ts. Each
// window posts its position when it changes and follows the other's; a position equal to its own
// is not posted back, so the two settle after one exchange. Closing either window leaves the
// other working: it simply stops hearing anything.
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { byeMessage, helloMessage, newWindowId, parseSyncMessage, positionMessage, sameTour, TOUR_SYNC_CHANNEL, type Role } from '../../lib/tour-sync';
import { clampChapter } from '../../lib/tour-nav';
import { clampStep } from '../../lib/tour-steps';
import { currentStep, goToPosition, useStepStore } from './tour-position';

export interface SyncStatus {
  /** Whether the other window has been heard from and has not said goodbye. */
  peer: boolean;
  /** Steps of the current chapter on the audience's screen (the speaker navigates with it). */
  remoteSteps: number | null;
}

export function useTourSync(role: Role, count: number): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>({ peer: false, remoteSteps: null });
  const tour = useAppStore((s) => s.tour);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(TOUR_SYNC_CHANNEL);
    const me = newWindowId();
    let last = '';
    const position = () => {
      const { steps } = useStepStore.getState();
      const step = currentStep();
      const chapter = clampChapter(useAppStore.getState().chapter, count);
      // The speaker's window has no caption to measure: it reports the step it asked for.
      return positionMessage(me, role, tour, { chapter, step: role === 'audience' ? clampStep(step, steps) : step, steps: role === 'audience' ? steps : 1 });
    };
    // A move changes the chapter and the step one after the other: post once, after both, so the
    // other window never sees (and follows) the state in between.
    let queued = false;
    const post = (force = false) => {
      if (force) return send(true);
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        send(false);
      });
    };
    const send = (force: boolean) => {
      const msg = position();
      const key = `${msg.chapter}:${msg.step}:${msg.steps}`;
      if (!force && key === last) return;
      last = key;
      channel.postMessage(msg);
    };

    channel.onmessage = (e: MessageEvent) => {
      const msg = parseSyncMessage(e.data);
      if (!msg || msg.from === me) return;
      if (msg.kind === 'bye') {
        setStatus({ peer: false, remoteSteps: null });
        return;
      }
      if (!sameTour(tour, msg.tour)) return;
      if (msg.kind === 'hello') {
        setStatus((s) => ({ ...s, peer: true }));
        post(true);
        return;
      }
      setStatus({ peer: true, remoteSteps: msg.role === 'audience' ? msg.steps : null });
      // Following the other window is not news to tell it: what this window shows after following
      // is recorded as already said. Only the audience's own measured steps may differ, and are sent.
      goToPosition({ chapter: clampChapter(msg.chapter, count), step: msg.step });
      const mine = position();
      last = `${mine.chapter}:${mine.step}:${role === 'audience' ? msg.steps : mine.steps}`;
      if (role === 'audience' && mine.steps !== msg.steps) post();
    };

    const unsubApp = useAppStore.subscribe((s, p) => {
      if (s.chapter !== p.chapter || s.part !== p.part) post();
    });
    const unsubStep = useStepStore.subscribe((s, p) => {
      if (s.steps !== p.steps) post();
    });
    channel.postMessage(helloMessage(me, role, tour));
    // The audience's window says where the talk is; a presenter view opening later asks (hello)
    // and follows, rather than pulling the talk back to the chapter in its own link.
    if (role === 'audience') post(true);
    const bye = () => channel.postMessage(byeMessage(me));
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      unsubApp();
      unsubStep();
      channel.close();
    };
  }, [role, count, tour]);

  return status;
}
