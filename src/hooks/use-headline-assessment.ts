import { useMemo } from 'react';
import { assessIndicator } from '../domain/assess-indicator';
import { timePoints } from '../domain/timed-point';
import type { Indicator, Series } from '../domain/types';
import { useToday } from '../lib/today';

/** Every target's assessment for one series, worked out once per series and date. */
export function useAssessments(indicator: Indicator, series: Series) {
  const { year } = useToday();
  return useMemo(
    () => ({ assessments: assessIndicator(indicator, series, year), points: timePoints(series.points) }),
    [indicator, series, year],
  );
}

export function useHeadlineAssessment(indicator: Indicator, series: Series) {
  const { assessments, points } = useAssessments(indicator, series);
  return { headline: assessments[0]!, points };
}
