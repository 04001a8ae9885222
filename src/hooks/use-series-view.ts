import { buildIndicatorChart, type IndicatorChartModel, type PlaceSeries } from '../charts/build-indicator-chart';
import type { ChartLayers } from '../charts/chart-style';
import { insightFor, type SeriesInsight } from '../components/insight/insight-for';
import type { TargetAssessment } from '../domain/status/assess-indicator';
import type { Headline } from '../domain/status/headline';
import type { TimedPoint } from '../domain/periods/timed-point';
import type { Indicator, Place, Series } from '../domain/types';
import { useToday } from '../lib/today';
import { useAssessments } from './use-assessments';

export interface SeriesView {
  assessments: TargetAssessment[];
  points: TimedPoint[];
  headline: Headline | undefined;
  insight: SeriesInsight;
  /** The margin-of-error sentence for the target in force, where its figure has an interval. */
  margin: string | undefined;
  /** The chosen place first, then those compared with it. */
  places: PlaceSeries[];
  /** Undefined when there is nothing to draw, or no chart was asked for. */
  chart: IndicatorChartModel | undefined;
}

export interface SeriesViewOptions {
  compared?: PlaceSeries[];
  layers?: ChartLayers;
  /** False where only the table is shown: the model is not built. */
  withChart?: boolean;
  /** Draw only the target in force and its path (a slide, where every extra line costs room); the statuses still judge every target. */
  onlyTargetInForce?: boolean;
}

/**
 * Everything the detail page, a slide and a board pack page show of one series: every target's
 * assessment, the headline, the insight sentences and the chart, worked out one way for all three.
 */
export function useSeriesView(
  indicator: Indicator,
  place: Place,
  series: Series,
  { compared = [], layers, withChart = true, onlyTargetInForce = false }: SeriesViewOptions = {},
): SeriesView {
  const { assessments, points, headline } = useAssessments(indicator, series);
  const insight = insightFor(indicator, place.id, points, assessments, useToday().year);
  const places = [{ place, points }, ...compared];
  const drawn = onlyTargetInForce && headline ? [headline.now] : assessments;
  const chart = withChart && points.length > 0 ? buildIndicatorChart({ places, assessments: drawn, layers, annotations: insight.annotations, trendFor: headline?.now }) : undefined;
  return { assessments, points, headline, insight, margin: headline && insight.margins[headline.now.targetId], places, chart };
}
