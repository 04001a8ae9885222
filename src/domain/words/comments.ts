import { periodOf, samePeriod } from '../periods/period';
import type { Comment, Indicator } from '../types';

// Programme leads' comments: on an indicator (every place, or one) or on one figure. The ones a
// view shows are those for its place or for every place, oldest first, numbered so a chart's
// annotation [2] and the list under it agree.

export interface NumberedComment extends Comment {
  number: number;
}

export function commentsFor(indicator: Indicator, placeId: string): NumberedComment[] {
  return (indicator.comments ?? [])
    .filter((c) => c.placeId === undefined || c.placeId === placeId)
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((c, i) => ({ ...c, number: i + 1 }));
}

/** The comments about one figure, e.g. for its row in a table or export. */
export function commentsOnPeriod(comments: readonly NumberedComment[], period: string): NumberedComment[] {
  const at = periodOf(period);
  return comments.filter((c) => c.period !== undefined && samePeriod(periodOf(c.period), at));
}

/** "[1] 2020: 2020 figure affected by the pandemic (Sample programme lead, 15 Sep 2026)". */
export function commentLine(comment: NumberedComment, date: (iso: string) => string): string {
  const about = comment.period ? `${periodOf(comment.period).label}: ` : '';
  return `[${comment.number}] ${about}${comment.text} (${comment.author.name}, ${date(comment.at)})`;
}

/** The chart marks for the comments that are about one figure. */
export function annotationsOf(comments: readonly NumberedComment[]): { period: string; number: number }[] {
  return comments.flatMap((c) => (c.period ? [{ period: c.period, number: c.number }] : []));
}
