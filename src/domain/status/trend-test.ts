import { formatDifference } from '../words/format-value';
import type { TimedPoint } from '../periods/timed-point';
import type { Direction, Unit } from '../types';
import { TREND_WINDOW } from './trend-window';

// The recent-trend marker: is the indicator improving, worsening, or not changing by more than
// chance over its last five figures? The test is a two-sided t-test on the slope of the
// least-squares line (95%, n − 2 degrees of freedom): the slope counts as a real change when it is
// more than t(0.975, n − 2) standard errors from zero. Five figures give three degrees of freedom,
// so only a steady run of change passes; that is the point of calling it "significant".

/** The same last figures the status's projection reads (trend-window.ts). */
export const TREND_TEST_WINDOW = TREND_WINDOW;
export const TREND_TEST_NAME = 't-test on the slope of the least-squares line, 95% two-sided';

export type TrendVerdict = 'improving' | 'worsening' | 'no-significant-change';

export interface RecentTrend {
  verdict: TrendVerdict;
  /** Change per year along the line. */
  slopePerYear: number;
  standardError: number;
  /** slope ÷ standard error; Infinity for a perfectly straight run of change. */
  t: number;
  degreesOfFreedom: number;
  criticalT: number;
  /** The figures the test was run on, oldest first. */
  from: readonly TimedPoint[];
}

// Student's t, 97.5th percentile, by degrees of freedom (from any statistical table). Beyond 30
// the normal value is close enough.
const T_975 = [
  NaN,
  12.706,
  4.303,
  3.182,
  2.776,
  2.571,
  2.447,
  2.365,
  2.306,
  2.262,
  2.228,
  2.201,
  2.179,
  2.16,
  2.145,
  2.131,
  2.12,
  2.11,
  2.101,
  2.093,
  2.086,
  2.08,
  2.074,
  2.069,
  2.064,
  2.06,
  2.056,
  2.052,
  2.048,
  2.045,
  2.042,
];

export function criticalT(degreesOfFreedom: number): number {
  return T_975[degreesOfFreedom] ?? 1.96;
}

/** The recent trend over the last figures, tested; undefined with fewer than three figures. */
export function recentTrend(points: readonly TimedPoint[], direction: Direction, window = TREND_TEST_WINDOW): RecentTrend | undefined {
  const from = points.slice(-window);
  const n = from.length;
  if (n < 3) return undefined;
  const meanX = from.reduce((s, p) => s + p.at.mid, 0) / n;
  const meanY = from.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of from) {
    sxx += (p.at.mid - meanX) ** 2;
    sxy += (p.at.mid - meanX) * (p.value - meanY);
  }
  if (sxx <= 1e-12) return undefined;
  const slope = sxy / sxx;
  const degreesOfFreedom = n - 2;
  const totalSquares = from.reduce((s, p) => s + (p.value - meanY) ** 2, 0);
  const residuals = from.reduce((s, p) => s + (p.value - (meanY + slope * (p.at.mid - meanX))) ** 2, 0);
  // Judged relative to the figures' own spread, so the verdict does not depend on their units or
  // level: figures that never move show no change; a fit this close to perfect is a straight line,
  // where any slope at all is beyond chance.
  const flat = totalSquares === 0;
  const straight = !flat && residuals <= 1e-20 * totalSquares;
  const standardError = flat || straight ? 0 : Math.sqrt(residuals / degreesOfFreedom / sxx);
  const t = flat ? 0 : straight ? Math.sign(slope) * Infinity : slope / standardError;
  const critical = criticalT(degreesOfFreedom);
  const significant = Math.abs(t) > critical;
  const better = direction === 'lower-is-better' ? slope < 0 : slope > 0;
  return {
    verdict: !significant ? 'no-significant-change' : better ? 'improving' : 'worsening',
    slopePerYear: slope,
    standardError,
    t,
    degreesOfFreedom,
    criticalT: critical,
    from,
  };
}

/** Which way the figures went: what an arrow shows. Whether that is good is the verdict's to say. */
export type TrendMovement = 'rising' | 'falling' | 'steady';

export function trendMovement(trend: RecentTrend): TrendMovement {
  if (trend.verdict === 'no-significant-change' || trend.slopePerYear === 0) return 'steady';
  return trend.slopePerYear > 0 ? 'rising' : 'falling';
}

export const TREND_LABEL: Record<TrendVerdict, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-significant-change': 'No significant change',
};

/** "over the last 5 figures (2018-20 to 2022-24)": which figures the trend was read from. */
export function trendSpan(trend: RecentTrend): string {
  return `over the last ${trend.from.length} figures (${trend.from[0]!.at.label} to ${trend.from.at(-1)!.at.label})`;
}

/** "Over the last 5 figures (2018-20 to 2022-24) it rose by 0.14 per 100,000 a year, more than chance variation would explain." */
export function describeTrendDetail(trend: RecentTrend, unit: Unit): string {
  const move =
    trend.slopePerYear === 0
      ? 'did not change'
      : `${trend.slopePerYear < 0 ? 'fell' : 'rose'} by ${formatDifference(trend.slopePerYear, { ...unit, decimals: unit.decimals + 1 })} a year`;
  const span = trendSpan(trend);
  const chance = trend.verdict === 'no-significant-change' ? 'which is within what chance variation could explain' : 'more than chance variation would explain';
  return `${span[0]!.toUpperCase()}${span.slice(1)} it ${move}, ${chance}.`;
}

/** "Recent trend: worsening. Over the last 5 figures … more than chance variation would explain." */
export function describeTrend(trend: RecentTrend, unit: Unit): string {
  const verdict = trend.verdict === 'no-significant-change' ? 'no significant change' : trend.verdict;
  return `Recent trend: ${verdict}. ${describeTrendDetail(trend, unit)}`;
}
