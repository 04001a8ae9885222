import { clear, createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { pendingChangeSchema } from '../../../api/pending-change-schema';
import type { PendingChange } from '../../../domain/pending-change';

// Pending changes live in IndexedDB, one record per series, so they outlive a reload, a closed
// tab and a spell offline. idb-keyval is the whole wrapper; a database of its own keeps it apart
// from anything else this origin stores.

let store: UseStore | undefined;
const pendingStore = () => (store ??= createStore('ambitions-dashboard-pending', 'changes'));

export interface StoredPending {
  changes: PendingChange[];
  /** Records that could not be read back (e.g. written by an older version); left in place, not deleted. */
  unreadable: number;
}

export async function readPendingChanges(): Promise<StoredPending> {
  const all = await entries<string, unknown>(pendingStore());
  const changes: PendingChange[] = [];
  let unreadable = 0;
  for (const [, value] of all) {
    const parsed = pendingChangeSchema.safeParse(value);
    if (parsed.success) changes.push(parsed.data);
    else unreadable += 1;
  }
  return { changes, unreadable };
}

export const writePendingChange = (change: PendingChange) => set(change.id, change, pendingStore());

export const deletePendingChange = (id: string) => del(id, pendingStore());

/** For tests: an empty store, as on a new device. */
export const clearPendingChanges = () => clear(pendingStore());
