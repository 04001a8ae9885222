import type { Editor, Indicator, IndicatorChange, Target } from '../types';
import type { PendingChange, PendingState } from './pending-change';
import type { PendingFramework } from './pending-framework';

/**
 * A lead's change to an indicator's baseline, targets and source that the data source has not yet
 * confirmed: kept in the same outbox as figures, so it outlives a reload, a closed tab and a spell
 * offline, is counted in the header, and meets a colleague's change as a conflict to choose from.
 * The form shows the whole definition, so the latest proposal replaces an earlier one.
 */
export interface PendingDefinition {
  kind: 'definition';
  /** One per indicator: its framework/definition/indicator key. */
  id: string;
  frameworkId: string;
  indicatorId: string;
  labels: { indicator: string; ambitionNumber: number };
  /** The saved definition the lead started from. */
  base: Indicator;
  /** What the lead wants it to be. */
  proposed: Indicator;
  note?: string;
  editor: Editor;
  state: DefinitionState;
  /** The save on its way, sent again exactly as it was (same change id) until the source answers. */
  sending?: { changeId: string; proposed: Indicator; note?: string };
  updatedAt: string;
}

export type DefinitionState = Exclude<PendingState, { kind: 'conflict' }> | { kind: 'conflict'; current: Indicator };

export const pendingDefinitionId = (frameworkId: string, indicatorId: string) => `${frameworkId}/definition/${indicatorId}`;

export interface DefinitionToQueue {
  frameworkId: string;
  labels: PendingDefinition['labels'];
  /** The saved definition as the lead saw it; ignored when a change to it is already pending. */
  saved: Indicator;
  proposed: Indicator;
  note?: string;
  editor: Editor;
  now: Date;
}

export function queueDefinition(pending: PendingDefinition | undefined, d: DefinitionToQueue): PendingDefinition {
  const updatedAt = d.now.toISOString();
  const note = d.note ?? pending?.note;
  return {
    kind: 'definition',
    id: pendingDefinitionId(d.frameworkId, d.saved.id),
    frameworkId: d.frameworkId,
    indicatorId: d.saved.id,
    labels: d.labels,
    base: pending?.base ?? d.saved,
    proposed: d.proposed,
    ...(note ? { note } : {}),
    editor: d.editor,
    // A conflict stays in front of the lead until they choose; anything else is sent again.
    state: pending?.state.kind === 'conflict' ? pending.state : { kind: 'waiting' },
    ...(pending?.sending ? { sending: pending.sending } : {}),
    updatedAt,
  };
}

/** Fixes what the next save carries: the one already on its way, else the proposal now. */
export function withDefinitionBatch(pending: PendingDefinition, newChangeId: string): PendingDefinition {
  if (pending.sending) return pending;
  return { ...pending, sending: { changeId: newChangeId, proposed: pending.proposed, ...(pending.note ? { note: pending.note } : {}) } };
}

export function definitionToSend(pending: PendingDefinition, editor: Editor = pending.editor): IndicatorChange {
  const batch = pending.sending ?? { proposed: pending.proposed, note: pending.note };
  return {
    baseVersion: pending.base.version ?? 0,
    indicator: batch.proposed,
    editor,
    ...(pending.sending ? { changeId: pending.sending.changeId } : {}),
    ...(batch.note ? { note: batch.note } : {}),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** After the source saved the batch: done, or the lead's newer proposal remains, on the saved version. */
export function afterDefinitionSaved(pending: PendingDefinition, batch: NonNullable<PendingDefinition['sending']>, saved: Indicator, now: Date): PendingDefinition | undefined {
  if (same(pending.proposed, batch.proposed)) return undefined;
  const { sending: _sent, note: _said, ...rest } = pending;
  return { ...rest, base: saved, state: { kind: 'waiting' }, updatedAt: now.toISOString() };
}

export function afterDefinitionFailed(pending: PendingDefinition, state: DefinitionState, now: Date): PendingDefinition {
  const { sending, ...rest } = pending;
  return { ...rest, ...(state.kind === 'waiting' && sending ? { sending } : {}), state, updatedAt: now.toISOString() };
}

/**
 * "Apply mine to theirs", three-way: the colleague's version, with only what the lead changed
 * (each of baseline period, source and link; each target by id, added, changed or removed) laid
 * on top. Nothing the lead did not touch goes back to how it was.
 */
export function mergeDefinition(base: Indicator, mine: Indicator, theirs: Indicator): Indicator {
  const merged: Indicator = { ...theirs };
  if (mine.baselinePeriod !== base.baselinePeriod) merged.baselinePeriod = mine.baselinePeriod;
  if (mine.source !== base.source) merged.source = mine.source;
  if (mine.sourceUrl !== base.sourceUrl) {
    if (mine.sourceUrl) merged.sourceUrl = mine.sourceUrl;
    else delete merged.sourceUrl;
  }
  const baseTargets = new Map(base.targets.map((t) => [t.id, t]));
  const mineTargets = new Map(mine.targets.map((t) => [t.id, t]));
  const targets: Target[] = [];
  for (const t of theirs.targets) {
    const before = baseTargets.get(t.id);
    const after = mineTargets.get(t.id);
    if (before && !after) continue; // the lead removed it
    targets.push(before && after && !same(before, after) ? after : t);
  }
  // Targets only the lead has: ones they added, and ones they changed that the colleague removed
  // (kept, so the change is not lost without a word; the conflict view shows it).
  const theirIds = new Set(theirs.targets.map((t) => t.id));
  for (const t of mine.targets) {
    const before = baseTargets.get(t.id);
    if (!theirIds.has(t.id) && (!before || !same(before, t))) targets.push(t);
  }
  merged.targets = targets;
  return merged;
}

export function rebaseDefinition(pending: PendingDefinition, current: Indicator, now: Date): PendingDefinition {
  const { sending: _dropped, ...rest } = pending;
  return { ...rest, base: current, proposed: mergeDefinition(pending.base, pending.proposed, current), state: { kind: 'waiting' }, updatedAt: now.toISOString() };
}

/** What the outbox keeps: a series' pending figures, an indicator's pending definition, or a partnership's pending set-up. */
export type OutboxRecord = PendingChange | PendingDefinition | PendingFramework;

export const isDefinition = (record: OutboxRecord | undefined): record is PendingDefinition => (record as PendingDefinition | undefined)?.kind === 'definition';
export const isFramework = (record: OutboxRecord | undefined): record is PendingFramework => (record as PendingFramework | undefined)?.kind === 'framework';
export const asSeriesChange = (record: OutboxRecord | undefined): PendingChange | undefined => (record && !isDefinition(record) && !isFramework(record) ? record : undefined);
export const asDefinition = (record: OutboxRecord | undefined): PendingDefinition | undefined => (isDefinition(record) ? record : undefined);
export const asFramework = (record: OutboxRecord | undefined): PendingFramework | undefined => (isFramework(record) ? record : undefined);
