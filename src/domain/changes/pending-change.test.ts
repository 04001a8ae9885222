import fc from 'fast-check';
import { points } from '../../../tests/helpers/indicator-fixture';
import { applyEdit, type PointEdit } from './apply-edit';
import { afterFailure, afterSave, changeToSend, describePending, pointsAfter, queueEdit, rebaseOnto, withBatch, withoutEdits, type EditToQueue } from './pending-change';
import type { DataPoint, Series } from '../types';

const saved: Series = { indicatorId: 'suicide-rate', placeId: 'leeds', version: 4, points: points(['2019', 10], ['2020', 11]) };
const alice = { name: 'Alice', organisation: 'Leeds' };
const add = (period: string, value: number): PointEdit => ({ kind: 'upsert', point: { period, value, provenance: 'illustrative' } });
let nextId = 0;
const edit = (e: PointEdit, note?: string, at = '2026-11-24T10:00:00Z'): EditToQueue => ({
  editId: `edit-${(nextId += 1)}`,
  frameworkId: 'wyh',
  labels: { indicator: 'Suicide rate', place: 'Leeds', ambitionNumber: 5 },
  saved,
  edit: e,
  editor: alice,
  now: new Date(at),
  ...(note ? { note } : {}),
});

describe('pending changes', () => {
  it('starts from the saved version and keeps every edit in order', () => {
    const one = queueEdit(undefined, edit(add('2021', 12), 'New release'));
    const two = queueEdit(one, edit({ kind: 'delete', period: '2019' }, 'Wrong year', '2026-11-24T10:05:00Z'));
    expect(two.id).toBe('wyh/suicide-rate/leeds');
    expect(two.base.version).toBe(4);
    expect(changeToSend(two)).toEqual({
      baseVersion: 4,
      points: points(['2020', 11], ['2021', 12]),
      editor: alice,
      note: 'New release; Wrong year',
    });
    expect(describePending(two)).toBe('add 12 for 2021; delete the 2019 figure');
    expect(two.updatedAt).toBe('2026-11-24T10:05:00.000Z');
  });

  it('leaves out the note when no edit has one', () => {
    expect(changeToSend(queueEdit(undefined, edit(add('2021', 12))))).not.toHaveProperty('note');
  });

  it('keeps a conflict in front of the lead when they edit again, but lets a corrected rejection be sent', () => {
    const first = queueEdit(undefined, edit(add('2021', 12)));
    const conflicted = { ...first, state: { kind: 'conflict' as const, current: { ...saved, version: 5 } } };
    expect(queueEdit(conflicted, edit(add('2022', 13))).state.kind).toBe('conflict');
    const rejected = { ...first, state: { kind: 'rejected' as const, problem: 'bad' } };
    expect(queueEdit(rejected, edit(add('2022', 13))).state).toEqual({ kind: 'waiting' });
  });

  it('after a save, keeps only the edits made while it was on its way, on the saved version', () => {
    const one = withBatch(queueEdit(undefined, edit(add('2021', 12))), 'change-1');
    const sent = changeToSend(one);
    expect(sent.changeId).toBe('change-1');
    const two = queueEdit(one, edit(add('2022', 13)));
    // A retry sends the same batch, with the same id, not the edit added since.
    expect(changeToSend(withBatch(two, 'change-2'))).toEqual(sent);
    const savedNow: Series = { ...saved, version: 5, points: points(['2019', 10], ['2020', 11], ['2021', 12]) };
    const now = new Date('2026-11-24T11:00:00Z');
    expect(afterSave(one, one.sending!, sent.points, savedNow, now)).toBeUndefined();
    const rest = afterSave(two, one.sending!, sent.points, savedNow, now)!;
    expect(rest.base).toBe(savedNow);
    expect(rest.sending).toBeUndefined();
    expect(changeToSend(withBatch(rest, 'change-2'))).toMatchObject({
      changeId: 'change-2',
      baseVersion: 5,
      points: points(['2019', 10], ['2020', 11], ['2021', 12], ['2022', 13]),
    });
  });

  it('after a retry answered with a version a colleague has changed since, asks the lead about the edits left', () => {
    const one = withBatch(queueEdit(undefined, edit(add('2021', 12))), 'change-1');
    const sent = changeToSend(one);
    const two = queueEdit(one, edit(add('2022', 13)));
    const theirsSince: Series = { ...saved, version: 6, points: points(['2019', 9], ['2020', 11], ['2021', 12]) };
    const rest = afterSave(two, one.sending!, sent.points, theirsSince, new Date())!;
    expect(rest.state).toEqual({ kind: 'conflict', current: theirsSince });
    expect(rest.edits.map((q) => q.edit)).toEqual([add('2022', 13)]);
  });

  it('keeps the batch for a retry only when the reply may have been lost', () => {
    const one = withBatch(queueEdit(undefined, edit(add('2021', 12))), 'change-1');
    expect(afterFailure(one, { kind: 'waiting', problem: 'offline' }, new Date()).sending?.changeId).toBe('change-1');
    expect(afterFailure(one, { kind: 'rejected', problem: 'bad' }, new Date()).sending).toBeUndefined();
    expect(afterFailure(one, { kind: 'conflict', current: saved }, new Date()).sending).toBeUndefined();
  });

  it('discards only the edits the lead saw', () => {
    const one = queueEdit(undefined, edit(add('2021', 12)));
    const two = queueEdit(one, edit(add('2022', 13)));
    expect(
      withoutEdits(
        two,
        one.edits.map((q) => q.id),
      )!.edits.map((q) => q.edit),
    ).toEqual([add('2022', 13)]);
    expect(
      withoutEdits(
        two,
        two.edits.map((q) => q.id),
      ),
    ).toBeUndefined();
  });

  it("applies the same edits on top of a colleague's version", () => {
    const mine = queueEdit(undefined, edit(add('2021', 12)));
    const theirs: Series = { ...saved, version: 5, points: points(['2019', 9.5], ['2020', 11]) };
    const rebased = rebaseOnto({ ...mine, state: { kind: 'conflict', current: theirs } }, theirs, new Date('2026-11-24T11:00:00Z'));
    expect(rebased.state).toEqual({ kind: 'waiting' });
    expect(changeToSend(rebased)).toMatchObject({ baseVersion: 5, points: points(['2019', 9.5], ['2020', 11], ['2021', 12]) });
  });

  it('sends exactly what applying the edits one by one gives, whatever they are', () => {
    // Pooled 2016-18 and calendar 2017 share a middle: their order must come out the same too.
    const period = fc.constantFrom('2016-18', '2017', '2018', '2019', '2020', '2021', '2022');
    const anEdit: fc.Arbitrary<PointEdit> = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), period }),
      fc.record({
        kind: fc.constant('upsert' as const),
        point: fc.record({ period, value: fc.double({ noNaN: true, noDefaultInfinity: true }), provenance: fc.constant('published' as const) }),
      }),
    );
    fc.assert(
      fc.property(fc.array(anEdit, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 8 }), (edits, split) => {
        const pending = edits.reduce<ReturnType<typeof queueEdit> | undefined>((p, e) => queueEdit(p, edit(e)), undefined)!;
        const all = changeToSend(pending).points;
        // Saving some edits, then the rest on top, lands on the same figures as sending them all.
        const sent = Math.min(split, edits.length);
        const savedPart: Series = { ...saved, version: 5, points: pointsAfter(saved.points, pending.edits.slice(0, sent)) };
        const batch = { changeId: 'change-1', editIds: pending.edits.slice(0, sent).map((q) => q.id) };
        const rest = afterSave({ ...pending, sending: batch }, batch, savedPart.points, savedPart, new Date());
        expect(rest ? changeToSend(rest).points : savedPart.points).toEqual(all);
        // Periods stay unique.
        expect(new Set(all.map((p) => p.period)).size).toBe(all.length);
        // Keyed and sorted once, exactly as applying the edits one at a time.
        expect(all).toEqual(edits.reduce<DataPoint[]>((points, e) => applyEdit(points, e), [...saved.points]));
      }),
    );
  });
});
