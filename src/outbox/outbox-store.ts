import { create } from 'zustand';
import type { PendingChange } from '../domain/changes/pending-change';
import { asDefinition, asFramework, asSeriesChange, isDefinition, isFramework, type OutboxRecord, type PendingDefinition } from '../domain/changes/pending-definition';
import type { PendingFramework } from '../domain/changes/pending-framework';
import { newId } from '../lib/new-id';
import { createOutbox, type Outbox } from './outbox';
import { createOutboxStorage, withFallback } from './outbox-storage';
import { webLocks } from './tab-locks';

// The screens' mirror of the outbox: what IndexedDB holds, kept fresh by this tab's own writes
// and by every other tab's (BroadcastChannel). The outbox itself (outbox.ts) does the work.

interface OutboxView {
  changes: Record<string, OutboxRecord>;
  /** False until IndexedDB has been read: nothing is sent before, so nothing is sent twice. */
  loaded: boolean;
  /** Ids this tab is sending now. */
  sending: Record<string, true>;
  /** What the last save of each series did, for the person who made it: "Saved: …". */
  confirmations: Record<string, string>;
  /** Set when this browser cannot keep changes (IndexedDB blocked or full). */
  storageProblem?: string;
  unreadable: number;
}

export const STORAGE_PROBLEM =
  'This browser is not letting the dashboard keep unsaved changes (private browsing or full storage). Changes not yet saved will be lost if you close this tab.';

const useOutboxView = create<OutboxView>()(() => ({ changes: {}, loaded: false, sending: {}, confirmations: {}, unreadable: 0 }));

function mirror(id: string, record: OutboxRecord | undefined) {
  useOutboxView.setState((s) => {
    const { [id]: _old, ...others } = s.changes;
    return { changes: record ? { ...others, [id]: record } : others };
  });
}

const CHANNEL = 'ambitions-dashboard-outbox';
let channel: BroadcastChannel | undefined;
let outbox: Outbox | undefined;

/** This tab's outbox, made on first use, listening to the other tabs. */
export function theOutbox(): Outbox {
  if (outbox) return outbox;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  const made = createOutbox({
    storage: withFallback(createOutboxStorage(), () => useOutboxView.setState({ storageProblem: STORAGE_PROBLEM })),
    locks: webLocks(),
    newId,
    announce: (id) => channel?.postMessage({ id }),
    onRecord: mirror,
  });
  channel?.addEventListener('message', (event: MessageEvent<{ id?: unknown }>) => {
    if (typeof event.data?.id === 'string') void made.refresh(event.data.id).catch(() => undefined);
  });
  outbox = made;
  return made;
}

/** For tests: forget this tab's outbox (its channel closed), as a new page would. */
export function forgetOutbox() {
  channel?.close();
  channel = undefined;
  outbox = undefined;
}

export const outboxView = {
  loaded: (stored: { changes: OutboxRecord[]; unreadable: number }) =>
    // Anything this tab kept before the read finished is in storage too, so the read has it.
    useOutboxView.setState({ changes: Object.fromEntries(stored.changes.map((c) => [c.id, c])), loaded: true, unreadable: stored.unreadable }),
  sendStarted: (id: string) => useOutboxView.setState((s) => ({ sending: { ...s.sending, [id]: true } })),
  sendEnded: (id: string) =>
    useOutboxView.setState((s) => {
      const { [id]: _done, ...rest } = s.sending;
      return { sending: rest };
    }),
  confirmed: (id: string, message: string | undefined) =>
    useOutboxView.setState((s) => {
      const { [id]: _old, ...rest } = s.confirmations;
      return { confirmations: message ? { ...rest, [id]: message } : rest };
    }),
};

export const usePendingChanges = () => useOutboxView((s) => s.changes);
export const usePendingChange = (id: string): PendingChange | undefined => useOutboxView((s) => asSeriesChange(s.changes[id]));
export const usePendingDefinition = (id: string): PendingDefinition | undefined => useOutboxView((s) => asDefinition(s.changes[id]));
/** How many changes are waiting, across every series and definition: the number on the header's counter. */
export const usePendingFramework = (id: string): PendingFramework | undefined => useOutboxView((s) => asFramework(s.changes[id]));
export const usePendingEditCount = () =>
  useOutboxView((s) => Object.values(s.changes).reduce((n, c) => n + (isDefinition(c) ? 1 : isFramework(c) ? c.notes.length || 1 : c.edits.length), 0));
/** Being sent by this tab, or (as its record says) by another. */
export const useIsSending = (id: string) => useOutboxView((s) => Boolean(s.sending[id]));
export const useConfirmation = (id: string) => useOutboxView((s) => s.confirmations[id]);
export const usePendingLoaded = () => useOutboxView((s) => s.loaded);
export const usePendingStorageProblem = () => useOutboxView((s) => s.storageProblem);
export const useUnreadablePendingCount = () => useOutboxView((s) => s.unreadable);
/** For code that runs outside render: the latest state without subscribing. */
export const readOutboxView = () => useOutboxView.getState();
