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
} from '../domain/pending-change';
import type { PointEdit } from '../domain/apply-edit';
import type { Series, SeriesChange } from '../domain/types';
import type { OutboxStorage } from './outbox-storage';
import type { TabLocks } from './tab-locks';

export type SendOutcome = 'saved' | PendingState['kind'] | 'nothing-to-send' | 'sending-elsewhere';

/** One or more edits to one series, as the lead made them. */
export type EditsToQueue = Omit<EditToQueue, 'now' | 'editId' | 'edit'> & { edits: readonly PointEdit[] };

export type SaveSeries = (pending: PendingChange, change: SeriesChange) => Promise<Series>;

export interface OutboxDeps {
  storage: OutboxStorage;
  locks: TabLocks;
  /** Tells this browser's other tabs a record changed (BroadcastChannel), so each shows the truth. */
  announce: (id: string) => void;
  /** Called with every record this tab writes or hears about: the screens' mirror. */
  onRecord: (id: string, record: PendingChange | undefined) => void;
  newId: () => string;
  now?: () => Date;
  isOnline?: () => boolean;
}

const OFFLINE = 'This device is offline. Your changes are kept here and will be sent when the connection returns.';

/** What a failed save means for the change: try again later, ask the lead, or needs correcting. */
export function stateAfter(error: unknown): PendingState {
  if (error instanceof DataSourceError) {
    if (error.kind === 'conflict' && error.details.current) return { kind: 'conflict', current: error.details.current };
    // Kept and sent again once the person has signed in.
    if (error.kind === 'sign-in-needed') return { kind: 'waiting', problem: `${error.message.replace(/\.$/, '')}.` };
    if (error.retryable) return { kind: 'waiting', problem: `${error.message} Your changes are kept on this device and will be sent again.` };
    return { kind: 'rejected', problem: error.message };
  }
  return { kind: 'rejected', problem: error instanceof Error ? error.message : 'The save failed for a reason the dashboard does not know.' };
}

/**
 * The changes this browser holds that the data source has not confirmed, shared by all its tabs.
 * Storage is the record; every step reads and writes it in one transaction, and sending holds a
 * lock per series, so no tab's edit overwrites another's and none is sent twice at once. A save
 * carries a change id that stays the same until the source answers, so a lost reply is harmless.
 */
export function createOutbox(deps: OutboxDeps) {
  const now = deps.now ?? (() => new Date());
  const isOnline = deps.isOnline ?? (() => globalThis.navigator?.onLine ?? true);

  // Sends under way in this tab, and those asked for again meanwhile (an edit made while a save
  // was failing): the sender makes one more attempt for them rather than leave them for later.
  const sendingHere = new Set<string>();
  const askedAgain = new Set<string>();

  async function change(id: string, update: (stored: PendingChange | undefined) => PendingChange | undefined) {
    const stored = await deps.storage.change(id, update);
    deps.onRecord(id, stored);
    deps.announce(id);
    return stored;
  }

  return {
    /** Keeps a series' new edits (one, or an import's many) in one write; resolves once they are stored. */
    queue: async ({ edits, ...rest }: EditsToQueue): Promise<PendingChange> =>
      (await change(pendingChangeId(rest.frameworkId, rest.saved.indicatorId, rest.saved.placeId), (stored) =>
        edits.reduce<PendingChange | undefined>((record, edit) => queueEdit(record, { ...rest, edit, editId: deps.newId(), now: now() }), stored),
      ))!,

    /**
     * Sends what is waiting for one series, then whatever was added while it was on its way.
     * Returns 'sending-elsewhere' when another tab holds the series' lock (it is sending them).
     */
    send: async (id: string, save: SaveSeries): Promise<SendOutcome> => {
      if (sendingHere.has(id)) {
        askedAgain.add(id);
        return 'nothing-to-send';
      }
      sendingHere.add(id);
      const outcome = await deps.locks
        .ifFree(`ambitions-outbox:${id}`, async (): Promise<SendOutcome> => {
          for (let round = 0; ; round += 1) {
            askedAgain.delete(id);
            // Offline, nothing is sent, so nothing is fixed as a batch: the edits go together later.
            if (!isOnline()) {
              const kept = await change(
                id,
                (stored) => stored && (stored.state.kind === 'waiting' ? { ...stored, state: { kind: 'waiting', problem: OFFLINE }, updatedAt: now().toISOString() } : stored),
              );
              return kept ? kept.state.kind : round === 0 ? 'nothing-to-send' : 'saved';
            }
            const ready = await change(id, (stored) => (stored?.state.kind === 'waiting' ? withBatch(stored, deps.newId()) : stored));
            if (!ready) return round === 0 ? 'nothing-to-send' : 'saved';
            if (ready.state.kind !== 'waiting') return ready.state.kind;
            const batch = ready.sending!;
            const toSend = changeToSend(ready);
            let saved: Series;
            try {
              saved = await save(ready, toSend);
            } catch (error) {
              const state = stateAfter(error);
              // Only the batch that failed is marked: a record changed meanwhile keeps what it has.
              await change(id, (stored) => (stored?.sending?.changeId === batch.changeId ? afterFailure(stored, state, now()) : stored));
              if (state.kind === 'waiting' && askedAgain.has(id)) continue;
              return state.kind;
            }
            await change(id, (stored) => stored && afterSave(stored, batch, toSend.points, saved, now()));
          }
        })
        .finally(() => sendingHere.delete(id));
      return outcome === 'busy' ? 'sending-elsewhere' : outcome;
    },

    /** The lead chose to drop the edits they were shown; any added since (in another tab) stay. */
    discard: (id: string, editIds: readonly string[]) => change(id, (stored) => stored && withoutEdits(stored, editIds)),

    /** "Apply mine to theirs": the same edits on top of the colleague's version, then sent. */
    rebase: (id: string, current: Series) => change(id, (stored) => stored && rebaseOnto(stored, current, now())),

    /** Reads one record again (another tab said it changed). */
    refresh: async (id: string) => deps.onRecord(id, await deps.storage.read(id)),

    readAll: () => deps.storage.readAll(),
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
