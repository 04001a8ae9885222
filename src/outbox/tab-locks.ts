/**
 * One sender per series across every tab of this browser: the Web Locks API where there is one
 * (every current browser), else a lock within this tab only. A tab that finds the lock held leaves
 * the sending to the tab holding it; the change ids make even an overlap harmless.
 */
export interface TabLocks {
  /** Runs `task` holding the lock, or returns 'busy' at once when another holder has it. */
  ifFree<T>(name: string, task: () => Promise<T>): Promise<T | 'busy'>;
}

export function webLocks(locks: LockManager | undefined = globalThis.navigator?.locks): TabLocks {
  if (locks) {
    return {
      ifFree: <T>(name: string, task: () => Promise<T>) =>
        locks.request(name, { ifAvailable: true }, async (lock): Promise<T | 'busy'> => (lock ? task() : 'busy')) as Promise<T | 'busy'>,
    };
  }
  return inTabLocks();
}

/** Locks held within one tab (or one test's "tab"). */
export function inTabLocks(): TabLocks {
  const held = new Set<string>();
  return {
    async ifFree(name, task) {
      if (held.has(name)) return 'busy';
      held.add(name);
      try {
        return await task();
      } finally {
        held.delete(name);
      }
    },
  };
}
