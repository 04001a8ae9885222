import { periodOf, type Period } from './period';
import type { DataPoint, Direction } from '../types';

/** A data point with its period parsed, so it can be placed on a time axis. */
export interface TimedPoint extends DataPoint {
  at: Period;
}

/** Points in time order. Periods were validated at the edge; a bad one here throws. */
export function timePoints(points: readonly DataPoint[]): TimedPoint[] {
  // Object.assign, not a spread with `at` after it: V8 builds these about five times faster, which
  // a daily series of 10,000 figures notices. (A point has no `at` of its own to be overwritten.)
  return points.map((p): TimedPoint => Object.assign({ at: periodOf(p.period) }, p)).sort((a, b) => a.at.mid - b.at.mid);
}

// Equal within rounding noise counts as meeting a target: 9.5 reached as 9.4999999999 is met.
const TOLERANCE = 1e-9;

/** True when a is as good as b or better, for an indicator whose better direction is given. */
export function isAtLeastAsGood(a: number, b: number, direction: Direction): boolean {
  const slack = TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  return direction === 'lower-is-better' ? a <= b + slack : a >= b - slack;
}

/** Positive when a is better than b, negative when worse, in the indicator's units. */
export function betterBy(a: number, b: number, direction: Direction): number {
  return direction === 'lower-is-better' ? b - a : a - b;
}
