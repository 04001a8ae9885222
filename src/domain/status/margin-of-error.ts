import type { Assessment } from './assess-target';
import { formatValue } from '../words/format-value';
import type { TimedPoint } from '../periods/timed-point';
import { isAtLeastAsGood } from '../periods/timed-point';
import type { Direction, Unit } from '../types';

// Status that knows about uncertainty. Where the figure the status rests on carries a 95%
// confidence interval, compare the value it is judged against (the straight path's value at that
// period for an open target, the target itself for a passed one) with the interval, as public
// health profiles compare an area with a benchmark: if the benchmark lies inside the interval, the
// difference is within the margin of error; if outside, it is larger than the interval. Without
// bounds the simple rule stands alone and nothing is added.

export interface MarginCheck {
  /** What the figure was compared with: the straight path to the target, or the target itself. */
  against: 'path' | 'target';
  comparedWith: number;
  point: TimedPoint & { lower: number; upper: number };
  /** The figure is worse than what it was compared with. */
  behind: boolean;
  /** What it was compared with lies inside the figure's 95% interval. */
  withinInterval: boolean;
}

const hasBounds = (p: TimedPoint | undefined): p is TimedPoint & { lower: number; upper: number } => p !== undefined && p.lower !== undefined && p.upper !== undefined;

export function marginCheck(assessment: Assessment, direction: Direction): MarginCheck | undefined {
  const { status, latest, judgedOn, requiredAtLatest, resolved } = assessment;
  if (!resolved) return undefined;
  let point: TimedPoint | undefined;
  let against: MarginCheck['against'];
  let comparedWith: number;
  if ((status === 'on-track' || status === 'at-risk' || status === 'off-track') && requiredAtLatest !== undefined) {
    [point, against, comparedWith] = [latest, 'path', requiredAtLatest];
  } else if (status === 'achieved' || status === 'missed') {
    [point, against, comparedWith] = [judgedOn ?? latest, 'target', resolved.value];
  } else {
    return undefined;
  }
  if (!hasBounds(point)) return undefined;
  return {
    against,
    comparedWith,
    point,
    behind: !isAtLeastAsGood(point.value, comparedWith, direction),
    withinInterval: point.lower <= comparedWith && comparedWith <= point.upper,
  };
}

/** The sentence for board members; says which interval and what it includes or leaves out. */
export function describeMargin(check: MarginCheck, unit: Unit, direction: Direction): string {
  const f = (v: number) => formatValue(v, unit);
  const { point, comparedWith } = check;
  const interval = `the 95% interval of the ${point.at.label} figure (${f(point.lower)} to ${f(point.upper)})`;
  const what = check.against === 'path' ? `the ${f(comparedWith)} needed by then on the straight path` : `the target of ${f(comparedWith)}`;
  const betterEnd = direction === 'lower-is-better' ? point.lower : point.upper;
  const worseEnd = direction === 'lower-is-better' ? point.upper : point.lower;
  const worse = `even the worse end of the 95% interval (${f(worseEnd)}) is better than ${what}`;
  const better = `even the better end of the 95% interval (${f(betterEnd)}) is worse than ${what}`;
  if (check.against === 'path') {
    if (check.withinInterval) {
      return `${check.behind ? 'Behind' : 'On or ahead of'} the straight path to the target, but within the margin of error: ${interval} includes ${what}.`;
    }
    return check.behind
      ? `Behind the straight path to the target, and the shortfall is larger than the margin of error: ${better}.`
      : `Ahead of the straight path to the target by more than the margin of error: ${worse}.`;
  }
  if (check.withinInterval) return `${check.behind ? 'Missed' : 'Met'}, but within the margin of error: ${interval} includes ${what}.`;
  return check.behind ? `Missed by more than the margin of error: ${better}.` : `Met by more than the margin of error: ${worse}.`;
}
