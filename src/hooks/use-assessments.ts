import { assessIndicator, type TargetAssessment } from '../domain/status/assess-indicator';
import { headlineFrom, type Headline } from '../domain/status/headline';
import { timePoints, type TimedPoint } from '../domain/periods/timed-point';
import type { Indicator, Series } from '../domain/types';
import { useToday } from '../lib/today';

export interface Assessed {
  assessments: TargetAssessment[];
  points: TimedPoint[];
  /** The plan's verdict and the status against the target in force; undefined when the indicator has no target. */
  headline: Headline | undefined;
}

// React Query hands out the same Series object until the figures change, so keying on it lets the
// overview's cards and its summary share one assessment per series instead of working it out twice.
const cache = new WeakMap<Series, { indicator: Indicator; year: number; assessed: Assessed }>();

export function assessSeries(indicator: Indicator, series: Series, year: number): Assessed {
  const hit = cache.get(series);
  if (hit && hit.indicator === indicator && hit.year === year) return hit.assessed;
  const assessments = assessIndicator(indicator, series, year);
  const assessed = { assessments, points: timePoints(series.points), headline: headlineFrom(indicator, assessments, year) };
  cache.set(series, { indicator, year, assessed });
  return assessed;
}

/** Every target's assessment for one series, and its headline, as at today. */
export function useAssessments(indicator: Indicator, series: Series): Assessed {
  return assessSeries(indicator, series, useToday().year);
}

/** The headline of a series, or undefined while it has no figures (or the indicator no target). */
export function headlineOf(indicator: Indicator, series: Series | undefined, year: number): Headline | undefined {
  return series && series.points.length > 0 ? assessSeries(indicator, series, year).headline : undefined;
}
