// Where the tour is inside a chapter. The part shown (`part`, 1-based) is in the app store and the
// URL, so a reload or a link keeps the presenter's place; how many parts the current chapter needs
// on this screen is measured by the caption card and kept here: only the presenter, its caption
// card and the presenter view's window need it, and it is not the reader's state.
import { create } from 'zustand';
import { useAppStore } from '../../store/app-store';
import type { TourPosition } from '../../lib/tour-nav';

interface StepState {
  /** Steps the current chapter needs on this screen (1 until measured). */
  steps: number;
  setSteps: (steps: number) => void;
}

export const useStepStore = create<StepState>()((set) => ({
  steps: 1,
  setSteps: (steps) => set((s) => (s.steps === steps ? s : { steps })),
}));

/** The part asked for (LAST_STEP stands for "the chapter's last part" until the chapter is measured). */
export function useStep(): number {
  return useAppStore((s) => s.part);
}

export function currentStep(): number {
  return useAppStore.getState().part;
}

/** Moves the tour to a chapter and part at once, so the URL and the other window see one move. */
export function goToPosition(to: TourPosition): void {
  const app = useAppStore.getState();
  if (app.chapter !== to.chapter || app.part !== to.step) useAppStore.setState({ chapter: to.chapter, part: to.step });
}
