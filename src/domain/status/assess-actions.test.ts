import fc from 'fast-check';
import { actionToday, assessActions } from './assess-actions';
import type { Action, ActionStatus } from '../types';

const action = (id: string, status: ActionStatus, due: string): Action => ({ id, title: `Action ${id}`, owner: 'Carers Centre', due, status, provenance: 'illustrative' });
const TODAY = '2026-11-26';

describe('a commitment judged on its actions', () => {
  it('has no status but says so when there are no actions', () => {
    const plan = assessActions([], TODAY);
    expect(plan.status).toBe('no-actions');
    expect(plan.explanation).toBe('No actions have been set for this yet.');
  });

  it('reads an unfinished action past its due date as late, and says it is the app’s reading', () => {
    const read = actionToday(action('a', 'on-track', '2026-03-31'), TODAY);
    expect(read).toMatchObject({ status: 'late', overdue: true });
    expect(actionToday(action('b', 'done', '2026-03-31'), TODAY)).toMatchObject({ status: 'done', overdue: false });
    expect(actionToday(action('c', 'at-risk', '2026-11-26'), TODAY)).toMatchObject({ status: 'at-risk', overdue: false });
  });

  it('is late if any action is late, naming it and its due date', () => {
    const plan = assessActions([action('1', 'done', '2026-01-31'), action('2', 'on-track', '2026-03-31'), action('3', 'at-risk', '2027-03-31')], TODAY);
    expect(plan.status).toBe('late');
    expect(plan.explanation).toBe('1 of 3 actions done. 1 late: “Action 2” was due by 31 March 2026 and is not marked done.');
    const two = assessActions([action('1', 'on-track', '2025-01-31'), action('2', 'at-risk', '2026-03-31'), action('3', 'late', '2027-03-31')], TODAY);
    expect(two.explanation).toBe(
      '0 of 3 actions done. 3 late: “Action 1” and “Action 2” were due by 31 March 2026 or earlier and are not marked done. “Action 3” is reported late.',
    );
  });

  it('is at risk when none is late but one is at risk', () => {
    const plan = assessActions([action('1', 'on-track', '2027-01-31'), action('2', 'at-risk', '2027-03-31')], TODAY);
    expect(plan.status).toBe('at-risk');
    expect(plan.explanation).toBe('0 of 2 actions done. 1 at risk: “Action 2”.');
  });

  it('is done only when every action is done, and not started only when none has', () => {
    expect(assessActions([action('1', 'done', '2026-01-31'), action('2', 'done', '2027-01-31')], TODAY).status).toBe('done');
    const waiting = assessActions([action('1', 'not-started', '2027-05-31'), action('2', 'not-started', '2027-01-31')], TODAY);
    expect(waiting.status).toBe('not-started');
    expect(waiting.explanation).toBe('None of the 2 actions have started. The first is due by 31 January 2027.');
    expect(assessActions([action('1', 'not-started', '2027-05-31'), action('2', 'done', '2026-01-31')], TODAY).status).toBe('on-track');
  });

  it('counts every action once, whatever the mix', () => {
    const statuses: ActionStatus[] = ['not-started', 'on-track', 'at-risk', 'late', 'done'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...statuses), fc.integer({ min: 0, max: 3000 })), { maxLength: 40 }), (list) => {
        const actions = list.map(([status, day], i) => action(String(i), status, new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10)));
        const plan = assessActions(actions, TODAY);
        const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(actions.length);
        // Late wins over everything: a board hears first what needs its attention.
        if (plan.actions.some((a) => a.status === 'late')) expect(plan.status).toBe('late');
        if (plan.status === 'done') expect(plan.counts.done).toBe(actions.length);
      }),
    );
  });
});
