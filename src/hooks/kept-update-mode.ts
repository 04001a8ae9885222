import { useSyncExternalStore } from 'react';

// Update mode and who is editing are kept in localStorage under this key, in zustand's persist
// format ({ state: { editMode, editor }, version }). Read here without the store, so the first view,
// which only needs to know whether this browser is in update mode, carries no zustand.
export const EDITOR_STORAGE_KEY = 'ambitions-dashboard:editor';

/** Whether this browser is in update mode, as kept (a lead's tab, reopened, or just switched on). */
export function keptInUpdateMode(): boolean {
  try {
    const kept = JSON.parse(globalThis.localStorage?.getItem(EDITOR_STORAGE_KEY) ?? 'null') as { state?: { editMode?: unknown } } | null;
    return kept?.state?.editMode === true;
  } catch {
    return false;
  }
}

const listeners = new Set<() => void>();
/** As the editing store last said, or as kept when it has said nothing yet (read once). */
let current: boolean | undefined;

/** Called by the editing store when update mode is switched, so readers here hear of it. */
export function updateModeSwitched(on: boolean): void {
  current = on;
  for (const listener of listeners) listener();
}

/** Update mode, following changes made in this tab; off while a page drawn at build time is taken over. */
export function useKeptUpdateMode(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => (current ??= keptInUpdateMode()),
    () => false,
  );
}

/** Forgets what the editing store said, as a new page would (tests share one module graph per worker). */
export function forgetUpdateMode(): void {
  current = undefined;
}
