import { DataSourceError } from '../api/errors';
import {
  afterFailure,
  afterSave,
  changeToSend,
  pendingChangeId,
  queueEdit,
  rebaseOnto,
  withBatch,
  withoutEdits,
  type EditToQueue,
  type PendingChange,
  type PendingState,
} from '../domain/changes/pending-change';
import type { PointEdit } from '../domain/changes/apply-edit';
import {
  afterDefinitionFailed,
  afterDefinitionSaved,
  asDefinition,
  asSeriesChange,
  definitionToSend,
  pendingDefinitionId,
  queueDefinition,
  rebaseDefinition,
  withDefinitionBatch,
  type DefinitionState,
  type DefinitionToQueue,
  type OutboxRecord,
  type PendingDefinition,
} from '../domain/changes/pending-definition';
import {
  afterFrameworkFailed,
  afterFrameworkSaved,
  frameworkChangeToSend,
  pendingFrameworkId,
  queueFramework,
  rebasePendingFramework,
  withFrameworkBatch,
  type FrameworkState,
  type FrameworkToQueue,
  type PendingFramework,
} from '../domain/changes/pending-framework';
import { asFramework } from '../domain/changes/pending-definition';
import type { DataPoint, Framework, FrameworkChange, Indicator, IndicatorChange, Series, SeriesChange } from '../domain/types';
import type { OutboxStorage } from './outbox-storage';
import type { TabLocks } from './tab-locks';

export type SendOutcome = 'saved' | PendingState['kind'] | 'nothing-to-send' | 'sending-elsewhere';

/** One or more edits to one series, as the lead made them. */
export type EditsToQueue = Omit<EditToQueue, 'now' | 'editId' | 'edit'> & { edits: readonly PointEdit[] };

export type SaveSeries = (pending: PendingChange, change: SeriesChange) => Promise<Series>;
export type SaveDefinition = (pending: PendingDefinition, change: IndicatorChange) => Promise<Indicator>;
export type SaveFramework = (pending: PendingFramework, change: FrameworkChange) => Promise<Framework>;

export interface OutboxDeps {
  storage: OutboxStorage;
  locks: TabLocks;
  /** Tells this browser's other tabs a record changed (BroadcastChannel), so each shows the truth. */
  announce: (id: string) => void;
  /** Called with every record this tab writes or hears about: the screens' mirror. */
  onRecord: (id: string, record: OutboxRecord | undefined) => void;
  newId: () => string;
  now?: () => Date;
  isOnline?: () => boolean;
}

const OFFLINE = 'This device is offline. Your changes are kept here and will be sent when the connection returns.';

/**
 * What a failed save means for a kept change of one kind: a conflict carrying the colleague's
 * version (where each kind's error carries it), else try again later, or needs correcting.
 */
function stateAfterWith<T>(theirs: (details: DataSourceError['details']) => T | undefined) {
  return (error: unknown): { kind: 'conflict'; current: T } | ReturnType<typeof notConflict> => {
    const current = error instanceof DataSourceError && error.kind === 'conflict' ? theirs(error.details) : undefined;
    return current !== undefined ? { kind: 'conflict', current } : notConflict(error);
  };
}

/** For figures, whose conflict carries the colleague's series. */
export const stateAfter: (error: unknown) => PendingState = stateAfterWith((details) => details.current);
/** For a set-up, whose conflict carries the colleague's framework. */
export const frameworkStateAfter: (error: unknown) => FrameworkState = stateAfterWith((details) => details.currentFramework);
/** For a definition, whose conflict carries the colleague's indicator. */
export const definitionStateAfter: (error: unknown) => DefinitionState = stateAfterWith((details) => details.currentIndicator);

function notConflict(error: unknown): { kind: 'waiting'; problem?: string } | { kind: 'rejected'; problem: string } {
  if (error instanceof DataSourceError) {
    // Kept and sent again once the person has signed in.
    if (error.kind === 'sign-in-needed') return { kind: 'waiting', problem: `${error.message.replace(/\.$/, '')}.` };
    if (error.retryable) return { kind: 'waiting', problem: `${error.message} Your changes are kept on this device and will be sent again.` };
    return { kind: 'rejected', problem: error.message };
  }
  return { kind: 'rejected', problem: error instanceof Error ? error.message : 'The save failed for a reason the dashboard does not know.' };
}

/** How one kind of kept change is batched, sent and settled: figures, or a definition. */
interface Sending<R extends OutboxRecord, Batch, Saved> {
  narrow: (record: OutboxRecord | undefined) => R | undefined;
  withBatch: (record: R, changeId: string) => R;
  batchOf: (record: R) => Batch;
  changeIdOf: (batch: Batch) => string;
  save: (record: R) => Promise<Saved>;
  afterSave: (record: R, batch: Batch, saved: Saved, now: Date) => R | undefined;
  stateAfter: (error: unknown) => R['state'];
  afterFailure: (record: R, state: R['state'], now: Date) => R;
  offline: (record: R, problem: string, now: Date) => R;
}

/**
 * The changes this browser holds that the data source has not confirmed, shared by all its tabs.
 * Storage is the record; every step reads and writes it in one transaction, and sending holds a
 * lock per record, so no tab's edit overwrites another's and none is sent twice at once. A save
 * carries a change id that stays the same until the source answers, so a lost reply is harmless.
 */
export function createOutbox(deps: OutboxDeps) {
  const now = deps.now ?? (() => new Date());
  const isOnline = deps.isOnline ?? (() => globalThis.navigator?.onLine ?? true);
  // Sends under way in this tab, and those asked for again meanwhile (an edit made while a save
  // was failing): the sender makes one more attempt for them rather than leave them for later.
  const sendingHere = new Set<string>();
  const askedAgain = new Set<string>();

  async function change(id: string, update: (stored: OutboxRecord | undefined) => OutboxRecord | undefined) {
    const stored = await deps.storage.change(id, update);
    deps.onRecord(id, stored);
    deps.announce(id);
    return stored;
  }

  /** Applies `update` to a record of the expected kind; any other record is left as it is. */
  const changeOf =
    <R extends OutboxRecord>(narrow: (r: OutboxRecord | undefined) => R | undefined) =>
    (id: string, update: (stored: R | undefined) => R | undefined) =>
      change(id, (stored) => (stored && !narrow(stored) ? stored : update(narrow(stored)))).then(narrow);

  async function sendWith<R extends OutboxRecord, Batch, Saved>(id: string, how: Sending<R, Batch, Saved>): Promise<SendOutcome> {
    if (sendingHere.has(id)) {
      askedAgain.add(id);
      return 'nothing-to-send';
    }
    sendingHere.add(id);
    const update = changeOf(how.narrow);
    const outcome = await deps.locks
      .ifFree(`ambitions-outbox:${id}`, async (): Promise<SendOutcome> => {
        for (let round = 0; ; round += 1) {
          askedAgain.delete(id);
          // Offline, nothing is sent, so nothing is fixed as a batch: the edits go together later.
          if (!isOnline()) {
            const kept = await update(id, (stored) => stored && (stored.state.kind === 'waiting' ? how.offline(stored, OFFLINE, now()) : stored));
            return kept ? kept.state.kind : round === 0 ? 'nothing-to-send' : 'saved';
          }
          const ready = await update(id, (stored) => (stored?.state.kind === 'waiting' ? how.withBatch(stored, deps.newId()) : stored));
          if (!ready) return round === 0 ? 'nothing-to-send' : 'saved';
          if (ready.state.kind !== 'waiting') return ready.state.kind;
          const batch = how.batchOf(ready);
          let saved: Saved;
          try {
            saved = await how.save(ready);
          } catch (error) {
            const state = how.stateAfter(error);
            // Only the batch that failed is marked: a record changed meanwhile keeps what it has.
            await update(id, (stored) => (stored?.sending?.changeId === how.changeIdOf(batch) ? how.afterFailure(stored, state, now()) : stored));
            if (state.kind === 'waiting' && askedAgain.has(id)) continue;
            return state.kind;
          }
          await update(id, (stored) => stored && how.afterSave(stored, batch, saved, now()));
        }
      })
      .finally(() => sendingHere.delete(id));
    return outcome === 'busy' ? 'sending-elsewhere' : outcome;
  }

  const series = changeOf(asSeriesChange);
  const definition = changeOf(asDefinition);
  const framework = changeOf(asFramework);

  return {
    /** Keeps a series' new edits (one, or an import's many) in one write; resolves once they are stored. */
    queue: async ({ edits, ...rest }: EditsToQueue): Promise<PendingChange> =>
      (await series(pendingChangeId(rest.frameworkId, rest.saved.indicatorId, rest.saved.placeId), (stored) =>
        edits.reduce<PendingChange | undefined>((record, edit) => queueEdit(record, { ...rest, edit, editId: deps.newId(), now: now() }), stored),
      ))!,

    /** Keeps a lead's proposed baseline, targets and source for an indicator. */
    queueDefinition: async (d: Omit<DefinitionToQueue, 'now'>): Promise<PendingDefinition> =>
      (await definition(pendingDefinitionId(d.frameworkId, d.saved.id), (stored) => queueDefinition(stored, { ...d, now: now() })))!,

    /**
     * Sends what is waiting for one series, then whatever was added while it was on its way.
     * Returns 'sending-elsewhere' when another tab holds the series' lock (it is sending them).
     */
    send: (id: string, save: SaveSeries) =>
      sendWith<PendingChange, { changeId: string; editIds: string[]; points: DataPoint[] }, Series>(id, {
        narrow: asSeriesChange,
        withBatch,
        batchOf: (r) => ({ ...r.sending!, points: changeToSend(r).points }),
        changeIdOf: (b) => b.changeId,
        save: (r) => save(r, changeToSend(r)),
        afterSave: (r, b, saved, at) => afterSave(r, b, b.points, saved, at),
        stateAfter,
        afterFailure,
        offline: (r, problem, at) => ({ ...r, state: { kind: 'waiting', problem }, updatedAt: at.toISOString() }),
      }),

    /** Sends an indicator's kept definition. */
    sendDefinition: (id: string, save: SaveDefinition) =>
      sendWith<PendingDefinition, NonNullable<PendingDefinition['sending']>, Indicator>(id, {
        narrow: asDefinition,
        withBatch: withDefinitionBatch,
        batchOf: (r) => r.sending!,
        changeIdOf: (b) => b.changeId,
        save: (r) => save(r, definitionToSend(r)),
        afterSave: afterDefinitionSaved,
        stateAfter: definitionStateAfter,
        afterFailure: afterDefinitionFailed,
        offline: (r, problem, at) => ({ ...r, state: { kind: 'waiting', problem }, updatedAt: at.toISOString() }),
      }),

    /** Keeps an admin's change to a partnership's set-up, made on what they have proposed so far. */
    queueFramework: async (q: Omit<FrameworkToQueue, 'now'> & { frameworkId: string }): Promise<PendingFramework> =>
      (await framework(pendingFrameworkId(q.frameworkId), (stored) => queueFramework(stored, { ...q, now: now() })))!,

    /** Sends a partnership's kept set-up. */
    sendFramework: (id: string, save: SaveFramework) =>
      sendWith<PendingFramework, NonNullable<PendingFramework['sending']>, Framework>(id, {
        narrow: asFramework,
        withBatch: withFrameworkBatch,
        batchOf: (r) => r.sending!,
        changeIdOf: (b) => b.changeId,
        save: (r) => save(r, frameworkChangeToSend(r)),
        afterSave: afterFrameworkSaved,
        stateAfter: frameworkStateAfter,
        afterFailure: afterFrameworkFailed,
        offline: (r, problem, at) => ({ ...r, state: { kind: 'waiting', problem }, updatedAt: at.toISOString() }),
      }),

    /** The admin dropped their kept set-up changes. */
    discardFramework: (id: string) => framework(id, () => undefined),

    /** Only what the admin changed, laid on the colleague's set-up. */
    rebaseFramework: (id: string, current: Framework) => framework(id, (stored) => stored && rebasePendingFramework(stored, current, now())),

    /** The lead chose to drop the edits they were shown; any added since (in another tab) stay. */
    discard: (id: string, editIds: readonly string[]) => series(id, (stored) => stored && withoutEdits(stored, editIds)),

    /** The lead dropped their proposed definition. */
    discardDefinition: (id: string) => definition(id, () => undefined),

    /** "Apply mine to theirs": the same edits on top of the colleague's version, then sent. */
    rebase: (id: string, current: Series) => series(id, (stored) => stored && rebaseOnto(stored, current, now())),

    /** The same for a definition: only what the lead changed, laid on the colleague's version. */
    rebaseDefinition: (id: string, current: Indicator) => definition(id, (stored) => stored && rebaseDefinition(stored, current, now())),

    /** Reads one record again (another tab said it changed). */
    refresh: async (id: string) => deps.onRecord(id, await deps.storage.read(id)),

    readAll: () => deps.storage.readAll(),
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
