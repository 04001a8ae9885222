import { useMemo } from 'react';
import { assessActions, isoDay, type PlanAssessment } from '../domain/status/assess-actions';
import type { Ambition } from '../domain/types';
import { useToday } from '../lib/today';

/** A commitment's delivery plan as it stands today, or undefined when it has no actions. */
export function usePlan(ambition: Ambition): PlanAssessment | undefined {
  const { date } = useToday();
  return useMemo(() => (ambition.actions?.length || ambition.indicators.length === 0 ? assessActions(ambition.actions ?? [], isoDay(date)) : undefined), [ambition, date]);
}
