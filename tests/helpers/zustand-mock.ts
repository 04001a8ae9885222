// Zustand's documented testing pattern: every store made in a test run is put back to its initial
// state after each test, so one test's edit mode or editor never leaks into the next.
import { act } from '@testing-library/react';
import type * as Zustand from 'zustand';
import { forgetUpdateMode } from '../../src/hooks/kept-update-mode';

const resets = new Set<() => void>();
type Rehydratable = { persist?: { rehydrate: () => Promise<void> | void } };
const stores = new Set<Rehydratable>();

export function withResets(create: typeof Zustand.create): typeof Zustand.create {
  const createUncurried = <T>(creator: Zustand.StateCreator<T>) => {
    const store = create(creator);
    const initial = store.getInitialState();
    resets.add(() => store.setState(initial, true));
    stores.add(store as unknown as Rehydratable);
    return store;
  };
  return (<T>(creator?: Zustand.StateCreator<T>) => (creator ? createUncurried(creator) : createUncurried)) as typeof Zustand.create;
}

export function resetAllStores() {
  act(() => resets.forEach((reset) => reset()));
}

/**
 * What a reload does to the stores: memory is gone, browser storage stays, and persisted stores
 * read it back. (Putting stores back to their initial state writes that state to storage, so the
 * storage is copied first and restored before reading.)
 */
export async function simulateReload() {
  const copy = (storage: Storage) => Object.fromEntries(Object.keys(storage).map((k) => [k, storage.getItem(k)!]));
  const local = copy(localStorage);
  const session = copy(sessionStorage);
  resetAllStores();
  forgetUpdateMode();
  for (const [storage, saved] of [
    [localStorage, local],
    [sessionStorage, session],
  ] as const) {
    storage.clear();
    for (const [k, v] of Object.entries(saved)) storage.setItem(k, v);
  }
  await act(async () => {
    await Promise.all([...stores].map((s) => s.persist?.rehydrate()));
  });
}
