import { create } from 'zustand';

// What the presenter is doing right now, not worth a URL: the screen blanked (B), the timer paused.

interface PresenterState {
  blanked: boolean;
  paused: boolean;
  actions: {
    blankToggled: () => void;
    pauseToggled: () => void;
    presenterLeft: () => void;
  };
}

const usePresenterStore = create<PresenterState>()((set) => ({
  blanked: false,
  paused: false,
  actions: {
    blankToggled: () => set((s) => ({ blanked: !s.blanked })),
    pauseToggled: () => set((s) => ({ paused: !s.paused })),
    presenterLeft: () => set({ blanked: false, paused: false }),
  },
}));

export const useBlanked = () => usePresenterStore((s) => s.blanked);
export const usePaused = () => usePresenterStore((s) => s.paused);
export const usePresenterActions = () => usePresenterStore((s) => s.actions);
