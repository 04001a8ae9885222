import type { Assessment, StatusKind } from './assess-target';
import { formatDifference } from '../words/format-value';
import type { Direction, Unit } from '../types';

// "What would it take?": the change per year still needed, from the latest figure to the target,
// beside the change per year the recent trend shows. Open targets only; a passed target's
// explanation already says by how much it was met or missed.

const OPEN: StatusKind[] = ['on-track', 'at-risk', 'off-track'];

export interface PaceNeeded {
  /** Change per year from the latest figure that lands exactly on the target at its period. */
  neededPerYear: number;
  /** The recent trend's change per year (least squares over the last figures), when there is one. */
  achievedPerYear?: number;
  yearsLeft: number;
  /** The latest figure already meets the target: holding it is enough. */
  alreadyMet: boolean;
}

export function paceNeeded(assessment: Assessment, direction: Direction): PaceNeeded | undefined {
  const { resolved, latest, projection, status } = assessment;
  if (!OPEN.includes(status) || !resolved || !latest) return undefined;
  const yearsLeft = resolved.period.mid - latest.at.mid;
  if (yearsLeft <= 0) return undefined;
  const gap = resolved.value - latest.value;
  const alreadyMet = direction === 'lower-is-better' ? gap >= 0 : gap <= 0;
  return { neededPerYear: gap / yearsLeft, achievedPerYear: projection?.line.slope, yearsLeft, alreadyMet };
}

function change(perYear: number, unit: Unit): string {
  if (perYear === 0) return 'no change';
  return `a ${perYear < 0 ? 'fall' : 'rise'} of ${formatDifference(perYear, { ...unit, decimals: unit.decimals + 1 })} a year`;
}

/** e.g. "To reach the target it needs a fall of 0.42 per 100,000 a year; the recent trend is a rise of 0.20 per 100,000 a year." */
export function describePace(pace: PaceNeeded, unit: Unit): string {
  const trend = pace.achievedPerYear === undefined ? '' : `; the recent trend is ${change(pace.achievedPerYear, unit)}`;
  if (pace.alreadyMet) return `The latest figure already meets the target: holding it is enough${trend}.`;
  return `To reach the target it needs ${change(pace.neededPerYear, unit)} from the latest figure${trend}.`;
}
