import { diffFramework, withFrameworkOf } from './diff-framework';
import type { Editor, Framework, FrameworkHistoryEntry, FrameworkSummary } from './types';

/** A partnership as the home page lists it. */
export function frameworkSummary(f: Framework): FrameworkSummary {
  return {
    id: f.id,
    name: f.name,
    shortName: f.shortName,
    ...(f.note ? { note: f.note } : {}),
    ...(f.example ? { example: true } : {}),
    places: f.places.length,
    ambitions: f.ambitions.length,
    ...(f.terms ? { terms: f.terms } : {}),
  };
}

export interface AcceptedChange {
  /** The history entry's id, from the version the change makes. */
  entryId: (version: number) => string;
  at: string;
  editor: Editor;
  note?: string;
  changeId?: string;
}

/**
 * What every store keeps when it accepts a change to a set-up (the version rule already checked):
 * the framework at its next version (a new one at 0) and the history entry saying what changed.
 */
export function acceptFrameworkChange(current: Framework | undefined, proposed: Framework, meta: AcceptedChange): { framework: Framework; entry: FrameworkHistoryEntry } {
  // A new partnership is compared with nothing: every part of it is "added".
  const before = current ?? { ...proposed, name: '', shortName: '', source: '', places: [], ambitions: [], programmes: [], version: -1 };
  const framework = withFrameworkOf(before, proposed);
  const entry: FrameworkHistoryEntry = {
    id: meta.entryId(framework.version!),
    at: meta.at,
    editor: meta.editor,
    version: framework.version!,
    changes: diffFramework(before, framework),
    ...(meta.note ? { note: meta.note } : {}),
    ...(meta.changeId ? { changeId: meta.changeId } : {}),
  };
  return { framework, entry };
}
