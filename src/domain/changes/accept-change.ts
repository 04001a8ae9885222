import type { Editor } from '../types';
import { appliedBefore } from './repeated-save';

// How every store accepts a change, written once: the mock API, this browser's store and CouchDB
// call acceptChange with the record as they hold it, and keep what it returns. The rule:
//   1. a change already applied (its change id among the record's latest) is a repeat: the
//      record as it is, neither applied again nor a conflict (a lost reply, two tabs);
//   2. a change based on another version than the record's is a conflict: never an overwrite;
//   3. otherwise the record moves on one version, and a history entry says who, when and what.
// The database checks the same from its side in store-rules.ts (the next version, its entry).

/** What a save carries besides its content. */
export interface ChangeRequest {
  baseVersion: number;
  editor: Editor;
  note?: string;
  changeId?: string;
}

/** A history entry as every kind of change records it. */
export interface ChangeEntry<Changes> {
  id: string;
  at: string;
  editor: Editor;
  version: number;
  changes: Changes;
  note?: string;
  changeId?: string;
}

/** One kind of change: what version a record is at, what it becomes, and what changed. */
export interface ChangeKind<Held, Change extends ChangeRequest, Changes> {
  versionOf(record: Held): number;
  /** The record after the change, at the next version. */
  apply(record: Held, change: Change): Held;
  /** What changed, for the history. */
  changes(before: Held, after: Held): Changes;
}

export type Acceptance<Held, Changes> =
  { outcome: 'repeat'; record: Held } | { outcome: 'conflict'; current: Held } | { outcome: 'accepted'; record: Held; entry: ChangeEntry<Changes> };

/** The version after this one: the one rule of versions, here and in the database's. */
export const nextVersion = (version: number) => version + 1;

/**
 * `current` is the record as the store holds it; a store creating a record (a new partnership)
 * passes none and says what it starts from (`creating`), with no version to check.
 */
export function acceptChange<Held, Change extends ChangeRequest, Changes>(
  kind: ChangeKind<Held, Change, Changes>,
  current: Held | undefined,
  change: Change,
  /** The record's latest changes (or their ids), newest first. */
  seen: readonly { changeId?: string }[],
  meta: { entryId: (version: number) => string; at: string; creating?: Held },
): Acceptance<Held, Changes> {
  const before = current ?? meta.creating;
  if (before === undefined) throw new Error('acceptChange: no record to change, and none being created');
  if (current !== undefined && appliedBefore(change.changeId, seen)) return { outcome: 'repeat', record: current };
  if (current !== undefined && kind.versionOf(current) !== change.baseVersion) return { outcome: 'conflict', current };
  const record = kind.apply(before, change);
  const version = kind.versionOf(record);
  const entry: ChangeEntry<Changes> = {
    id: meta.entryId(version),
    at: meta.at,
    editor: change.editor,
    version,
    changes: kind.changes(before, record),
    ...(change.note ? { note: change.note } : {}),
    ...(change.changeId ? { changeId: change.changeId } : {}),
  };
  return { outcome: 'accepted', record, entry };
}

/** Change ids as a record that keeps only their list (CouchDB's documents) holds them. */
export const seenIds = (changeIds: readonly string[] | undefined) => (changeIds ?? []).map((changeId) => ({ changeId }));
