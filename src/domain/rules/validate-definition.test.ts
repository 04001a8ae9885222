import { indicatorSchema } from '../../data-source/schemas';
import { makeIndicator, makeTarget } from '../../../tests/helpers/indicator-fixture';
import { diffIndicator } from '../changes/diff-indicator';
import { blankTarget, definitionInputOf, validateDefinition } from './validate-definition';

const indicator = makeIndicator({ sourceUrl: 'https://example.org/source' });

describe('validateDefinition', () => {
  it('gives back the same indicator when nothing is changed', () => {
    expect(validateDefinition(definitionInputOf(indicator), indicator)).toEqual({ ok: true, indicator });
  });

  it('adds a revised target next to the original, with an id of its own', () => {
    const input = definitionInputOf(indicator);
    input.targets.push({ ...blankTarget(), label: 'Revised (2023 plan)', period: '2027/28', kind: 'absolute', amount: '9.1', source: 'Joint Forward Plan 2023' });
    const result = validateDefinition(input, indicator);
    expect(result.ok && result.indicator.targets[1]).toEqual({
      id: 'revised-2023-plan',
      label: 'Revised (2023 plan)',
      period: '2027/28',
      rule: { kind: 'absolute', value: 9.1 },
      provenance: 'published',
      source: 'Joint Forward Plan 2023',
    });
  });

  it('refuses a target dated before its baseline, beside the target’s period (the set-up form runs the same)', () => {
    const input = definitionInputOf(indicator);
    input.targets[0] = { ...input.targets[0]!, period: '2010' };
    const result = validateDefinition(input, indicator);
    expect(!result.ok && result.errors['targets.0.period']).toMatch(/^The target period 2010 is not after the baseline period/);
  });

  it('refuses a source link that names a user before its site, and says where it really leads (issue 30)', () => {
    const input = { ...definitionInputOf(indicator), sourceUrl: 'https://fingertips.phe.org.uk@evil.example/' };
    const result = validateDefinition(input, indicator);
    expect(!result.ok && result.errors.sourceUrl).toMatch(/leads to evil\.example, not where it seems/);
    expect(indicatorSchema.safeParse({ ...indicator, sourceUrl: 'https://fingertips.phe.org.uk@evil.example/' }).success).toBe(false);
    expect(indicatorSchema.safeParse({ ...indicator, sourceUrl: 'https://fingertips.phe.org.uk/profile/suicide?x=a@b' }).success).toBe(true);
  });

  it('puts each problem under the path of its field', () => {
    const input = { ...definitionInputOf(indicator), baselinePeriod: '2016/18', source: ' ', sourceUrl: 'javascript:alert(1)' };
    input.targets[0] = { ...input.targets[0]!, period: '', amount: '-150', basePeriod: 'soon', source: '=cmd' };
    const result = validateDefinition(input, indicator);
    expect(result.ok ? {} : Object.keys(result.errors).sort()).toEqual(
      ['baselinePeriod', 'source', 'sourceUrl', 'targets.0.amount', 'targets.0.basePeriod', 'targets.0.period', 'targets.0.source'].sort(),
    );
    expect(result.ok || result.errors['targets.0.amount']).toBe('A change in percent is between −100 and 1000.');
    expect(result.ok || result.errors.sourceUrl).toContain('https://');
  });

  it('insists on at least one target', () => {
    expect(validateDefinition({ ...definitionInputOf(indicator), targets: [] }, indicator)).toEqual({
      ok: false,
      errors: { targets: expect.stringContaining('at least one target') },
    });
  });
});

describe('diffIndicator', () => {
  it('says what changed, field by field, for the history', () => {
    const after = makeIndicator({
      baselinePeriod: '2017-19',
      targets: [makeTarget({ period: '2021/22' }), makeTarget({ id: 'revised', label: 'Revised', period: '2027', rule: { kind: 'absolute', value: 9 } })],
    });
    expect(diffIndicator(makeIndicator(), after)).toEqual([
      { field: 'Baseline period', before: '2016-18', after: '2017-19' },
      { field: 'Target “Original”: period', before: '2020/21', after: '2021/22' },
      { field: 'Target “Original”: target', before: '\u221210% from 2016-18', after: '\u221210% from 2017-19' },
      { field: 'Target “Revised”', after: '9 by 2027' },
    ]);
  });
});
