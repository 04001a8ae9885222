import { create } from 'zustand';
import { afterSave, pendingChangeId, queueEdit, rebaseOnto, type EditToQueue, type PendingChange, type PendingState } from '../../../domain/pending-change';
import type { Series } from '../../../domain/types';
import { deletePendingChange, writePendingChange, type StoredPending } from './pending-storage';

// The changes this browser holds that the data source has not confirmed. IndexedDB is the record
// (pending-storage.ts); this store mirrors it for the screens, and every action writes through.

interface PendingState_ {
  changes: Record<string, PendingChange>;
  /** False until IndexedDB has been read: nothing is sent before, so nothing is sent twice. */
  loaded: boolean;
  /** Ids being sent now. */
  sending: Record<string, true>;
  /** What the last save of each series did, for the person who made it: "Saved: …". */
  confirmations: Record<string, string>;
  /** Set when this browser cannot keep changes (IndexedDB blocked or full). */
  storageProblem?: string;
  unreadable: number;
  actions: {
    pendingLoaded: (stored: StoredPending | 'storage-unavailable') => void;
    editQueued: (edit: Omit<EditToQueue, 'now'>) => PendingChange;
    sendStarted: (id: string) => void;
    saveConfirmed: (id: string, sentCount: number, saved: Series, confirmation: string) => PendingChange | undefined;
    saveFailed: (id: string, state: PendingState) => void;
    mineAppliedToTheirs: (id: string, current: Series) => void;
    changeDiscarded: (id: string, confirmation: string) => void;
  };
}

const STORAGE_PROBLEM =
  'This browser is not letting the dashboard keep unsaved changes (private browsing or full storage). Changes not yet saved will be lost if you close this tab.';

const usePendingStore = create<PendingState_>()((set, get) => {
  /** Puts a change (or its removal) in the store and in IndexedDB. */
  function keep(id: string, change: PendingChange | undefined, extra: Partial<PendingState_> = {}) {
    const { [id]: _old, ...others } = get().changes;
    const { [id]: _sending, ...stillSending } = get().sending;
    set({ changes: change ? { ...others, [id]: change } : others, sending: stillSending, ...extra });
    const written = change ? writePendingChange(change) : deletePendingChange(id);
    written.catch(() => set({ storageProblem: STORAGE_PROBLEM }));
  }

  return {
    changes: {},
    loaded: false,
    sending: {},
    confirmations: {},
    unreadable: 0,
    actions: {
      pendingLoaded: (stored) => {
        if (stored === 'storage-unavailable') return set({ loaded: true, storageProblem: STORAGE_PROBLEM });
        // Anything queued before the read finished wins over an older copy of the same series.
        const loaded = Object.fromEntries(stored.changes.map((c) => [c.id, c]));
        set((s) => ({ changes: { ...loaded, ...s.changes }, loaded: true, unreadable: stored.unreadable }));
      },
      editQueued: (edit) => {
        const existing = get().changes[pendingChangeId(edit.frameworkId, edit.saved.indicatorId, edit.saved.placeId)];
        const change = queueEdit(existing, { ...edit, now: new Date() });
        const { [change.id]: _done, ...confirmations } = get().confirmations;
        keep(change.id, change, { confirmations, sending: get().sending });
        return change;
      },
      sendStarted: (id) => set((s) => ({ sending: { ...s.sending, [id]: true } })),
      saveConfirmed: (id, sentCount, saved, confirmation) => {
        const change = get().changes[id];
        const rest = change && afterSave(change, sentCount, saved, new Date());
        keep(id, rest, { confirmations: { ...get().confirmations, [id]: confirmation } });
        return rest;
      },
      saveFailed: (id, state) => {
        const change = get().changes[id];
        if (change) keep(id, { ...change, state, updatedAt: new Date().toISOString() });
      },
      mineAppliedToTheirs: (id, current) => {
        const change = get().changes[id];
        if (change) keep(id, rebaseOnto(change, current, new Date()));
      },
      changeDiscarded: (id, confirmation) => keep(id, undefined, { confirmations: { ...get().confirmations, [id]: confirmation } }),
    },
  };
});

export const usePendingChanges = () => usePendingStore((s) => s.changes);
export const usePendingChange = (id: string): PendingChange | undefined => usePendingStore((s) => s.changes[id]);
/** How many edits are waiting, across every series: the number on the header's counter. */
export const usePendingEditCount = () => usePendingStore((s) => Object.values(s.changes).reduce((n, c) => n + c.edits.length, 0));
export const useIsSending = (id: string) => usePendingStore((s) => Boolean(s.sending[id]));
export const useConfirmation = (id: string) => usePendingStore((s) => s.confirmations[id]);
export const usePendingLoaded = () => usePendingStore((s) => s.loaded);
export const usePendingStorageProblem = () => usePendingStore((s) => s.storageProblem);
export const useUnreadablePendingCount = () => usePendingStore((s) => s.unreadable);
export const usePendingActions = () => usePendingStore((s) => s.actions);
/** For code that runs outside render (the sender): the latest state without subscribing. */
export const readPendingState = () => usePendingStore.getState();
