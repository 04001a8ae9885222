import fc from 'fast-check';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { WYH_SERIES } from '../../../mocks/data/wyh/series';
import { makeIndicator, makeTarget, points } from '../../../tests/helpers/indicator-fixture';
import { assessIndicator } from './assess-indicator';
import { dataLag, describeLag, describeOverdue, formatMonth } from './data-lag';
import { describeGap, gapProblem, gapRows, gapValue } from './gap-series';
import { describeMargin, marginCheck } from './margin-of-error';
import { decimalYear } from '../periods/period';
import { describeChangeMade, describePace, describeShares, describeTimeGone, lagOf, portfolioShares, sortPortfolio, type PortfolioRow } from './portfolio';
import { timePoints } from '../periods/timed-point';
import { criticalT, describeTrend, recentTrend } from './trend-test';
import type { DataPoint, Indicator } from '../types';

// Worked examples from the seed dataset (mocks/data/wyh), judged as at 24 November 2026, then the
// rules each calculation must keep whatever the figures.

const TODAY = decimalYear(new Date('2026-11-24T12:00:00Z'));
const indicatorOf = (id: string) => WYH_FRAMEWORK.ambitions.flatMap((a) => a.indicators).find((i) => i.id === id)!;
const seed = (indicatorId: string, placeId: string) => {
  const indicator = indicatorOf(indicatorId);
  const series = WYH_SERIES.find((s) => s.indicatorId === indicatorId && s.placeId === placeId)!;
  return { indicator, series, points: timePoints(series.points), headline: assessIndicator(indicator, series, TODAY)[0]! };
};
const timed = (...pairs: [string, number][]) => timePoints(points(...pairs));

describe('recent trend, tested (t-test on the least-squares slope)', () => {
  it('Bradford District and Craven suicide rate (illustrative): worsening over 2018-20 to 2022-24', () => {
    const { indicator, points: pts } = seed('suicide-rate', 'bradford');
    const trend = recentTrend(pts, indicator.direction)!;
    expect(trend.verdict).toBe('worsening');
    expect(trend.degreesOfFreedom).toBe(3);
    expect(Math.abs(trend.t)).toBeGreaterThan(criticalT(3));
    expect(describeTrend(trend, indicator.unit)).toBe(
      'Recent trend: worsening. Over the last 5 figures (2018-20 to 2022-24) it rose by 0.27 per 100,000 a year, more than chance variation would explain.',
    );
  });

  it('WY&H suicide rate, as published (2016-18 to 2020-22): a rise, but no significant change (t = 2.57 against 3.18 needed)', () => {
    const { indicator, points: pts } = seed('suicide-rate', 'wyh');
    const trend = recentTrend(pts, indicator.direction)!;
    expect(trend.verdict).toBe('no-significant-change');
    expect(trend.t).toBeCloseTo(2.57, 2);
    expect(describeTrend(trend, indicator.unit)).toMatch(
      /^Recent trend: no significant change\. .* rose by 0\.49 per 100,000 a year, which is within what chance variation could explain\.$/,
    );
  });

  it('a worked example by hand: slope 1.0, standard error 0.2, t = 5 > 3.18', () => {
    const trend = recentTrend(timed(['2019', 1.5], ['2020', 1.5], ['2021', 3.5], ['2022', 3.5], ['2023', 5.5]), 'higher-is-better')!;
    // Years centred −2..2: Sxx = 10, Sxy = 10, slope 1.0; fitted 1.1, 2.1, 3.1, 4.1, 5.1; residuals
    // 0.4, −0.6, 0.4, −0.6, 0.4; SSE 1.2; SE = √(1.2 / 3 / 10) = 0.2.
    expect(trend.slopePerYear).toBeCloseTo(1, 10);
    expect(trend.standardError).toBeCloseTo(0.2, 10);
    expect(trend.t).toBeCloseTo(5, 8);
    expect(trend.verdict).toBe('improving');
  });

  it('needs three figures', () => {
    expect(recentTrend(timed(['2020', 1], ['2021', 2]), 'lower-is-better')).toBeUndefined();
  });

  // Figures as published: a few decimals, not values so tiny that adding a shift rounds them away.
  const figure = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);
  const series = fc.array(figure, { minLength: 3, maxLength: 8 }).map((values) => timed(...values.map((v, i): [string, number] => [String(2010 + i), v])));

  it('does not care where the figures sit: adding a constant or scaling up keeps the verdict', () => {
    fc.assert(
      fc.property(series, figure, fc.double({ min: 0.5, max: 20, noNaN: true }), (pts, shift, scale) => {
        const base = recentTrend(pts, 'lower-is-better')!;
        const moved = recentTrend(
          pts.map((p) => ({ ...p, value: p.value * scale + shift })),
          'lower-is-better',
        )!;
        // Far from the threshold only: at |t| ≈ critical, float rounding may tip either way.
        if (Math.abs(Math.abs(base.t) - base.criticalT) < 1e-6 * base.criticalT || !Number.isFinite(base.t)) return;
        expect(moved.verdict).toBe(base.verdict);
      }),
    );
  });

  it('swaps improving and worsening when the better direction flips', () => {
    fc.assert(
      fc.property(series, (pts) => {
        const lower = recentTrend(pts, 'lower-is-better')!.verdict;
        const higher = recentTrend(pts, 'higher-is-better')!.verdict;
        const swap = { improving: 'worsening', worsening: 'improving', 'no-significant-change': 'no-significant-change' } as const;
        expect(higher).toBe(swap[lower]);
      }),
    );
  });

  it('calls a flat run no change, and a perfectly straight run of change significant', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }), fc.integer({ min: 3, max: 8 }), (start, step, n) => {
        const flat = timed(...Array.from({ length: n }, (_, i): [string, number] => [String(2010 + i), start]));
        expect(recentTrend(flat, 'lower-is-better')!.verdict).toBe('no-significant-change');
        const rising = timed(...Array.from({ length: n }, (_, i): [string, number] => [String(2010 + i), start + step * i]));
        expect(recentTrend(rising, 'lower-is-better')!.verdict).toBe('worsening');
      }),
    );
  });
});

describe('status that knows about uncertainty', () => {
  it('WY&H cancers at stage 1 or 2: behind the path by more than the 95% interval', () => {
    const { indicator, headline } = seed('cancer-early-stage', 'wyh');
    expect(headline.status).toBe('off-track');
    const check = marginCheck(headline, indicator.direction)!;
    expect(check).toMatchObject({ against: 'path', behind: true, withinInterval: false });
    expect(describeMargin(check, indicator.unit, indicator.direction)).toBe(
      'Behind the straight path to the target, and the shortfall is larger than the margin of error: even the better end of the 95% interval (53.5%) is worse than the 62.3% needed by then on the straight path.',
    );
  });

  it('Bradford District and Craven reception-year obesity (illustrative): met, but within the margin of error', () => {
    const { indicator, headline } = seed('obesity-reception', 'bradford');
    expect(headline.status).toBe('achieved');
    const check = marginCheck(headline, indicator.direction)!;
    expect(check).toMatchObject({ against: 'target', behind: false, withinInterval: true });
    expect(describeMargin(check, indicator.unit, indicator.direction)).toBe(
      'Met, but within the margin of error: the 95% interval of the 2023/24 figure (9.4% to 10.2%) includes the target of 10.0%.',
    );
  });

  it('Leeds reception-year obesity, as Fingertips publishes it (no interval in the extract): missed, and nothing said of a margin', () => {
    const { indicator, headline } = seed('obesity-reception', 'leeds');
    expect(headline.status).toBe('missed');
    expect(marginCheck(headline, indicator.direction)).toBeUndefined();
  });

  it('keeps the simple rule, and says nothing more, when the figure has no interval', () => {
    const { indicator, headline } = seed('antibiotic-items', 'wyh');
    expect(marginCheck(headline, indicator.direction)).toBeUndefined();
  });

  it('within the interval exactly when lower ≤ compared value ≤ upper; behind exactly when worse', () => {
    const indicator = makeIndicator({ baselinePeriod: '2015', targets: [makeTarget({ period: '2030', rule: { kind: 'absolute', value: 5 } })] });
    fc.assert(
      fc.property(fc.double({ min: 5.5, max: 20, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (latest, below, above) => {
        const pts: DataPoint[] = [
          { period: '2015', value: 10, provenance: 'illustrative' },
          { period: '2018', value: 9.5, provenance: 'illustrative' },
          { period: '2021', value: latest, lower: latest - below, upper: latest + above, provenance: 'illustrative' },
        ];
        const [a] = assessIndicator(indicator, { indicatorId: 't', placeId: 'p', version: 1, points: pts }, 2024.5);
        const check = marginCheck(a!, 'lower-is-better');
        if (!check) return;
        const required = a!.requiredAtLatest!;
        expect(check.withinInterval).toBe(latest - below <= required && required <= latest + above);
        expect(check.behind).toBe(latest > required + 1e-9 * Math.max(1, latest));
      }),
    );
  });
});

describe('portfolio shares: change achieved against time used', () => {
  it('WY&H cancers at stage 1 or 2: 14% of the change with 50% of the time used', () => {
    const { indicator, headline, points: pts } = seed('cancer-early-stage', 'wyh');
    const shares = portfolioShares(headline, indicator.direction, TODAY)!;
    expect(describeShares(shares, pts.at(-1)!.at.label)).toBe('14% of the change with 50% of the time used (by 2023).');
  });

  it('WY&H suicide rate, as published: moved the wrong way', () => {
    const { indicator, headline, points: pts } = seed('suicide-rate', 'wyh');
    expect(describeShares(portfolioShares(headline, indicator.direction, TODAY)!, pts.at(-1)!.at.label)).toBe(
      'Moved the wrong way (\u2212179% of the change) with the target period over by 2020-22.',
    );
  });

  it('is 0 at the baseline and 1 at the target, for change and for time, in any unit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: -90, max: -1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (base, percent, share) => {
          const indicator = makeIndicator({ baselinePeriod: '2015', targets: [makeTarget({ period: '2025', rule: { kind: 'relative', percent } })] });
          const target = base * (1 + percent / 100);
          const latest = base + (target - base) * share;
          const [a] = assessIndicator(indicator, { indicatorId: 't', placeId: 'p', version: 1, points: points(['2015', base], ['2020', latest]) }, 2021);
          const shares = portfolioShares(a!, 'lower-is-better', 2021)!;
          expect(shares.shareOfChange).toBeCloseTo(share, 6);
          expect(shares.shareOfTime).toBeCloseTo(0.5, 10);
        },
      ),
    );
  });

  it('sorts the furthest behind first, and rows without figures last', () => {
    const row = (key: string, change?: number, time?: number): PortfolioRow => ({
      key,
      ambitionNumber: Number(key),
      ambitionTitle: key,
      indicatorName: key,
      status: 'on-track',
      shares: change === undefined ? undefined : { shareOfChange: change, shareOfTime: time!, shareOfTimeToday: time!, holdTheLine: false },
    });
    const rows = [row('1', 0.9, 0.5), row('2'), row('3', 0.1, 0.8), row('4', 0.5, 0.5)];
    expect(sortPortfolio(rows, 'furthest-behind').map((r) => r.key)).toEqual(['3', '4', '1', '2']);
    expect(sortPortfolio(rows, 'furthest-ahead').map((r) => r.key)).toEqual(['1', '4', '3', '2']);
    expect(sortPortfolio(rows, 'ambition').map((r) => r.key)).toEqual(['1', '2', '3', '4']);
  });

  it('says the shares as a person reads them: at most all of the change and time, with any more in words', () => {
    const shares = (change: number, time: number) => ({ shareOfChange: change, shareOfTime: time, shareOfTimeToday: time, holdTheLine: false });
    expect(describeChangeMade(shares(1.22, 1.4))).toBe('All of it, and 22% more');
    expect(describeChangeMade(shares(-1.57, 0.5))).toBe('None: moved the wrong way, by 157% of the change asked');
    expect(describeChangeMade(shares(0.4, 0.5))).toBe('40%');
    expect(describeTimeGone(2.89)).toBe('All: the target period is over');
    expect(describeTimeGone(0.75)).toBe('75%');
    expect(describePace(0.4)).toBe('40 percentage points behind schedule');
    expect(describePace(-0.14)).toBe('14 percentage points ahead of schedule');
    expect(describePace(0.001)).toBe('On schedule');
    // A move the wrong way counts as none of the change: behind by the time used, never more than all of it.
    expect(lagOf({ key: '1', ambitionNumber: 1, ambitionTitle: '', indicatorName: '', status: 'missed', shares: shares(-1.57, 2.89) })).toBe(1);
  });

  it('does not call a target behind once all its change is made, however much time has gone', () => {
    const met: PortfolioRow = {
      key: '6',
      ambitionNumber: 6,
      ambitionTitle: 'Antimicrobial resistance',
      indicatorName: 'Antibiotic prescribing',
      status: 'achieved',
      shares: { shareOfChange: 1.22, shareOfTime: 1.4, shareOfTimeToday: 1.63, holdTheLine: false },
    };
    expect(lagOf(met)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (change, time) => {
        const lag = lagOf({ ...met, shares: { ...met.shares!, shareOfChange: change, shareOfTime: time } })!;
        if (change >= 1) expect(lag).toBeLessThanOrEqual(0);
        expect(lag).toBeLessThanOrEqual(1 - Math.min(change, 1));
      }),
    );
  });
});

describe('data lag and next release', () => {
  it('Leeds suicide rate, as published here: latest 2020-22, next was due Oct 2024, so overdue', () => {
    const { indicator, points: pts } = seed('suicide-rate', 'leeds');
    const lag = dataLag(indicator, pts, TODAY)!;
    expect(describeLag(lag)).toBe('Latest figure 2020-22 (its period ended 3 years 11 months ago); published yearly; next was due Oct 2024.');
    expect(describeOverdue(lag)).toBe('Update overdue: the figure after 2020-22 was due in Oct 2024.');
  });

  it('WY&H NHS carbon: latest 2024/25, next due Apr 2027, not overdue', () => {
    const { indicator, points: pts } = seed('nhs-carbon', 'wyh');
    const lag = dataLag(indicator, pts, TODAY)!;
    expect(lag.overdue).toBe(false);
    expect(describeLag(lag)).toBe('Latest figure 2024/25 (its period ended 1 year 8 months ago); published yearly; next due Apr 2027.');
    expect(describeOverdue(lag)).toBeUndefined();
  });

  it('says only the age when there is no schedule', () => {
    const lag = dataLag(makeIndicator(), timed(['2016-18', 10], ['2019-21', 9]), 2026)!;
    expect(describeLag(lag)).toBe('Latest figure 2019-21 (its period ended 4 years ago).');
  });

  it('overdue exactly when today is past the next release', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 0, max: 36 }), fc.double({ min: 2010, max: 2040, noNaN: true }), (year, lagMonths, today) => {
        const indicator = makeIndicator({ release: { frequency: 'yearly', lagMonths, provenance: 'illustrative' } });
        const lag = dataLag(indicator, timed([String(year), 1]), today)!;
        expect(lag.nextDue).toBeCloseTo(year + 2 + lagMonths / 12, 10);
        expect(lag.overdue).toBe(today > lag.nextDue!);
      }),
    );
    expect(formatMonth(2026 + 1 / 12)).toBe('Feb 2026');
    expect(formatMonth(2025.999999999)).toBe('Jan 2026');
  });
});

describe('gap indicators', () => {
  it('Bradford District and Craven life-expectancy gap, men (illustrative): both groups and the gap, from the seed', () => {
    const { indicator, points: pts } = seed('le-gap-male', 'bradford');
    const rows = gapRows(indicator, pts);
    expect(rows).toHaveLength(pts.length);
    expect(rows.every((r) => r.problem === undefined)).toBe(true);
    expect(describeGap(indicator as Indicator & { gap: NonNullable<Indicator['gap']> }, rows)).toBe(
      'In 2021-23, Least deprived areas: 82.8 years; Most deprived areas: 70.8 years; a gap of 12.0 years. In 2015-17 they were 82.4 years and 71.7 years, a gap of 10.7 years.',
    );
  });

  it('WY&H excess deaths in severe mental illness: the excess follows from the two rates', () => {
    const { indicator, points: pts } = seed('smi-excess-mortality', 'wyh');
    const last = gapRows(indicator, pts).at(-1)!;
    expect(gapValue('excess-percent', last.first, last.second)).toBeCloseTo(374, 0);
    expect(last.problem).toBeUndefined();
  });

  it('catches a gap that does not follow from its groups', () => {
    const { indicator } = seed('le-gap-male', 'leeds');
    expect(gapProblem(indicator, { period: '2021-23', value: 9, groups: [83, 72], provenance: 'illustrative' })).toBe(
      "The gap given (9.0 years) does not follow from the two groups' figures (11.0 years).",
    );
  });

  it('difference is antisymmetric and excess is zero for equal groups', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0.001, max: 1e6, noNaN: true }), (a, b) => {
        expect(gapValue('difference', a, b)).toBeCloseTo(-gapValue('difference', b, a)!, 6);
        expect(gapValue('excess-percent', b, b)).toBeCloseTo(0, 10);
        expect(Math.sign(gapValue('excess-percent', b * 2, b)!)).toBe(1);
      }),
    );
  });
});
