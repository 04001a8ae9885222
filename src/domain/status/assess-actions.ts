import type { Action, ActionStatus } from '../types';
import { formatLongDay } from '../periods/date-formats';

/** How an action stands today: as its owner last said, except that an unfinished one past its due date is late. */
export interface ActionToday {
  action: Action;
  status: ActionStatus;
  /** Set when the status is the app's reading, not the owner's (a due date passed). */
  overdue: boolean;
}

/** A commitment's status judged on its actions: kept apart from statuses judged on figures. */
export type PlanStatus = 'no-actions' | 'not-started' | 'on-track' | 'at-risk' | 'late' | 'done';

export interface PlanAssessment {
  status: PlanStatus;
  actions: ActionToday[];
  counts: Record<ActionStatus, number>;
  /** One or two plain sentences. */
  explanation: string;
}

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  late: 'Late',
  done: 'Done',
};

export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = {
  'no-actions': 'No actions yet',
  'not-started': 'Actions not started',
  'on-track': 'Actions on track',
  'at-risk': 'Actions at risk',
  late: 'Actions late',
  done: 'Actions done',
};

/** YYYY-MM-DD of a date, as due dates are written. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function actionToday(action: Action, today: string): ActionToday {
  const overdue = action.status !== 'done' && action.status !== 'late' && action.due < today;
  return { action, status: overdue ? 'late' : action.status, overdue };
}

/** "31 March 2025" from "2025-03-31". */
export const formatDay = (day: string) => formatLongDay(new Date(`${day}T00:00:00Z`));

const listed = (items: ActionToday[], most = 2) => {
  const names = items.slice(0, most).map((a) => `“${a.action.title}”`);
  const more = items.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(' and ');
};

/**
 * The status of a commitment with actions. One late action makes it late, one at risk makes it at
 * risk: a board hears first what needs its attention. Linear in the number of actions.
 */
export function assessActions(actions: readonly Action[], today: string): PlanAssessment {
  const counts: Record<ActionStatus, number> = { 'not-started': 0, 'on-track': 0, 'at-risk': 0, late: 0, done: 0 };
  const read = actions.map((a) => actionToday(a, today));
  for (const a of read) counts[a.status] += 1;
  const total = read.length;
  const status: PlanStatus =
    total === 0
      ? 'no-actions'
      : counts.late > 0
        ? 'late'
        : counts['at-risk'] > 0
          ? 'at-risk'
          : counts.done === total
            ? 'done'
            : counts['not-started'] === total
              ? 'not-started'
              : 'on-track';
  return { status, actions: read, counts, explanation: explain(status, read, counts, total) };
}

function explain(status: PlanStatus, read: ActionToday[], counts: Record<ActionStatus, number>, total: number): string {
  if (status === 'no-actions') return 'No actions have been set for this yet.';
  const done = `${counts.done} of ${total} ${total === 1 ? 'action' : 'actions'} done.`;
  if (status === 'late') {
    const late = read.filter((a) => a.status === 'late');
    const overdue = late.filter((a) => a.overdue);
    const reported = late.filter((a) => !a.overdue);
    const parts: string[] = [];
    if (overdue.length > 0) {
      const latestDue = overdue.reduce((d, a) => (a.action.due > d ? a.action.due : d), overdue[0]!.action.due);
      const one = overdue.length === 1;
      parts.push(`${listed(overdue)} ${one ? 'was' : 'were'} due by ${formatDay(latestDue)}${one ? '' : ' or earlier'} and ${one ? 'is' : 'are'} not marked done.`);
    }
    if (reported.length > 0) parts.push(`${listed(reported)} ${reported.length === 1 ? 'is' : 'are'} reported late.`);
    return `${done} ${late.length} late: ${parts.join(' ')}`;
  }
  if (status === 'at-risk') return `${done} ${counts['at-risk']} at risk: ${listed(read.filter((a) => a.status === 'at-risk'))}.`;
  if (status === 'done') return total === 1 ? 'Its one action is done.' : `All ${total} actions are done.`;
  if (status === 'not-started') {
    const next = [...read].sort((a, b) => a.action.due.localeCompare(b.action.due))[0]!;
    return `None of the ${total} ${total === 1 ? 'action has' : 'actions have'} started. The first is due by ${formatDay(next.action.due)}.`;
  }
  return `${done} The rest are on track or not yet due to start.`;
}
