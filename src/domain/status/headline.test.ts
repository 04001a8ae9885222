import fc from 'fast-check';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { WYH_SERIES } from '../../../mocks/data/wyh/series';
import { assessIndicator } from './assess-indicator';
import { describeChangeSinceBaseline, headlineFrom, isRevised, targetInForce } from './headline';
import { decimalYear, periodOf } from '../periods/period';

// The seed judged as at 24 November 2026, when every five-year-plan target (2020/21 to 2025) has
// passed and the revised ones (2027, 2028) are open.
const TODAY = decimalYear(new Date('2026-11-24T12:00:00Z'));

const headlineOf = (ambitionNumber: number, placeId: string) => {
  const indicator = WYH_FRAMEWORK.ambitions.find((a) => a.number === ambitionNumber)!.indicators[0]!;
  const series = WYH_SERIES.find((s) => s.indicatorId === indicator.id && s.placeId === placeId)!;
  return headlineFrom(indicator, assessIndicator(indicator, series, TODAY), TODAY)!;
};

describe('the headline: the plan’s verdict and the status against the target in force', () => {
  it('Bradford District and Craven ambition 1 (illustrative): the 2024 plan target’s figure is awaited; against the 2028 Joint Forward Plan target it is off track', () => {
    const headline = headlineOf(1, 'bradford');
    expect(headline.indicator.id).toBe('le-gap-male');
    expect([headline.plan.target.period, headline.plan.status]).toEqual(['2024', 'awaited']);
    expect([headline.now.target.period, headline.now.status]).toEqual(['2028', 'off-track']);
    expect(isRevised(headline)).toBe(true);
  });

  it('Leeds ambition 1, as Fingertips publishes it: the 2022-24 figure is in, so the 2024 plan target is missed; off track for 2028', () => {
    const headline = headlineOf(1, 'leeds');
    expect([headline.plan.target.period, headline.plan.status]).toEqual(['2024', 'missed']);
    expect([headline.now.target.period, headline.now.status]).toEqual(['2028', 'off-track']);
  });

  it('Bradford District and Craven suicide (illustrative): the 2020/21 plan target was missed; the 2027 strategy target is in force and off track', () => {
    const headline = headlineOf(5, 'bradford');
    expect([headline.plan.target.period, headline.plan.status]).toEqual(['2020/21', 'missed']);
    expect([headline.now.target.period, headline.now.status]).toEqual(['2027', 'off-track']);
  });

  it('one target only: the plan’s verdict is the headline, told once', () => {
    const headline = headlineOf(9, 'wyh');
    expect(headline.now).toBe(headline.plan);
    expect(isRevised(headline)).toBe(false);
  });

  it('before the plan’s deadline, the plan’s target is the one in force', () => {
    const early = decimalYear(new Date('2022-06-01T00:00:00Z'));
    const indicator = WYH_FRAMEWORK.ambitions[0]!.indicators[0]!;
    const series = WYH_SERIES.find((s) => s.indicatorId === indicator.id && s.placeId === 'leeds')!;
    const headline = headlineFrom(indicator, assessIndicator(indicator, series, early), early)!;
    expect(headline.now).toBe(headline.plan);
  });

  it('an indicator with no target has no headline', () => {
    const indicator = { ...WYH_FRAMEWORK.ambitions[0]!.indicators[0]!, targets: [] };
    expect(headlineFrom(indicator, [], TODAY)).toBeUndefined();
  });
});

describe('the target in force', () => {
  const years = fc.uniqueArray(fc.integer({ min: 2015, max: 2035 }), { minLength: 1, maxLength: 6 });

  it('is the open target with the nearest deadline, else the one that ended last', () => {
    fc.assert(
      fc.property(years, fc.double({ min: 2010, max: 2040, noNaN: true }), (ys, today) => {
        const targets = ys.map((y) => ({ period: String(y) }));
        const chosen = targets[targetInForce(targets, today)]!;
        const end = periodOf(chosen.period).end;
        const ends = targets.map((t) => periodOf(t.period).end);
        const open = ends.filter((e) => today < e);
        if (open.length > 0) expect(end).toBe(Math.min(...open));
        else expect(end).toBe(Math.max(...ends));
      }),
    );
  });

  it('is none when there are no targets', () => {
    expect(targetInForce([], TODAY)).toBe(-1);
  });
});

describe('the change since the baseline', () => {
  it('Leeds ambition 1: says how far and which way, from the target in force’s baseline', () => {
    const headline = headlineOf(1, 'leeds');
    expect(describeChangeSinceBaseline(headline)).toMatch(/^\d+\.\d years (better|worse) than in 2018-20$/);
  });
});
