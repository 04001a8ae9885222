import { assessIndicator, type TargetAssessment } from '../domain/assess-indicator';
import { timePoints, type TimedPoint } from '../domain/timed-point';
import type { Indicator, Series } from '../domain/types';
import { useToday } from '../lib/today';

interface Assessed {
  assessments: TargetAssessment[];
  points: TimedPoint[];
}

// React Query hands out the same Series object until the figures change, so keying on it lets the
// overview's cards and its summary share one assessment per series instead of working it out twice.
const cache = new WeakMap<Series, { indicator: Indicator; year: number; assessed: Assessed }>();

export function assessSeries(indicator: Indicator, series: Series, year: number): Assessed {
  const hit = cache.get(series);
  if (hit && hit.indicator === indicator && hit.year === year) return hit.assessed;
  const assessed = { assessments: assessIndicator(indicator, series, year), points: timePoints(series.points) };
  cache.set(series, { indicator, year, assessed });
  return assessed;
}

/** Every target's assessment for one series, as at today. */
export function useAssessments(indicator: Indicator, series: Series): Assessed {
  return assessSeries(indicator, series, useToday().year);
}

export function useHeadlineAssessment(indicator: Indicator, series: Series) {
  const { assessments, points } = useAssessments(indicator, series);
  return { headline: assessments[0]!, points };
}

/** The headline target's assessment, or undefined when the series has no figures yet. */
export function headlineOf(indicator: Indicator, series: Series | undefined, year: number) {
  return series && series.points.length > 0 ? assessSeries(indicator, series, year).assessments[0] : undefined;
}
