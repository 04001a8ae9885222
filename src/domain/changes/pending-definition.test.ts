import { makeIndicator } from '../../../tests/helpers/indicator-fixture';
import { afterDefinitionFailed, afterDefinitionSaved, definitionToSend, mergeDefinition, queueDefinition, withDefinitionBatch } from './pending-definition';
import type { Indicator } from '../types';

const base: Indicator = makeIndicator({ id: 'suicide-rate', name: 'Suicide rate' });
const alice = { name: 'Alice', organisation: 'Leeds' };
const queued = (proposed: Indicator, pending?: ReturnType<typeof queueDefinition>) =>
  queueDefinition(pending, {
    frameworkId: 'wyh',
    labels: { indicator: 'Suicide rate', ambitionNumber: 5 },
    saved: base,
    proposed,
    editor: alice,
    now: new Date('2026-11-25T10:00:00Z'),
  });

describe('a kept change to an indicator’s definition', () => {
  it('sends the same batch, with the same change id, until the source answers; a newer proposal follows it', () => {
    const first = withDefinitionBatch(queued({ ...base, source: 'ONS' }), 'change-def-1');
    const sent = definitionToSend(first);
    expect(sent).toMatchObject({ changeId: 'change-def-1', baseVersion: 0, indicator: { source: 'ONS' } });
    const failed = afterDefinitionFailed(first, { kind: 'waiting', problem: 'offline' }, new Date());
    const newer = queued({ ...base, source: 'OHID' }, failed);
    expect(definitionToSend(withDefinitionBatch(newer, 'change-def-2'))).toEqual(sent);
    const saved = { ...base, source: 'ONS', version: 1 };
    const rest = afterDefinitionSaved(newer, newer.sending!, saved, new Date())!;
    expect(rest.base).toBe(saved);
    expect(definitionToSend(withDefinitionBatch(rest, 'change-def-3'))).toMatchObject({ changeId: 'change-def-3', baseVersion: 1, indicator: { source: 'OHID' } });
    expect(afterDefinitionSaved(first, first.sending!, saved, new Date())).toBeUndefined();
  });

  it('lays only what the lead changed on a colleague’s version, target by target', () => {
    const [original] = base.targets;
    const mine: Indicator = { ...base, source: 'Mine', targets: [...base.targets, { ...original!, id: 'revised', label: 'Revised' }] };
    const theirs: Indicator = { ...base, baselinePeriod: '2017-19', targets: base.targets.map((t) => ({ ...t, note: 'Theirs' })), version: 1 };
    const merged = mergeDefinition(base, mine, theirs);
    expect(merged).toMatchObject({ source: 'Mine', baselinePeriod: '2017-19', version: 1 });
    expect(merged.targets.map((t) => [t.id, t.note])).toEqual([...theirs.targets.map((t) => [t.id, 'Theirs']), ['revised', original!.note]]);
    // A target the lead removed goes; one only they changed, which the colleague removed, stays in view.
    expect(mergeDefinition(base, { ...base, targets: base.targets.slice(1) }, theirs).targets).toHaveLength(theirs.targets.length - 1);
    const changedMine = { ...base, targets: base.targets.map((t) => ({ ...t, label: 'Mine' })) };
    expect(mergeDefinition(base, changedMine, { ...theirs, targets: [] }).targets.map((t) => t.label)).toEqual(base.targets.map(() => 'Mine'));
  });
});
