import type { SeriesInsight } from '../../components/insight/insight-for';
import { DataLagLine } from '../../components/insight/DataLagLine';
import { TrendMarker } from '../../components/insight/TrendMarker';
import type { TargetAssessment } from '../../domain/status/assess-indicator';
import { describePace, paceNeeded } from '../../domain/status/pace-needed';
import type { Indicator } from '../../domain/types';

/**
 * The workings behind the statuses, closed until asked for: whether a difference is within the
 * figure's margin of error, the tested recent trend, the pace each open target still needs, and
 * when the next figure is due. The status and the chart come first; this is for whoever asks why.
 */
export function HowWeJudged({ indicator, assessments, insight }: { indicator: Indicator; assessments: TargetAssessment[]; insight: SeriesInsight }) {
  const perTarget = assessments.flatMap((a) => {
    const target = indicator.targets.find((t) => t.id === a.targetId)!;
    const pace = paceNeeded(a, indicator.direction);
    const lines = [insight.margins[a.targetId], pace && describePace(pace, indicator.unit)].filter((l): l is string => Boolean(l));
    return lines.length > 0 ? [{ target, lines }] : [];
  });
  if (perTarget.length === 0 && !insight.trend && !insight.lag) return null;
  return (
    <details className="how-judged">
      <summary>How we judged this: margin of error, trend, pace and when the next figure is due</summary>
      {insight.trend && <TrendMarker {...insight.trend} />}
      {perTarget.length > 0 && (
        <ul className="how-judged__targets" aria-label="What each target asks">
          {perTarget.map(({ target, lines }) => (
            <li key={target.id}>
              <strong>{target.label}.</strong> {lines.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {insight.lag && <DataLagLine {...insight.lag} overdue={undefined} />}
    </details>
  );
}
