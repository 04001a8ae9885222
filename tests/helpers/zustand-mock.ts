// Zustand's documented testing pattern: every store made in a test run is put back to its initial
// state after each test, so one test's edit mode or editor never leaks into the next.
import { act } from '@testing-library/react';
import type * as Zustand from 'zustand';

const resets = new Set<() => void>();

export function withResets(create: typeof Zustand.create): typeof Zustand.create {
  const createUncurried = <T,>(creator: Zustand.StateCreator<T>) => {
    const store = create(creator);
    const initial = store.getInitialState();
    resets.add(() => store.setState(initial, true));
    return store;
  };
  return (<T,>(creator?: Zustand.StateCreator<T>) => (creator ? createUncurried(creator) : createUncurried)) as typeof Zustand.create;
}

export function resetAllStores() {
  act(() => resets.forEach((reset) => reset()));
}
