import { applyEdit, describeEdit, type PointEdit } from './apply-edit';
import type { DataPoint, Editor, Series, SeriesChange } from './types';

/**
 * A lead's changes to one series that the data source has not yet confirmed. They are kept as
 * edits on top of the version the lead started from, so they can be sent again after a failed
 * save, a reload or a spell offline, and re-applied on top of a colleague's newer version.
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
  /** ISO time of the last attempt or change. */
  updatedAt: string;
}

export interface QueuedEdit {
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
  const queued: QueuedEdit = { edit: e.edit, at: e.now.toISOString(), ...(e.note ? { note: e.note } : {}) };
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
export function pointsAfter(base: readonly DataPoint[], edits: readonly QueuedEdit[]): DataPoint[] {
  return edits.reduce<DataPoint[]>((points, q) => applyEdit(points, q.edit), [...base]);
}

/** What to send to the data source: every edit applied to the version the lead started from. */
export function changeToSend(pending: PendingChange): SeriesChange {
  // An import gives every row the same note; say it once.
  const notes = [...new Set(pending.edits.flatMap((q) => (q.note ? [q.note] : [])))];
  return {
    baseVersion: pending.base.version,
    points: pointsAfter(pending.base.points, pending.edits),
    editor: pending.editor,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/**
 * After the source saved the first `sentCount` edits: nothing is left pending, or the edits made
 * while the save was on its way remain, now on top of the saved version.
 */
export function afterSave(pending: PendingChange, sentCount: number, saved: Series, now: Date): PendingChange | undefined {
  const rest = pending.edits.slice(sentCount);
  if (rest.length === 0) return undefined;
  return { ...pending, base: saved, edits: rest, state: { kind: 'waiting' }, updatedAt: now.toISOString() };
}

/** "Apply mine to theirs": the same edits, now based on the colleague's saved version. */
export function rebaseOnto(pending: PendingChange, current: Series, now: Date): PendingChange {
  return { ...pending, base: current, state: { kind: 'waiting' }, updatedAt: now.toISOString() };
}

/** e.g. "add 10.4 for 2023-25; delete the 2016-18 figure". */
export function describePending(pending: PendingChange): string {
  return pending.edits.map((q) => describeEdit(q.edit)).join('; ');
}
