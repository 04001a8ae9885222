import { explainAssessment } from './explain-assessment';
import { TREND_WINDOW } from './trend-window';
import { fitLine, valueAt } from './least-squares';
import { figureForPeriod, requiredValueAt, resolveTarget, type ResolvedTarget } from './resolve-target';
import { betterBy, isAtLeastAsGood, type TimedPoint } from '../periods/timed-point';
import type { Indicator, Target } from '../types';
import type { Assessment, AssessmentFacts, Projection } from './assessment';

export type { Assessment, AssessmentFacts, Projection, StatusKind } from './assessment';

export { TREND_WINDOW };

/**
 * Below this share of the required change, a projection that misses is off track rather than at
 * risk: the trend gets less than half way to the target.
 */
export const AT_RISK_SHARE = 0.5;

export interface AssessInput {
  indicator: Indicator;
  target: Target;
  /** Time-ordered, from timePoints(). */
  points: readonly TimedPoint[];
  /** Decimal year of today. */
  today: number;
}

export function assessTarget(input: AssessInput): Assessment {
  const facts = assessFacts(input);
  return { ...facts, explanation: explainAssessment(facts, input.indicator) };
}

function assessFacts({ indicator, target, points, today }: AssessInput): AssessmentFacts {
  const resolution = resolveTarget(indicator, target, points);
  if (!resolution.ok) return { status: 'not-enough-data', reason: resolution.reason, latest: points.at(-1) };
  const resolved = resolution.resolved;
  const { direction } = indicator;
  const sinceBase = points.filter((p) => p.at.mid >= resolved.base.at.mid);
  const latest = sinceBase.at(-1)!;
  // One recent trend per series: the same last figures the trend test reads (trend-test.ts), so
  // the projection, the pace and the tested trend never quote two slopes for one line.
  const projection = project(points, resolved);

  if (today >= resolved.period.end) {
    const judgedOn = figureForPeriod(sinceBase, resolved.period);
    if (!judgedOn || judgedOn === resolved.base) return { status: 'awaited', resolved, latest, projection };
    const marginToTarget = betterBy(judgedOn.value, resolved.value, direction);
    const met = isAtLeastAsGood(judgedOn.value, resolved.value, direction);
    return { status: met ? 'achieved' : 'missed', resolved, latest, projection, judgedOn, marginToTarget };
  }

  if (latest === resolved.base || !projection) return { status: 'not-enough-data', resolved, latest };
  if (isAtLeastAsGood(latest.value, resolved.value, direction)) {
    return { status: 'achieved', resolved, latest, marginToTarget: betterBy(latest.value, resolved.value, direction) };
  }
  const requiredAtLatest = requiredValueAt(resolved, latest.at.mid);
  const onPath = isAtLeastAsGood(latest.value, requiredAtLatest, direction);
  const projectedMeets = isAtLeastAsGood(projection.valueAtTarget, resolved.value, direction);
  const marginToTarget = betterBy(projection.valueAtTarget, resolved.value, direction);
  const facts = { resolved, latest, projection, requiredAtLatest, onPath, marginToTarget };
  if (onPath && projectedMeets) return { status: 'on-track', ...facts };
  if (onPath || projectedMeets) return { status: 'at-risk', ...facts };
  return { status: shareOfChange(projection.valueAtTarget, resolved) >= AT_RISK_SHARE ? 'at-risk' : 'off-track', ...facts };
}

/** Least-squares trend through the most recent figures, read at the target period. */
function project(points: readonly TimedPoint[], resolved: ResolvedTarget): Projection | undefined {
  const from = points.slice(-TREND_WINDOW);
  const line = fitLine(from.map((p) => ({ x: p.at.mid, y: p.value })));
  return line && { line, from, valueAtTarget: valueAt(line, resolved.period.mid) };
}

/**
 * How much of the change from baseline to target a value represents (1 = all of it). A "no
 * increase" target asks for no change at all, so any miss of it counts as none of the way.
 */
function shareOfChange(value: number, resolved: ResolvedTarget): number {
  const required = resolved.value - resolved.base.value;
  if (required === 0) return 0;
  return (value - resolved.base.value) / required;
}
