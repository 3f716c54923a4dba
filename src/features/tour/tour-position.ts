// The step inside the current chapter and how many steps it has on this screen. Not in the URL
// (a reload opens the chapter at its start) and not in the app store: only the presenter, its
// caption card and the presenter view's window need it. The chapter itself stays in the app store.
import { create } from 'zustand';
import { useAppStore } from '../../store/app-store';
import type { TourPosition } from '../../lib/tour-nav';

interface StepState {
  /** 1-based; LAST_STEP stands for "the chapter's last step" until the chapter is measured. */
  step: number;
  /** Steps the current chapter needs on this screen (1 until measured). */
  steps: number;
  setSteps: (steps: number) => void;
}

export const useStepStore = create<StepState>()((set) => ({
  step: 1,
  steps: 1,
  setSteps: (steps) => set((s) => (s.steps === steps ? s : { steps })),
}));

/** Moves the tour to a chapter and step at once (the chapter through the app store, so the URL follows). */
export function goToPosition(to: TourPosition): void {
  const app = useAppStore.getState();
  useStepStore.setState({ step: to.step });
  if (app.chapter !== to.chapter) app.setChapter(to.chapter);
}
