import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Editor } from '../../domain/types';

// "Update figures" mode and who is editing. The mode is per visit; the name and organisation are
// kept in this browser so a lead gives them once, and every change records them.

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
    { name: 'ambitions-dashboard:editor', partialize: (s) => ({ editor: s.editor }) },
  ),
);

export const useEditMode = () => useEditingStore((s) => s.editMode);
export const useEditor = () => useEditingStore((s) => s.editor);
export const useEditingActions = () => useEditingStore((s) => s.actions);
