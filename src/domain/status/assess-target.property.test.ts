import fc from 'fast-check';
import { makeIndicator, makeTarget } from '../../../tests/helpers/indicator-fixture';
import { assessTarget, type StatusKind } from './assess-target';
import { timePoints } from '../periods/timed-point';
import type { DataPoint, Direction, Indicator, TargetRule } from '../types';

const RANK: Record<StatusKind, number> = {
  missed: 0,
  'off-track': 1,
  'at-risk': 2,
  'on-track': 3,
  achieved: 4,
  awaited: -1,
  'not-enough-data': -1,
};

interface Case {
  direction: Direction;
  rule: TargetRule;
  baseline: number;
  later: number[];
  targetYear: number;
}

// Yearly figures from 2016; the target year lies after the last figure.
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    direction: fc.constantFrom<Direction>('lower-is-better', 'higher-is-better'),
    relative: fc.boolean(),
    percent: fc.integer({ min: -60, max: 60 }),
    absolute: fc.double({ min: -500, max: 500, noNaN: true }),
    baseline: fc.double({ min: -500, max: 500, noNaN: true }),
    later: fc.array(fc.double({ min: -500, max: 500, noNaN: true }), { minLength: 0, maxLength: 7 }),
    yearsAhead: fc.integer({ min: 1, max: 12 }),
  })
  .map((r) => ({
    direction: r.direction,
    rule: r.relative ? { kind: 'relative', percent: r.percent } : { kind: 'absolute', value: r.absolute },
    baseline: r.baseline,
    later: r.later,
    targetYear: 2016 + r.later.length + r.yearsAhead,
  }));

function setUp(c: Case): { indicator: Indicator; data: DataPoint[] } {
  const indicator = makeIndicator({
    direction: c.direction,
    baselinePeriod: '2016',
    targets: [makeTarget({ period: String(c.targetYear), rule: c.rule })],
  });
  const data = [c.baseline, ...c.later].map((value, i) => ({
    period: String(2016 + i),
    value,
    provenance: 'illustrative' as const,
  }));
  return { indicator, data };
}

function run(indicator: Indicator, data: DataPoint[], today: number) {
  return assessTarget({ indicator, target: indicator.targets[0]!, points: timePoints(data), today });
}

function improve(value: number, by: number, direction: Direction) {
  return direction === 'lower-is-better' ? value - by : value + by;
}

describe('status engine properties', () => {
  it('a better latest value never gives a worse status (target still open)', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 300, noNaN: true }), (c, by) => {
        fc.pre(c.later.length > 0);
        const { indicator, data } = setUp(c);
        const today = 2016 + c.later.length + 0.5;
        const better = data.map((p, i) => (i === data.length - 1 ? { ...p, value: improve(p.value, by, c.direction) } : p));
        expect(RANK[run(indicator, better, today).status]).toBeGreaterThanOrEqual(RANK[run(indicator, data, today).status]);
      }),
    );
  });

  it('a better figure for the target year never turns "met" into "missed" (target passed)', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 300, noNaN: true }), (c, by) => {
        const { indicator, data } = setUp({ ...c, targetYear: 2016 + c.later.length + 1 });
        const withTargetYear = [...data, { period: String(2016 + c.later.length + 1), value: c.baseline, provenance: 'illustrative' as const }];
        const better = withTargetYear.map((p, i) => (i === withTargetYear.length - 1 ? { ...p, value: improve(p.value, by, c.direction) } : p));
        const today = 2040;
        expect(RANK[run(indicator, better, today).status]).toBeGreaterThanOrEqual(RANK[run(indicator, withTargetYear, today).status]);
      }),
    );
  });

  it('flipping the direction and the sign of every value mirrors the result', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 2016, max: 2045, noNaN: true }), (c, today) => {
        const { indicator, data } = setUp(c);
        const flippedRule: TargetRule = c.rule.kind === 'absolute' ? { kind: 'absolute', value: -c.rule.value } : c.rule;
        const mirrored = setUp({
          ...c,
          direction: c.direction === 'lower-is-better' ? 'higher-is-better' : 'lower-is-better',
          rule: flippedRule,
          baseline: -c.baseline,
          later: c.later.map((v) => -v),
        });
        const a = run(indicator, data, today);
        const b = run(mirrored.indicator, mirrored.data, today);
        expect(b.status).toBe(a.status);
        if (a.marginToTarget !== undefined) expect(b.marginToTarget).toBeCloseTo(a.marginToTarget, 6);
      }),
    );
  });

  it('always explains itself in words, never with NaN or undefined', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 2010, max: 2045, noNaN: true }), (c, today) => {
        const { indicator, data } = setUp(c);
        const { explanation } = run(indicator, data, today);
        expect(explanation.length).toBeGreaterThan(20);
        expect(explanation).not.toMatch(/NaN|undefined|Infinity/);
      }),
    );
  });

  it('before the target period ends, "achieved" means exactly that the latest figure meets the target', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        fc.pre(c.later.length > 0);
        const { indicator, data } = setUp(c);
        const a = run(indicator, data, 2016 + c.later.length + 0.5);
        const latest = data.at(-1)!.value;
        const meets = c.direction === 'lower-is-better' ? latest <= a.resolved!.value + 1e-6 : latest >= a.resolved!.value - 1e-6;
        if (a.status === 'achieved') expect(meets).toBe(true);
        if (!meets) expect(a.status).not.toBe('achieved');
      }),
    );
  });
});
