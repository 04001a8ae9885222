import fc from 'fast-check';
import { ONE_HALTON_FRAMEWORK } from '../../../mocks/data/examples/one-halton-carers';
import { diffFramework } from './diff-framework';
import { onlyAddsActionUpdates, queueFramework, type PendingFramework } from './pending-framework';
import { rebaseFramework } from './rebase-framework';
import type { Framework } from '../types';

const base: Framework = structuredClone(ONE_HALTON_FRAMEWORK);
const editor = { name: 'Sam', organisation: 'Halton' };

const rename = (f: Framework, number: number, title: string): Framework => ({ ...f, ambitions: f.ambitions.map((a) => (a.number === number ? { ...a, title } : a)) });
const addPlace = (f: Framework, id: string): Framework => ({ ...f, places: [...f.places, { id, name: id, isTotal: false }] });
const addUpdate = (f: Framework, actionId: string, updateId: string): Framework => ({
  ...f,
  ambitions: f.ambitions.map((a) => ({
    ...a,
    actions: a.actions?.map((x) =>
      x.id === actionId
        ? { ...x, updates: [...(x.updates ?? []), { id: updateId, at: `2026-11-2${updateId.length}T10:00:00Z`, author: editor, status: 'on-track' as const, text: updateId }] }
        : x,
    ),
  })),
});

describe('laying an admin’s change on a colleague’s (rebaseFramework)', () => {
  it('keeps both when they changed different things', () => {
    const mine = addPlace(base, 'widnes');
    const theirs = rename(base, 3, 'Young carers (renamed)');
    const merged = rebaseFramework(base, mine, theirs);
    expect(merged.places.map((p) => p.id)).toContain('widnes');
    expect(merged.ambitions[2]!.title).toBe('Young carers (renamed)');
  });

  it('keeps a colleague’s update to the same action beside mine', () => {
    const mine = addUpdate(base, 'oh-3-2', 'mine');
    const theirs = addUpdate(base, 'oh-3-2', 'theirs!');
    const updates = rebaseFramework(base, mine, theirs)
      .ambitions[2]!.actions!.find((x) => x.id === 'oh-3-2')!
      .updates!.map((u) => u.id);
    expect(updates).toEqual(expect.arrayContaining(['mine', 'theirs!']));
  });

  it('gives theirs when I changed nothing, and mine when they changed nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.string({ minLength: 1, maxLength: 12 })), { maxLength: 6 }), (renames) => {
        const changed = renames.reduce((f, [n, t]) => rename(f, n, t), base);
        expect(rebaseFramework(base, base, changed)).toEqual({ ...changed, programmes: changed.programmes });
        expect(diffFramework(changed, rebaseFramework(base, changed, base))).toEqual([]);
      }),
    );
  });
});

describe('a change to the set-up kept on this device', () => {
  const queued = (pending: PendingFramework | undefined, update: (f: Framework) => Framework, note: string) =>
    queueFramework(pending, { saved: base, update, note, editor, now: new Date('2026-11-26T10:00:00Z') });

  it('is made on the changes kept before it, and says each one', () => {
    const first = queued(undefined, (f) => addPlace(f, 'widnes'), 'Added the place Widnes');
    const second = queued(first, (f) => addPlace(f, 'runcorn'), 'Added the place Runcorn');
    expect(second.proposed.places.map((p) => p.id).slice(-2)).toEqual(['widnes', 'runcorn']);
    expect(second.notes).toEqual(['Added the place Widnes', 'Added the place Runcorn']);
    expect(second.base).toBe(base);
  });

  it('is told apart when it only adds updates to actions (which may meet a colleague’s change without asking)', () => {
    expect(onlyAddsActionUpdates(queued(undefined, (f) => addUpdate(f, 'oh-3-2', 'u'), 'Update'))).toBe(true);
    expect(onlyAddsActionUpdates(queued(undefined, (f) => addPlace(addUpdate(f, 'oh-3-2', 'u'), 'widnes'), 'Update'))).toBe(false);
  });
});

describe('what a change to the set-up did, in words (diffFramework)', () => {
  it('names the place, the commitment in the partnership’s own word, the action and the programme', () => {
    const after = addUpdate(addPlace(rename(base, 3, 'Young carers in school'), 'widnes'), 'oh-3-2', 'u1');
    after.programmes = [{ ...after.programmes![0]!, funding: 500_000 }];
    expect(diffFramework(base, after)).toEqual([
      { field: 'Place', after: 'widnes' },
      { field: 'Improvement area 3: title', before: 'Young carers', after: 'Young carers in school' },
      { field: 'Improvement area 3: action “Young carers’ assessments within 28 days”: update', after: 'On track: u1 (Sam)' },
      { field: 'Programme “Carers’ strategy delivery plan”: funding', before: '£450,000', after: '£500,000' },
    ]);
  });
});
