import { useState } from 'react';
import { DataSourceError } from '../../api/errors';
import { useSaveFramework, useShowFramework } from '../../api/frameworks';
import { rebaseFramework } from '../../domain/rebase-framework';
import type { Framework } from '../../domain/types';
import { useCurrentEditor } from '../../hooks/use-current-editor';
import { newId } from '../../lib/new-id';

export interface SetupConflict {
  /** The framework the admin started from, their change and the colleague's saved version. */
  base: Framework;
  mine: Framework;
  theirs: Framework;
  note: string;
}

/**
 * One change to a partnership's set-up, saved at once and recorded with what it did ("Added the
 * place Widnes"). A colleague's change in between is never overwritten: the admin sees theirs and
 * chooses. A failed save keeps the form's input for another try.
 */
export function useSetupChange(framework: Framework) {
  const save = useSaveFramework();
  const show = useShowFramework();
  const editor = useCurrentEditor();
  const [conflict, setConflict] = useState<SetupConflict | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  async function send(base: Framework, mine: Framework, note: string, creating = false): Promise<boolean> {
    if (!editor) return false;
    setProblem(null);
    try {
      await save.mutateAsync({
        frameworkId: mine.id,
        change: { baseVersion: base.version ?? 0, framework: mine, editor, note, changeId: newId(), ...(creating ? { creating: true } : {}) },
      });
      setConflict(null);
      setSaved(note);
      return true;
    } catch (error) {
      if (error instanceof DataSourceError && error.kind === 'conflict' && error.details.currentFramework) {
        setConflict({ base, mine, theirs: error.details.currentFramework, note });
        if (!creating) show(error.details.currentFramework);
      } else {
        setProblem(error);
      }
      return false;
    }
  }

  return {
    editor,
    saving: save.isPending,
    saved,
    problem,
    conflict,
    /** Saves `update` applied to the framework as shown; resolves whether it was saved. */
    change: (note: string, update: (f: Framework) => Framework) => {
      setSaved(null);
      return send(framework, update(framework), note);
    },
    /** A new partnership; refused as a conflict when its address is taken. */
    create: (created: Framework, note: string) => {
      setSaved(null);
      return send({ ...created, version: 0 }, created, note, true);
    },
    /** Only what the admin changed, laid on the colleague's version, then saved. */
    applyMine: () => conflict && send(conflict.theirs, rebaseFramework(conflict.base, conflict.mine, conflict.theirs), conflict.note),
    keepTheirs: () => {
      setConflict(null);
      setSaved(null);
    },
  };
}

export type SetupChange = ReturnType<typeof useSetupChange>;
