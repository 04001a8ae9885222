import { clear, createStore, entries, get, type UseStore } from 'idb-keyval';
import type { OutboxRecord } from '../domain/changes/pending-definition';
import { readThenWrite } from '../lib/idb-transaction';
import { readOutboxRecord } from './outbox-record-schema';

/**
 * Where kept changes live: one record per series, in IndexedDB, so they outlive a reload, a closed
 * tab and a spell offline. Every change to a record is worked out from the record as stored, inside
 * one transaction: two tabs adding edits to the same series both keep theirs.
 */
export interface OutboxStorage {
  readAll(): Promise<{ changes: OutboxRecord[]; unreadable: number }>;
  read(id: string): Promise<OutboxRecord | undefined>;
  /** Applies `update` to the stored record atomically; returns what is stored after it (undefined: removed). */
  change(id: string, update: (stored: OutboxRecord | undefined) => OutboxRecord | undefined): Promise<OutboxRecord | undefined>;
}

export const OUTBOX_DATABASE = 'ambitions-dashboard-pending';

export function createOutboxStorage(databaseName = OUTBOX_DATABASE): OutboxStorage {
  let store: UseStore | undefined;
  // Opened on first use: a page that never edits never opens it.
  const opened = () => (store ??= createStore(databaseName, 'changes'));
  return {
    async readAll() {
      const changes: OutboxRecord[] = [];
      let unreadable = 0;
      for (const [, value] of await entries<string, unknown>(opened())) {
        const read = readOutboxRecord(value);
        if (read) changes.push(read);
        else unreadable += 1;
      }
      return { changes, unreadable };
    },
    read: async (id) => readOutboxRecord(await get(id, opened())),
    change: (id, update) =>
      readThenWrite(opened(), [id], ([raw]) => {
        // A record this version cannot read is left exactly as it is.
        if (raw !== undefined && !readOutboxRecord(raw)) return { writes: [], result: undefined };
        const next = update(raw === undefined ? undefined : readOutboxRecord(raw));
        return { writes: [[id, next]], result: next };
      }),
  };
}

/** For tests: an empty store, as on a new device. */
export const clearOutboxStorage = (databaseName = OUTBOX_DATABASE) => clear(createStore(databaseName, 'changes'));

/** Kept in this tab only: where changes go when the browser will not keep them (the header says so). */
export function createMemoryOutboxStorage(initial: readonly OutboxRecord[] = []): OutboxStorage {
  const records = new Map(initial.map((c) => [c.id, c]));
  return {
    readAll: async () => ({ changes: [...records.values()], unreadable: 0 }),
    read: async (id) => records.get(id),
    async change(id, update) {
      const next = update(records.get(id));
      if (next) records.set(id, next);
      else records.delete(id);
      return next;
    },
  };
}

/**
 * IndexedDB while it works; from its first failure (private browsing, a full disk), this tab's
 * memory, starting from what was last read, with `onFailure` told so the person sees it.
 */
export function withFallback(primary: OutboxStorage, onFailure: () => void): OutboxStorage {
  let fallback: OutboxStorage | undefined;
  const known = new Map<string, OutboxRecord>();
  const remember = (id: string, record: OutboxRecord | undefined) => (record ? known.set(id, record) : known.delete(id));
  function failed(): OutboxStorage {
    if (!fallback) {
      fallback = createMemoryOutboxStorage([...known.values()]);
      onFailure();
    }
    return fallback;
  }
  return {
    async readAll() {
      if (fallback) return fallback.readAll();
      try {
        const all = await primary.readAll();
        for (const c of all.changes) remember(c.id, c);
        return all;
      } catch {
        return failed().readAll();
      }
    },
    async read(id) {
      if (fallback) return fallback.read(id);
      try {
        const record = await primary.read(id);
        remember(id, record);
        return record;
      } catch {
        return failed().read(id);
      }
    },
    async change(id, update) {
      if (fallback) return fallback.change(id, update);
      try {
        const record = await primary.change(id, update);
        remember(id, record);
        return record;
      } catch {
        return failed().change(id, update);
      }
    },
  };
}
