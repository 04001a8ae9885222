import { applyEdits, describeEdit, type PointEdit } from './apply-edit';
import { diffPoints } from './diff-points';
import type { DataPoint, Editor, Series, SeriesChange } from '../types';

/**
 * A lead's changes to one series that the data source has not yet confirmed. They are kept as
 * edits on top of the version the lead started from, so they can be sent again after a failed
 * save, a reload or a spell offline, and re-applied on top of a colleague's newer version.
 *
 * Every edit has its own id, and every change to the record is worked out from the record as
 * stored (not a tab's copy of it), so two tabs adding edits to one series keep both; a save
 * removes exactly the edits it carried, by id.
 */
export interface PendingChange {
  /** One pending change per series: its framework/indicator/place key. */
  id: string;
  frameworkId: string;
  indicatorId: string;
  placeId: string;
  /** What the lead saw, so the list of pending changes reads well without the framework loaded. */
  labels: { indicator: string; place: string; ambitionNumber: number };
  /** The saved series the edits were made on. */
  base: Series;
  edits: QueuedEdit[];
  editor: Editor;
  state: PendingState;
  /**
   * The save on its way (or whose reply never came): sent again exactly as it was, with the same
   * change id, until the source answers. The source recognises a change id it has already applied,
   * so a lost reply, a tab closed mid-save or two tabs sending at once never save it twice.
   */
  sending?: { changeId: string; editIds: string[] };
  /** ISO time of the last attempt or change. */
  updatedAt: string;
}

export interface QueuedEdit {
  /** Unique to this edit, across tabs: what a save removes once the source has it. */
  id: string;
  edit: PointEdit;
  note?: string;
  /** ISO time the lead made the edit. */
  at: string;
}

export type PendingState =
  /** Not sent yet, or the last attempt did not reach the source: sent again when it can be. */
  | { kind: 'waiting'; problem?: string }
  /** A colleague saved first: the lead must choose; never sent again on its own. */
  | { kind: 'conflict'; current: Series }
  /** The source refused it (e.g. invalid): the lead must correct or discard it. */
  | { kind: 'rejected'; problem: string };

export interface EditToQueue {
  /** A fresh unique id for this edit. */
  editId: string;
  frameworkId: string;
  labels: PendingChange['labels'];
  /** The saved series as the lead saw it; ignored when changes to it are already pending. */
  saved: Series;
  edit: PointEdit;
  note?: string;
  editor: Editor;
  now: Date;
}

export function pendingChangeId(frameworkId: string, indicatorId: string, placeId: string): string {
  return `${frameworkId}/${indicatorId}/${placeId}`;
}

/** Adds an edit to what is pending for its series, starting a pending change if there is none. */
export function queueEdit(pending: PendingChange | undefined, e: EditToQueue): PendingChange {
  const queued: QueuedEdit = { id: e.editId, edit: e.edit, at: e.now.toISOString(), ...(e.note ? { note: e.note } : {}) };
  if (pending) {
    // A rejected change stays rejected until sent again; a new edit may well be its correction.
    const state: PendingState = pending.state.kind === 'conflict' ? pending.state : { kind: 'waiting' };
    return { ...pending, edits: [...pending.edits, queued], editor: e.editor, state, updatedAt: queued.at };
  }
  return {
    id: pendingChangeId(e.frameworkId, e.saved.indicatorId, e.saved.placeId),
    frameworkId: e.frameworkId,
    indicatorId: e.saved.indicatorId,
    placeId: e.saved.placeId,
    labels: e.labels,
    base: e.saved,
    edits: [queued],
    editor: e.editor,
    state: { kind: 'waiting' },
    updatedAt: queued.at,
  };
}

/** The points with every pending edit applied, in order. */
export function pointsAfter(base: readonly DataPoint[], edits: readonly Pick<QueuedEdit, 'edit'>[]): DataPoint[] {
  return applyEdits(
    base,
    edits.map((q) => q.edit),
  );
}

/** The lead's working figures: what is saved, with what they have not yet had confirmed on top. */
export function workingPoints(saved: Series | undefined, pending: PendingChange | undefined): DataPoint[] | undefined {
  return pending ? pointsAfter(pending.base.points, pending.edits) : saved?.points;
}

/** The edits the save on its way carries (all of them when none is on its way). */
function editsInBatch(pending: PendingChange): QueuedEdit[] {
  if (!pending.sending) return pending.edits;
  const ids = new Set(pending.sending.editIds);
  return pending.edits.filter((q) => ids.has(q.id));
}

/**
 * Fixes what the next save carries: the save already on its way if there is one (so a retry is
 * the same change, with the same id), else every edit pending now under a new change id.
 */
export function withBatch(pending: PendingChange, newChangeId: string): PendingChange {
  if (pending.sending && editsInBatch(pending).length > 0) return pending;
  return { ...pending, sending: { changeId: newChangeId, editIds: pending.edits.map((q) => q.id) } };
}

/** What to send to the data source: the batch's edits applied to the version the lead started from. */
export function changeToSend(pending: PendingChange): SeriesChange {
  const batch = editsInBatch(pending);
  // An import gives every row the same note; say it once.
  const notes = [...new Set(batch.flatMap((q) => (q.note ? [q.note] : [])))];
  return {
    baseVersion: pending.base.version,
    points: pointsAfter(pending.base.points, batch),
    editor: pending.editor,
    ...(pending.sending ? { changeId: pending.sending.changeId } : {}),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/**
 * After the source saved `batch` (whose edits made `sentPoints`): the edits it carried go, by id.
 * Any made while it was on its way remain: on the saved version when that is exactly what the batch
 * made; when it is not (a retry answered with a version a colleague has changed since), the lead
 * chooses, as in any conflict.
 */
export function afterSave(
  pending: PendingChange,
  batch: NonNullable<PendingChange['sending']>,
  sentPoints: readonly DataPoint[],
  saved: Series,
  now: Date,
): PendingChange | undefined {
  const sent = new Set(batch.editIds);
  const rest = pending.edits.filter((q) => !sent.has(q.id));
  if (rest.length === 0) return undefined;
  const { sending: _sent, ...unsent } = pending;
  const updatedAt = now.toISOString();
  if (diffPoints(saved.points, sentPoints).length === 0) return { ...unsent, base: saved, edits: rest, state: { kind: 'waiting' }, updatedAt };
  return { ...unsent, base: { ...pending.base, points: [...sentPoints] }, edits: rest, state: { kind: 'conflict', current: saved }, updatedAt };
}

/**
 * After a failed save. When the reply may simply not have come back (waiting), the batch stays as
 * it was, to be sent again with the same id; a conflict or a refusal means the source did not
 * apply it, so the next save is made afresh from every edit.
 */
export function afterFailure(pending: PendingChange, state: PendingState, now: Date): PendingChange {
  const { sending, ...rest } = pending;
  return { ...rest, ...(state.kind === 'waiting' && sending ? { sending } : {}), state, updatedAt: now.toISOString() };
}

/** "Apply mine to theirs": the same edits, now based on the colleague's saved version. */
export function rebaseOnto(pending: PendingChange, current: Series, now: Date): PendingChange {
  const { sending: _dropped, ...rest } = pending;
  return { ...rest, base: current, state: { kind: 'waiting' }, updatedAt: now.toISOString() };
}

/** The record without the edits the lead discarded (those they saw); undefined when none is left. */
export function withoutEdits(pending: PendingChange, editIds: readonly string[]): PendingChange | undefined {
  const gone = new Set(editIds);
  const edits = pending.edits.filter((q) => !gone.has(q.id));
  if (edits.length === 0) return undefined;
  const { sending: _dropped, ...rest } = pending;
  return { ...rest, edits };
}

/** e.g. "add 10.4 for 2023-25; delete the 2016-18 figure". */
export function describePending(pending: Pick<PendingChange, 'edits'>): string {
  return pending.edits.map((q) => describeEdit(q.edit)).join('; ');
}
