import type { TimedPoint } from '../periods/timed-point';
import type { Indicator } from '../types';

// Data lag: when the latest figure is from, how old it is, and when the next one is due. Most
// indicators are published a fixed time after their period ends (a pooled 2021–23 rate in the
// following spring, say), so the next release is the next period's end plus that lag. A release
// date that has passed with no new figure is overdue: the programme lead should look for it.

export type ReleaseFrequency = 'yearly' | 'quarterly' | 'monthly' | 'weekly' | 'daily';

const DAYS_IN_YEAR = 365.2425;
const STEP: Record<ReleaseFrequency, number> = { yearly: 1, quarterly: 0.25, monthly: 1 / 12, weekly: 7 / DAYS_IN_YEAR, daily: 1 / DAYS_IN_YEAR };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DataLag {
  latest: TimedPoint;
  /** Years from the end of the latest figure's period to today. */
  ageYears: number;
  frequency?: ReleaseFrequency;
  /** Decimal year the next figure is due, when it can be said. */
  nextDue?: number;
  overdue: boolean;
}

/** 2026.1 → "Feb 2026". A hair's rounding noise never tips a date into the month before. */
export function formatMonth(decimal: number): string {
  const months = Math.floor(decimal * 12 + 1e-6);
  return `${MONTHS[((months % 12) + 12) % 12]} ${Math.floor(months / 12)}`;
}

export function dataLag(indicator: Indicator, points: readonly TimedPoint[], today: number): DataLag | undefined {
  const latest = points.at(-1);
  if (!latest) return undefined;
  const release = indicator.release;
  const nextDue = release ? latest.at.end + STEP[release.frequency] + release.lagMonths / 12 : undefined;
  return {
    latest,
    ageYears: today - latest.at.end,
    frequency: release?.frequency,
    nextDue,
    overdue: nextDue !== undefined && today > nextDue,
  };
}

function age(years: number): string {
  const months = Math.max(0, Math.round(years * 12));
  if (months < 1) return 'less than a month ago';
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts = [y ? `${y} year${y === 1 ? '' : 's'}` : '', m ? `${m} month${m === 1 ? '' : 's'}` : ''].filter(Boolean);
  return `${parts.join(' ')} ago`;
}

/** "Latest figure 2021–23 (its period ended 1 year 11 months ago); published yearly; next due Feb 2026." */
export function describeLag(lag: DataLag): string {
  const parts = [`Latest figure ${lag.latest.at.label} (its period ended ${age(lag.ageYears)})`];
  if (lag.frequency) parts.push(`published ${lag.frequency}`);
  if (lag.nextDue !== undefined) parts.push(`${lag.overdue ? 'next was due' : 'next due'} ${formatMonth(lag.nextDue)}`);
  return `${parts.join('; ')}.`;
}

/** For programme leads: "Update overdue: the next figure was due in Feb 2026." */
export function describeOverdue(lag: DataLag): string | undefined {
  const detail = overdueDetail(lag);
  return detail && `Update overdue: ${detail}`;
}

/** "the figure after 2022-24 was due in Oct 2026.", beside an "Update overdue" tag. */
export function overdueDetail(lag: DataLag): string | undefined {
  if (!lag.overdue || lag.nextDue === undefined) return undefined;
  return `the figure after ${lag.latest.at.label} was due in ${formatMonth(lag.nextDue)}.`;
}
