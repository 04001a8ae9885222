import type { UseStore } from 'idb-keyval';

/** What one transaction writes: a value to put, or undefined to delete the key. */
export type Writes = Iterable<readonly [IDBValidKey, unknown]>;

/**
 * Reads `keys` (all of the store's keys too, when `withAllKeys`), works out what to write from
 * what it read, and writes it: all in one IndexedDB transaction, so no other tab's write can
 * fall between the read and the write, and a write that fails leaves everything as it was.
 * `decide` runs synchronously inside the transaction; if it throws, nothing is written and the
 * error is what the promise rejects with.
 */
export function readThenWrite<R>(
  store: UseStore,
  keys: readonly IDBValidKey[],
  decide: (values: unknown[], allKeys: IDBValidKey[]) => { writes: Writes; result: R },
  options: { withAllKeys?: boolean } = {},
): Promise<R> {
  return store('readwrite', (objects) => {
    const transaction = objects.transaction;
    return new Promise<R>((resolve, reject) => {
      let failure: unknown;
      let result: R;
      transaction.oncomplete = () => resolve(result);
      transaction.onabort = () => reject(failure ?? transaction.error ?? new Error('The storage transaction was aborted.'));
      transaction.onerror = () => {
        failure ??= transaction.error;
      };
      const values: unknown[] = new Array(keys.length);
      let allKeys: IDBValidKey[] = [];
      let left = keys.length + (options.withAllKeys ? 1 : 0);
      const decideAndWrite = () => {
        try {
          const decided = decide(values, allKeys);
          result = decided.result;
          for (const [key, value] of decided.writes) {
            if (value === undefined) objects.delete(key);
            else objects.put(value, key);
          }
        } catch (error) {
          failure = error;
          transaction.abort();
        }
      };
      const oneRead = () => {
        left -= 1;
        if (left === 0) decideAndWrite();
      };
      if (left === 0) decideAndWrite();
      keys.forEach((key, i) => {
        const request = objects.get(key);
        request.onsuccess = () => {
          values[i] = request.result;
          oneRead();
        };
      });
      if (options.withAllKeys) {
        const request = objects.getAllKeys();
        request.onsuccess = () => {
          allKeys = request.result;
          oneRead();
        };
      }
    });
  });
}
