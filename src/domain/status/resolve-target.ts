import { periodOf, samePeriod, type Period } from '../periods/period';
import type { TimedPoint } from '../periods/timed-point';
import type { Indicator, Target } from '../types';

/** A target with its period parsed, its value worked out and the figure it is measured from. */
export interface ResolvedTarget {
  target: Target;
  period: Period;
  value: number;
  /** The baseline figure: where the straight path to the target starts. */
  base: TimedPoint;
}

export type TargetResolution = { ok: true; resolved: ResolvedTarget } | { ok: false; reason: string };

export function findPoint(points: readonly TimedPoint[], period: Period): TimedPoint | undefined {
  return points.find((p) => samePeriod(p.at, period));
}

/**
 * A relative target ("−10% from baseline") only has a value once the place's own baseline
 * figure is known, so resolution happens per series, not per indicator.
 */
export function resolveTarget(indicator: Indicator, target: Target, points: readonly TimedPoint[]): TargetResolution {
  const basePeriod = periodOf(target.basePeriod ?? indicator.baselinePeriod);
  const period = periodOf(target.period);
  const base = findPoint(points, basePeriod);
  if (!base) return { ok: false, reason: `There is no baseline figure for ${basePeriod.label} yet.` };
  if (period.mid <= basePeriod.mid) {
    return { ok: false, reason: `The target period ${period.label} is not after the baseline ${basePeriod.label}.` };
  }
  const value = target.rule.kind === 'absolute' ? target.rule.value : base.value * (1 + target.rule.percent / 100);
  return { ok: true, resolved: { target, period, value, base } };
}

/** The value the straight line from baseline to target asks for at time t (decimal years). */
export function requiredValueAt(resolved: ResolvedTarget, t: number): number {
  const { base, value, period } = resolved;
  const share = (t - base.at.mid) / (period.mid - base.at.mid);
  return base.value + (value - base.value) * share;
}

/** A figure of another kind whose span takes in the period's middle: a pooled 2019-21 rate for 2020/21. */
export function covers(figure: Period, period: Period): boolean {
  return figure.kind !== period.kind && figure.start <= period.mid && period.mid < figure.end;
}

/**
 * The figure that says whether a passed target was met: the one for the target period itself,
 * else one of another kind whose span covers it (a pooled 2019-21 rate for a 2020/21 target),
 * else the first figure after it. A figure of the target's own kind for another period never
 * stands in (2021-23 is not the 2022-24 figure, only an earlier one): its own is awaited.
 * Undefined means the figure is still awaited.
 */
export function figureForPeriod(points: readonly TimedPoint[], period: Period): TimedPoint | undefined {
  const exact = findPoint(points, period);
  if (exact) return exact;
  const covering = points.filter((p) => covers(p.at, period)).sort((a, b) => Math.abs(a.at.mid - period.mid) - Math.abs(b.at.mid - period.mid));
  if (covering[0]) return covering[0];
  return points.find((p) => p.at.mid > period.mid);
}
