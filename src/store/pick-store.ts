// Whether the next map click places the proximity origin. Transient (never in a link), so it lives
// in its own tiny store instead of the app store.
import { create } from 'zustand';

export const usePickStore = create<{ picking: boolean; setPicking: (picking: boolean) => void }>()((set) => ({
  picking: false,
  setPicking: (picking) => set({ picking }),
}));
