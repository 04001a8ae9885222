import fc from 'fast-check';
import { db, resetDb, saveSeries as serverSave, seriesKey } from '../../mocks/db';
import { DataSourceError } from '../api/errors';
import { asSeriesChange } from '../domain/changes/pending-definition';
import { newId } from '../lib/new-id';
import { createOutbox, type SaveSeries } from './outbox';
import { createOutboxStorage } from './outbox-storage';
import { inTabLocks } from './tab-locks';

// A model-based property: any interleaving of edits in two tabs, offline and online, lost replies,
// failed connections, a colleague's saves, tab closes and reloads ends with every edit saved
// exactly once (or still visibly kept): none lost, none applied twice. Each edit adds a figure for
// a period of its own, so the server's history says how many times each was applied.

const KEY = seriesKey('wyh', 'suicide-rate', 'leeds');
const ID = 'wyh/suicide-rate/leeds';
const labels = { indicator: 'Suicide rate', place: 'Leeds', ambitionNumber: 5 };
const alice = { name: 'Alice Adams', organisation: 'Leeds' };

type Reply = 'ok' | 'lost' | 'unreachable';
type Action =
  | { kind: 'edit'; tab: 0 | 1 }
  | { kind: 'online'; tab: 0 | 1; online: boolean }
  | { kind: 'send'; tab: 0 | 1; reply: Reply }
  | { kind: 'colleague' }
  | { kind: 'apply-mine'; tab: 0 | 1 }
  | { kind: 'reload'; tab: 0 | 1 };

const tab = fc.constantFrom(0 as const, 1 as const);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), tab }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('online' as const), tab, online: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('send' as const), tab, reply: fc.constantFrom<Reply>('ok', 'lost', 'unreachable') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('colleague' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('apply-mine' as const), tab }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const), tab }) },
);

function serverReplying(reply: Reply): SaveSeries {
  return async (_pending, change) => {
    if (reply === 'unreachable') throw new DataSourceError('network', 'The connection failed.');
    const outcome = serverSave(KEY, change);
    if (!outcome.ok) throw new DataSourceError('conflict', 'Changed since you started.', { current: outcome.current });
    if (reply === 'lost') throw new DataSourceError('network', 'The connection failed.');
    return outcome.series;
  };
}

let runs = 0;

async function play(actions: Action[]) {
  resetDb();
  const database = `outbox-model-${++runs}`;
  const locks = inTabLocks();
  const online = [true, true];
  const open = (i: 0 | 1) =>
    createOutbox({ storage: createOutboxStorage(database), locks, newId, isOnline: () => online[i]!, onRecord: () => undefined, announce: () => undefined });
  const tabs = [open(0), open(1)];
  const made = new Map<string, number>();
  let colleague = 0;

  for (const a of actions) {
    switch (a.kind) {
      case 'edit': {
        const period = String(2100 + made.size);
        made.set(period, made.size + 0.5);
        // Each tab starts from the figures as it last read them: the saved series now.
        await tabs[a.tab]!.queue({
          frameworkId: 'wyh',
          labels,
          saved: db.series.get(KEY)!,
          editor: alice,
          edits: [{ kind: 'upsert', point: { period, value: made.get(period)!, provenance: 'published' } }],
        });
        break;
      }
      case 'online':
        online[a.tab] = a.online;
        break;
      case 'send':
        await tabs[a.tab]!.send(ID, serverReplying(a.reply));
        break;
      case 'colleague': {
        const current = db.series.get(KEY)!;
        colleague += 1;
        const point = { period: String(1900 + colleague), value: colleague, provenance: 'published' as const };
        serverSave(KEY, { baseVersion: current.version, points: [point, ...current.points], editor: { name: 'Colleague', organisation: 'Leeds' } });
        break;
      }
      case 'apply-mine': {
        const record = asSeriesChange(await createOutboxStorage(database).read(ID)) ?? undefined;
        if (record?.state.kind === 'conflict') await tabs[a.tab]!.rebase(ID, record.state.current);
        break;
      }
      case 'reload':
        tabs[a.tab] = open(a.tab);
        break;
    }
    // At every step, each edit is on the server or kept in this browser: never neither.
    const kept = new Set(asSeriesChange(await createOutboxStorage(database).read(ID))?.edits.flatMap((q) => (q.edit.kind === 'upsert' ? [q.edit.point.period] : [])));
    const onServer = new Set(db.series.get(KEY)!.points.map((p) => p.period));
    for (const period of made.keys()) expect(kept.has(period) || onServer.has(period)).toBe(true);
    // A conflict only ever comes from a colleague's save: never from the lead's own retried one.
    if (colleague === 0) expect(asSeriesChange(await createOutboxStorage(database).read(ID))?.state.kind).not.toBe('conflict');
  }

  // Everyone back online, conflicts settled by applying the lead's edits: all drains.
  online[0] = online[1] = true;
  for (let i = 0; i < 10; i += 1) {
    const record = asSeriesChange(await createOutboxStorage(database).read(ID));
    if (!record) break;
    if (record.state.kind === 'conflict') await tabs[0]!.rebase(ID, record.state.current);
    await tabs[i % 2]!.send(ID, serverReplying('ok'));
  }
  expect(await createOutboxStorage(database).read(ID)).toBeUndefined();
  const final = db.series.get(KEY)!.points;
  const history = db.history.get(KEY) ?? [];
  // No save was applied twice: a repeat would be an entry that changed nothing.
  expect(history.filter((e) => e.changes.length === 0)).toEqual([]);
  for (const [period, value] of made) {
    expect(final.find((p) => p.period === period)?.value).toBe(value);
    // Applied once: exactly one save added it.
    expect(history.filter((e) => e.changes.some((c) => c.period === period && !c.before)).length).toBe(1);
  }
}

describe('the outbox, as a model', () => {
  it('ends every interleaving with each edit saved exactly once: none lost, none applied twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => play(actions)),
      { numRuns: 150 },
    );
  });
});
