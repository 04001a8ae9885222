import fc from 'fast-check';
import { makeIndicator, makeTarget, points } from '../../../tests/helpers/indicator-fixture';
import { assessIndicator } from './assess-indicator';
import { describePace, paceNeeded } from './pace-needed';
import { assessTarget } from './assess-target';
import { recentTrend } from './trend-test';
import { timePoints } from '../periods/timed-point';

const rate = makeIndicator({ targets: [makeTarget({ period: '2027', rule: { kind: 'relative', percent: -10 } })] });
const series = (pairs: [string, number][]) => ({ indicatorId: rate.id, placeId: 'x', version: 1, points: points(...pairs) });

describe('paceNeeded', () => {
  it('says the yearly change needed from the latest figure, beside the recent trend (a suicide-rate-like worked example)', () => {
    // Baseline 10.3 in 2016-18; target −10% = 9.27 by 2027; latest 11.3 in 2022-24 and rising.
    const [a] = assessIndicator(
      rate,
      series([
        ['2016-18', 10.3],
        ['2017-19', 10.5],
        ['2018-20', 10.8],
        ['2019-21', 10.9],
        ['2020-22', 11.1],
        ['2021-23', 11.3],
        ['2022-24', 11.3],
      ]),
      2026.9,
    );
    const pace = paceNeeded(a!, 'lower-is-better')!;
    expect(pace.yearsLeft).toBeCloseTo(2027.5 - 2023.5, 6);
    expect(pace.neededPerYear).toBeCloseTo((9.27 - 11.3) / 4, 6);
    expect(pace.achievedPerYear).toBeGreaterThan(0);
    expect(describePace(pace, rate.unit)).toBe(
      'To reach the target it needs a fall of 0.51 per 100,000 a year from the latest figure; the recent trend is a rise of 0.14 per 100,000 a year.',
    );
    // The trend is the least-squares slope over the last five figures: 10.8 to 11.3 gives 1.40 / 10.
  });

  it('says holding is enough when the latest figure already meets the target', () => {
    // The engine calls a target met early "achieved"; the sentence is there for any open status.
    const [a] = assessIndicator(
      rate,
      series([
        ['2016-18', 10],
        ['2019-21', 9.6],
        ['2022-24', 9.5],
      ]),
      2026.9,
    );
    const pace = paceNeeded({ ...a!, status: 'on-track', latest: { ...a!.latest!, value: 9 } }, 'lower-is-better')!;
    expect(pace.alreadyMet).toBe(true);
    expect(describePace(pace, rate.unit)).toMatch(/^The latest figure already meets the target: holding it is enough; the recent trend is a fall of/);
  });

  it('says nothing for a target already judged', () => {
    const passed = makeIndicator({ targets: [makeTarget({ period: '2020/21' })] });
    const [a] = assessIndicator(
      passed,
      series([
        ['2016-18', 10],
        ['2019-21', 11],
        ['2022-24', 12],
      ]),
      2026.9,
    );
    expect(paceNeeded(a!, 'lower-is-better')).toBeUndefined();
  });

  it('lands exactly on the target: latest + needed × years left = target', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 3, maxLength: 8 }), (values) => {
        const pairs = values.map((v, i): [string, number] => [String(2015 + i), v]);
        const [a] = assessIndicator(makeIndicator({ baselinePeriod: '2015', targets: [makeTarget({ period: '2030', basePeriod: undefined })] }), series(pairs), 2026.9);
        const pace = paceNeeded(a!, 'lower-is-better');
        if (!pace) return;
        expect(a!.latest!.value + pace.neededPerYear * pace.yearsLeft).toBeCloseTo(a!.resolved!.value, 6);
      }),
    );
  });
});

describe('one slope for one trend (issue 32, item 4)', () => {
  it('gives the pace the same slope as the tested recent trend, whatever the baseline', () => {
    const periods = ['2014-16', '2015-17', '2016-18', '2017-19', '2018-20', '2019-21', '2020-22', '2021-23'];
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 20, noNaN: true }), { minLength: 3, maxLength: 8 }), fc.integer({ min: 0, max: 5 }), (values, baseAt) => {
        const data = values.map((value, i) => ({ period: periods[i]!, value, provenance: 'illustrative' as const }));
        const base = periods[Math.min(baseAt, values.length - 2)]!;
        const indicator = makeIndicator({ baselinePeriod: base, targets: [makeTarget({ period: '2030' })] });
        const timed = timePoints(data);
        const assessment = assessTarget({ indicator, target: indicator.targets[0]!, points: timed, today: 2024 });
        const trend = recentTrend(timed, indicator.direction);
        if (assessment.projection && trend) expect(assessment.projection.line.slope).toBeCloseTo(trend.slopePerYear, 9);
      }),
    );
  });
});
