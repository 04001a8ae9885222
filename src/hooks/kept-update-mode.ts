// Update mode and who is editing are kept in localStorage under this key, in zustand's persist
// format ({ state: { editMode, editor }, version }). Read here without the store, so the first view,
// which only needs to know whether this browser was left in update mode, carries no zustand.
export const EDITOR_STORAGE_KEY = 'ambitions-dashboard:editor';

/** Whether this browser was left in update mode (a lead's tab, reopened). */
export function keptInUpdateMode(): boolean {
  try {
    const kept = JSON.parse(globalThis.localStorage?.getItem(EDITOR_STORAGE_KEY) ?? 'null') as { state?: { editMode?: unknown } } | null;
    return kept?.state?.editMode === true;
  } catch {
    return false;
  }
}
