import type { PendingState } from './pending-change';
import { rebaseFramework } from './rebase-framework';
import type { Editor, Framework, FrameworkChange } from '../types';

/**
 * An admin's changes to a partnership's set-up that the data source has not yet confirmed: kept in
 * the same outbox as figures and definitions, so they outlive a reload, a closed tab and a spell
 * offline, and meet a colleague's change as a conflict to choose from. Each change is made on the
 * proposal so far, so several made offline go together, described one by one.
 */
export interface PendingFramework {
  kind: 'framework';
  /** One per partnership: its framework key. */
  id: string;
  frameworkId: string;
  labels: { framework: string };
  /** The saved set-up the admin started from (for a new partnership, the proposal itself at version 0). */
  base: Framework;
  proposed: Framework;
  /** What each change did, in order: "Added the place Widnes". */
  notes: string[];
  editor: Editor;
  /** A partnership not yet created at the source. */
  creating?: boolean;
  state: FrameworkState;
  /** The save on its way, sent again exactly as it was (same change id) until the source answers. */
  sending?: { changeId: string; proposed: Framework; notes: string[] };
  updatedAt: string;
}

export type FrameworkState = Exclude<PendingState, { kind: 'conflict' }> | { kind: 'conflict'; current: Framework };

export const pendingFrameworkId = (frameworkId: string) => `${frameworkId}/framework`;

export interface FrameworkToQueue {
  /** The set-up as saved when the admin made the change; ignored when changes are already kept. */
  saved: Framework;
  /** From the set-up as the admin sees it (the kept proposal, else what is saved) to theirs. */
  update: (working: Framework) => Framework;
  note: string;
  editor: Editor;
  creating?: boolean;
  now: Date;
}

/** The set-up as the admin sees it: what they have proposed, else what is saved. */
export const workingFramework = (saved: Framework, pending: PendingFramework | undefined) => pending?.proposed ?? saved;

export function queueFramework(pending: PendingFramework | undefined, q: FrameworkToQueue): PendingFramework {
  const base = pending?.base ?? (q.creating ? { ...q.saved, version: 0 } : q.saved);
  const proposed = q.update(workingFramework(q.saved, pending));
  return {
    kind: 'framework',
    id: pendingFrameworkId(proposed.id),
    frameworkId: proposed.id,
    labels: { framework: proposed.shortName },
    base,
    proposed,
    notes: [...(pending?.notes ?? []), q.note],
    editor: q.editor,
    ...((pending?.creating ?? q.creating) ? { creating: true } : {}),
    // A conflict stays in front of the admin until they choose; anything else is sent again.
    state: pending?.state.kind === 'conflict' ? pending.state : { kind: 'waiting' },
    ...(pending?.sending ? { sending: pending.sending } : {}),
    updatedAt: q.now.toISOString(),
  };
}

export function withFrameworkBatch(pending: PendingFramework, changeId: string): PendingFramework {
  if (pending.sending) return pending;
  return { ...pending, sending: { changeId, proposed: pending.proposed, notes: pending.notes } };
}

export function frameworkChangeToSend(pending: PendingFramework): FrameworkChange {
  const batch = pending.sending ?? { proposed: pending.proposed, notes: pending.notes };
  return {
    baseVersion: pending.base.version ?? 0,
    framework: batch.proposed,
    editor: pending.editor,
    note: batch.notes.join('; ').slice(0, 3900),
    ...(pending.sending ? { changeId: pending.sending.changeId } : {}),
    ...(pending.creating ? { creating: true } : {}),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** After the source saved the batch: done, or the changes made since remain, on the saved version. */
export function afterFrameworkSaved(pending: PendingFramework, batch: NonNullable<PendingFramework['sending']>, saved: Framework, now: Date): PendingFramework | undefined {
  if (same(pending.proposed, batch.proposed)) return undefined;
  const { sending: _sent, creating: _created, ...rest } = pending;
  return {
    ...rest,
    base: saved,
    proposed: rebaseFramework(batch.proposed, pending.proposed, saved),
    notes: pending.notes.slice(batch.notes.length),
    state: { kind: 'waiting' },
    updatedAt: now.toISOString(),
  };
}

export function afterFrameworkFailed(pending: PendingFramework, state: FrameworkState, now: Date): PendingFramework {
  const { sending, ...rest } = pending;
  return { ...rest, ...(state.kind === 'waiting' && sending ? { sending } : {}), state, updatedAt: now.toISOString() };
}

/** "Apply mine to theirs": only what the admin changed, laid on the colleague's version, to be sent again. */
export function rebasePendingFramework(pending: PendingFramework, current: Framework, now: Date): PendingFramework {
  const { sending: _dropped, creating: _created, ...rest } = pending;
  return { ...rest, base: current, proposed: rebaseFramework(pending.base, pending.proposed, current), state: { kind: 'waiting' }, updatedAt: now.toISOString() };
}

/**
 * Whether the kept change only adds updates to actions: such a change meets a colleague's as an
 * addition to theirs, laid on it without asking (the update is the person's own words, unchanged,
 * and nothing of the colleague's is touched).
 */
export function onlyAddsActionUpdates(pending: PendingFramework): boolean {
  const strip = (f: Framework) =>
    JSON.stringify({
      ...f,
      version: undefined,
      ambitions: f.ambitions.map((a) => ({ ...a, actions: (a.actions ?? []).map((x) => ({ ...x, status: undefined, updates: undefined })) })),
    });
  if (strip(pending.base) !== strip(pending.proposed)) return false;
  const after = new Set(actionUpdateKeys(pending.proposed));
  return actionUpdateKeys(pending.base).every((key) => after.has(key));
}

/** Every update to every action, as "action/update" keys. */
export const actionUpdateKeys = (f: Framework) => f.ambitions.flatMap((a) => (a.actions ?? []).flatMap((x) => (x.updates ?? []).map((u) => `${x.id}/${u.id}`)));
