import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { PointInput } from '../../domain/rules/validate-point';

// A figure being typed but not yet saved, per series, kept in this tab's sessionStorage so a
// reload brings the open form back with what was typed. (Once saved, the pending queue keeps it.)

export interface PointDraft {
  /** The period being corrected; absent when adding a figure. */
  correcting?: string;
  input?: PointInput;
  note?: string;
}

interface DraftState {
  drafts: Record<string, PointDraft>;
  actions: {
    draftOpened: (seriesId: string, correcting?: string) => void;
    draftTyped: (seriesId: string, input: PointInput, note: string) => void;
    draftClosed: (seriesId: string) => void;
  };
}

const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      actions: {
        draftOpened: (seriesId, correcting) => set((s) => ({ drafts: { ...s.drafts, [seriesId]: correcting ? { correcting } : {} } })),
        draftTyped: (seriesId, input, note) => set((s) => ({ drafts: { ...s.drafts, [seriesId]: { ...s.drafts[seriesId], input, note } } })),
        draftClosed: (seriesId) =>
          set((s) => {
            const { [seriesId]: _closed, ...rest } = s.drafts;
            return { drafts: rest };
          }),
      },
    }),
    { name: 'ambitions-dashboard:drafts', storage: createJSONStorage(() => sessionStorage), partialize: (s) => ({ drafts: s.drafts }) },
  ),
);

export const useDraft = (seriesId: string): PointDraft | undefined => useDraftStore((s) => s.drafts[seriesId]);
export const useDraftActions = () => useDraftStore((s) => s.actions);
