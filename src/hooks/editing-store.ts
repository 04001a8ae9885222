import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Editor } from '../domain/types';
import { EDITOR_STORAGE_KEY, updateModeSwitched } from './kept-update-mode';

// "Update figures" mode and who is editing, kept in this browser: a lead gives their name and
// organisation once, every change records them, and a reload keeps them in update mode.

interface EditingState {
  editMode: boolean;
  editor: Editor | null;
  actions: {
    editModeToggled: () => void;
    editorIdentified: (editor: Editor) => void;
    editorForgotten: () => void;
  };
}

const useEditingStore = create<EditingState>()(
  persist(
    (set) => ({
      editMode: false,
      editor: null,
      actions: {
        editModeToggled: () => set((s) => ({ editMode: !s.editMode })),
        editorIdentified: (editor) => set({ editor }),
        editorForgotten: () => set({ editor: null }),
      },
    }),
    // Update mode is kept too, so a reload in the middle of updating stays in it.
    { name: EDITOR_STORAGE_KEY, partialize: (s) => ({ editor: s.editor, editMode: s.editMode }) },
  ),
);

// The first view follows update mode without this store (kept-update-mode.ts): tell it of a switch.
useEditingStore.subscribe((state, previous) => {
  if (state.editMode !== previous.editMode) updateModeSwitched(state.editMode);
});

/** Update mode as kept in this browser; screens ask useUpdateMode, which a read-only source turns off. */
export const useStoredEditMode = () => useEditingStore((s) => s.editMode);
export const useEditor = () => useEditingStore((s) => s.editor);
export const useEditingActions = () => useEditingStore((s) => s.actions);
