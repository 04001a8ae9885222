import { makeIndicator, makeTarget, points } from '../../../tests/helpers/indicator-fixture';
import { assessTarget } from './assess-target';
import { timePoints } from '../periods/timed-point';
import type { DataPoint, Indicator } from '../types';

// The fixture: a rate where lower is better, 10.0 in 2016-18, target −10% (9.0) by 2020/21.
const BEFORE_TARGET = 2019.9;
const TODAY = 2026.9;

function assess(data: DataPoint[], today = BEFORE_TARGET, indicator: Indicator = makeIndicator()) {
  return assessTarget({ indicator, target: indicator.targets[0]!, points: timePoints(data), today });
}

describe('assessTarget before the target period ends', () => {
  it('is on track when the latest figure is on the path and the trend reaches the target', () => {
    const a = assess(points(['2016-18', 10], ['2017-19', 9.6]));
    expect(a.status).toBe('on-track');
    expect(a.requiredAtLatest).toBeCloseTo(10 - 1 / 3.25);
    expect(a.projection?.valueAtTarget).toBeCloseTo(8.7);
    expect(a.explanation).toBe(
      'Latest figure: 9.6 per 100,000 in 2017-19. That is on or ahead of the 9.7 per 100,000 needed by then on a straight path to 9.0 per 100,000 by 2020/21 (10% lower than 10.0 per 100,000 in 2016-18). On the recent trend it would be 8.7 per 100,000 by 2020/21, meeting the target.',
    );
  });

  it('is at risk when behind the path although the trend still reaches the target', () => {
    const a = assess(points(['2016-18', 10], ['2017-19', 9.3], ['2018-20', 9.45]));
    expect(a.status).toBe('at-risk');
    expect(a.onPath).toBe(false);
    expect(a.marginToTarget).toBeGreaterThan(0);
  });

  it('is at risk when the trend gets at least half way but not all the way', () => {
    const a = assess(points(['2016-18', 10], ['2017-19', 9.8]));
    expect(a.status).toBe('at-risk');
    expect(a.projection?.valueAtTarget).toBeCloseTo(9.35);
    expect(a.explanation).toContain('behind the 9.7 per 100,000 needed by then');
    expect(a.explanation).toContain('missing it by 0.3 per 100,000');
  });

  it('is off track when behind the path and the trend moves the wrong way', () => {
    const a = assess(points(['2016-18', 10], ['2017-19', 10.4]));
    expect(a.status).toBe('off-track');
    expect(a.explanation).toContain('would be 11.3 per 100,000 by 2020/21, missing it by 2.3 per 100,000');
  });

  it('is achieved when the latest figure already meets the target', () => {
    const a = assess(points(['2016-18', 10], ['2017-19', 8.9]));
    expect(a.status).toBe('achieved');
    expect(a.marginToTarget).toBeCloseTo(0.1);
    expect(a.explanation).toContain('already better than the target');
  });

  it('counts a figure equal to the target as meeting it', () => {
    expect(assess(points(['2016-18', 10], ['2017-19', 9])).status).toBe('achieved');
  });

  it('needs more than the baseline figure', () => {
    const a = assess(points(['2016-18', 10]));
    expect(a.status).toBe('not-enough-data');
    expect(a.explanation).toContain('only the baseline figure (10.0 per 100,000 in 2016-18)');
  });

  it('needs the baseline figure itself', () => {
    const a = assess(points(['2017-19', 9.6]));
    expect(a.status).toBe('not-enough-data');
    expect(a.explanation).toContain('There is no baseline figure for 2016-18 yet.');
    expect(a.explanation).toContain('The latest figure is 9.6 per 100,000 in 2017-19.');
  });

  it('says so when there are no figures at all', () => {
    expect(assess([]).explanation).toContain('Not enough data');
  });

  it('respects direction: for higher-is-better a rise is progress', () => {
    const indicator = makeIndicator({
      direction: 'higher-is-better',
      unit: { kind: 'percent', label: '%', decimals: 1 },
      baselinePeriod: '2018',
      targets: [makeTarget({ period: '2028', rule: { kind: 'absolute', value: 75 } })],
    });
    const rising = assess(points(['2018', 50], ['2019', 53], ['2020', 55.5]), 2021, indicator);
    expect(rising.status).toBe('on-track');
    const falling = assess(points(['2018', 50], ['2019', 49], ['2020', 48]), 2021, indicator);
    expect(falling.status).toBe('off-track');
    expect(falling.explanation).toContain('75.0% by 2028');
  });

  it('reads the trend from the last five figures only', () => {
    const a = assess(
      points(['2016-18', 10], ['2017-19', 14], ['2018-20', 9.5], ['2019-21', 9.4], ['2020-22', 9.3], ['2021-23', 9.2], ['2022-24', 9.1]),
      2020,
      makeIndicator({ targets: [makeTarget({ period: '2030' })] }),
    );
    expect(a.projection?.from.map((p) => p.period)).toEqual(['2018-20', '2019-21', '2020-22', '2021-23', '2022-24']);
  });
});

describe('assessTarget once the target period has passed', () => {
  it('judges a 2020/21 target on the pooled figure that covers it, and says which', () => {
    const a = assess(points(['2016-18', 10], ['2018-20', 9.2], ['2019-21', 9.4], ['2021-23', 9.1]), TODAY);
    expect(a.status).toBe('missed');
    expect(a.judgedOn?.period).toBe('2019-21');
    expect(a.marginToTarget).toBeCloseTo(-0.4);
    expect(a.explanation).toBe(
      'Target missed, by 0.4 per 100,000. There is no figure for 2020/21 itself; the 2019-21 figure, which covers it, was 9.4 per 100,000 against a target of 9.0 per 100,000 by 2020/21 (10% lower than 10.0 per 100,000 in 2016-18). Latest figure: 9.1 per 100,000 in 2021-23.',
    );
  });

  it('never lets an earlier figure of the same kind stand in for the target period', () => {
    const indicator = makeIndicator({ targets: [makeTarget({ period: '2022-24' })] });
    const a = assess(points(['2016-18', 10], ['2020-22', 9.5], ['2021-23', 8.9]), TODAY, indicator);
    expect(a.status).toBe('awaited');
    expect(a.explanation).toContain('The figure for 2022-24 is not published yet');
  });

  it('says plainly when a later figure stands in for a missing one', () => {
    const indicator = makeIndicator({ targets: [makeTarget({ period: '2021-23' })] });
    const a = assess(points(['2016-18', 10], ['2020-22', 9.5], ['2022-24', 8.8]), TODAY + 2, indicator);
    expect(a.explanation).toMatch(/^Target met, by 0\.2 per 100,000\. There is no figure for 2021-23 itself; the next figure, for 2022-24, was 8\.8/);
    expect(a.explanation).not.toContain('(the figure for');
  });

  it('says a target met to the figure’s precision is met exactly, not "by 0.0"', () => {
    const met = assess(points(['2016-18', 10], ['2019-21', 9.0], ['2021-23', 9.1]), TODAY);
    expect(met.explanation).toMatch(/^Target met exactly\./);
    const missed = assess(points(['2016-18', 10], ['2019-21', 9.04], ['2021-23', 9.1]), TODAY);
    expect(missed.status).toBe('missed');
    expect(missed.explanation).toMatch(/^Target missed, by less than 0\.1 per 100,000\./);
  });

  it('is achieved when the figure for the target period met it, even if later figures worsen', () => {
    const a = assess(points(['2016-18', 10], ['2019-21', 8.8], ['2021-23', 9.6]), TODAY);
    expect(a.status).toBe('achieved');
    expect(a.explanation).toMatch(/^Target met, by 0.2 per 100,000\./);
  });

  it('is awaited when the figure for the target period is not published yet', () => {
    const indicator = makeIndicator({ targets: [makeTarget({ period: '2025' })] });
    const a = assess(points(['2016-18', 10], ['2020-22', 9.5], ['2021-23', 9.4]), TODAY, indicator);
    expect(a.status).toBe('awaited');
    expect(a.explanation).toContain('The figure for 2025 is not published yet');
    expect(a.explanation).toContain('On the recent trend it would be');
  });

  it('uses the exact period when there is one', () => {
    const indicator = makeIndicator({ baselinePeriod: '2016', targets: [makeTarget({ period: '2020' })] });
    const a = assess(points(['2016', 10], ['2019', 9.5], ['2020', 8.9], ['2021', 9.3]), TODAY, indicator);
    expect(a.judgedOn?.period).toBe('2020');
    expect(a.status).toBe('achieved');
    expect(a.explanation).toContain('The 2020 figure was 8.9 per 100,000');
  });

  it('measures a revised target from its own base period', () => {
    const indicator = makeIndicator({
      baselinePeriod: '2016',
      targets: [makeTarget({ period: '2030', basePeriod: '2022', rule: { kind: 'relative', percent: -10 } })],
    });
    const a = assess(points(['2016', 12], ['2022', 10], ['2023', 9.9]), 2024, indicator);
    expect(a.resolved?.value).toBeCloseTo(9);
    expect(a.resolved?.base.period).toBe('2022');
  });
});
