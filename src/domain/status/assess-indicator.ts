import { assessTarget, type Assessment } from './assess-target';
import { timePoints } from '../periods/timed-point';
import type { Indicator, Series } from '../types';

export interface TargetAssessment extends Assessment {
  targetId: string;
}

/** Every target of an indicator judged on one place's series; the first is the headline. */
export function assessIndicator(indicator: Indicator, series: Series, today: number): TargetAssessment[] {
  const points = timePoints(series.points);
  return indicator.targets.map((target) => ({ targetId: target.id, ...assessTarget({ indicator, target, points, today }) }));
}
