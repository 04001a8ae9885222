import { pendingFrameworkId, workingFramework, type PendingFramework } from '../../domain/changes/pending-framework';
import type { Framework } from '../../domain/types';
import { useCurrentEditor } from '../../hooks/use-current-editor';
import { useConfirmation, useIsSending, usePendingFramework } from '../../outbox/outbox-store';
import { useOutboxActions, useQueueFramework, useSendPendingFramework } from '../../outbox/use-outbox';
import type { SendOutcome } from '../../outbox/outbox';

export interface SetupConflict {
  /** The set-up the admin started from, theirs so far, and the colleague's saved version. */
  base: Framework;
  mine: Framework;
  theirs: Framework;
  note: string;
}

/**
 * Changes to a partnership's set-up go through the same outbox as figures: each is kept in this
 * browser first (through a reload, a closed tab or a spell offline), sent, and recorded in the
 * history with what it did ("Added the place Widnes"). Changes made while earlier ones wait are
 * made on them. A colleague's change in between is never overwritten: the admin sees theirs and
 * chooses.
 */
export function useSetupChange(saved: Framework) {
  const id = pendingFrameworkId(saved.id);
  const pending = usePendingFramework(id);
  const sending = useIsSending(id);
  const confirmation = useConfirmation(id);
  const queue = useQueueFramework();
  const send = useSendPendingFramework();
  const { discardFramework, rebaseFramework } = useOutboxActions();
  const editor = useCurrentEditor();
  const conflict: SetupConflict | null =
    pending?.state.kind === 'conflict' ? { base: pending.base, mine: pending.proposed, theirs: pending.state.current, note: pending.notes.join('; ') } : null;

  async function keep(note: string, update: (f: Framework) => Framework, creating = false): Promise<SendOutcome | undefined> {
    if (!editor) return undefined;
    const kept = await queue({ frameworkId: update(saved).id, saved, update, note, editor, ...(creating ? { creating: true } : {}) });
    return send(kept.id);
  }

  return {
    editor,
    /** The set-up as the admin sees it: what they have proposed on top of what is saved. */
    working: workingFramework(saved, pending),
    pending,
    saving: sending,
    saved: confirmation,
    conflict,
    /** Keeps the change and sends it; resolves true once it is kept (the outbox sends it on). */
    change: async (note: string, update: (f: Framework) => Framework) => (await keep(note, update)) !== undefined,
    /** As change, resolving how the first send went ('saved', 'waiting'…), or undefined when nothing was kept. */
    changeAndSend: (note: string, update: (f: Framework) => Framework) => keep(note, update),
    /** A new partnership: resolves how the first send went, so the page opens it only once it exists. */
    create: (created: Framework, note: string) => keep(note, () => created, true),
    applyMine: async () => {
      if (pending?.state.kind !== 'conflict') return;
      await rebaseFramework(id, pending.state.current);
      await send(id);
    },
    keepTheirs: () => discardFramework(id, 'Your changes were dropped; the set-up as your colleague saved it is shown.'),
    dropKept: () => discardFramework(id, 'Your changes that were not saved are dropped.'),
    sendAgain: () => send(id),
  };
}

export type SetupChange = ReturnType<typeof useSetupChange>;
export type { PendingFramework };
