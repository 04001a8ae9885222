import type { TargetAssessment } from '../../domain/status/assess-indicator';
import { annotationsOf, commentsFor, type NumberedComment } from '../../domain/words/comments';
import { dataLag, describeLag, overdueDetail } from '../../domain/status/data-lag';
import { describeMargin, marginCheck } from '../../domain/status/margin-of-error';
import type { TimedPoint } from '../../domain/periods/timed-point';
import { describeTrendDetail, recentTrend, trendMovement, trendSpan, type TrendMovement, type TrendVerdict } from '../../domain/status/trend-test';
import type { Indicator } from '../../domain/types';

/** The insight sentences for one series, shared by the detail page, the slides and the board pack. */
export interface SeriesInsight {
  /** detail: the full sentence; span: which figures, for compact places (slides, board pack). */
  trend?: { verdict: TrendVerdict; movement: TrendMovement; detail: string; span: string };
  /** overdue: what is overdue, shown beside an "Update overdue" tag. */
  lag?: { sentence: string; overdue?: string; illustrativeSchedule: boolean };
  /** By target id: the margin-of-error sentence, where the figure has an interval. */
  margins: Record<string, string>;
  /** The comments for this place (or every place), numbered as the chart marks them. */
  comments: NumberedComment[];
  annotations: { period: string; number: number }[];
}

export function insightFor(indicator: Indicator, placeId: string, points: readonly TimedPoint[], assessments: readonly TargetAssessment[], today: number): SeriesInsight {
  const trend = recentTrend(points, indicator.direction);
  const lag = dataLag(indicator, points, today);
  const comments = commentsFor(indicator, placeId);
  const margins: Record<string, string> = {};
  for (const a of assessments) {
    const check = marginCheck(a, indicator.direction);
    if (check) margins[a.targetId] = describeMargin(check, indicator.unit, indicator.direction);
  }
  return {
    trend: trend && { verdict: trend.verdict, movement: trendMovement(trend), detail: describeTrendDetail(trend, indicator.unit), span: trendSpan(trend) },
    lag: lag && { sentence: describeLag(lag), overdue: overdueDetail(lag), illustrativeSchedule: indicator.release?.provenance === 'illustrative' },
    margins,
    comments,
    annotations: annotationsOf(comments),
  };
}
