import type { Assessment, StatusKind } from './assess-target';
import { isAtLeastAsGood } from '../periods/timed-point';
import type { Direction } from '../types';

// Portfolio progress: ambitions measured in years, percentages and tonnes, put on one scale. For
// each headline target: the share of the change from baseline to target achieved by the latest
// figure, against the share of the time from baseline to target gone by that figure's period. An
// indicator with 40% of the change and 80% of the time used is lagging, whatever its unit.

export interface PortfolioShares {
  /** 0 at the baseline, 1 at the target; negative when the figure moved the wrong way. */
  shareOfChange: number;
  /** 0 at the baseline period, 1 at the target period, by the latest figure's period. */
  shareOfTime: number;
  /** The same, by today: the latest figure can be a year or two behind. */
  shareOfTimeToday: number;
  /**
   * A "no increase" target asks for no change at all: the share is then 1 while the figure holds
   * the line and 0 once it is worse.
   */
  holdTheLine: boolean;
}

export function portfolioShares(assessment: Assessment, direction: Direction, today: number): PortfolioShares | undefined {
  const { resolved, latest } = assessment;
  if (!resolved || !latest) return undefined;
  const { base, value: target, period } = resolved;
  const span = period.mid - base.at.mid;
  const required = target - base.value;
  const holdTheLine = required === 0;
  const shareOfChange = holdTheLine ? (isAtLeastAsGood(latest.value, target, direction) ? 1 : 0) : (latest.value - base.value) / required;
  return {
    shareOfChange,
    shareOfTime: (latest.at.mid - base.at.mid) / span,
    shareOfTimeToday: (today - base.at.mid) / span,
    holdTheLine,
  };
}

export interface PortfolioRow {
  key: string;
  ambitionNumber: number;
  ambitionTitle: string;
  indicatorName: string;
  status: StatusKind;
  shares?: PortfolioShares;
  /** Why there are no shares, when there are none. */
  reason?: string;
}

export type PortfolioOrder = 'ambition' | 'furthest-behind' | 'furthest-ahead';

/** A share kept between none and all of it: what a bar or a column can show. */
export const capShare = (share: number) => Math.min(1, Math.max(0, share));

/**
 * How far the change trails the time: positive is behind. Both shares are capped to 0–100%: once
 * all the change is made the target is met however much time has gone; a figure that moved the
 * wrong way has made none of it; once the target period has passed no more time can go. Rows
 * without shares sort last.
 */
export const lagOf = (row: PortfolioRow) => (row.shares ? capShare(row.shares.shareOfTime) - capShare(row.shares.shareOfChange) : undefined);

/** More than five points of the time ahead of the change: behind, and shown so. */
export const BEHIND_BY = 0.05;
export const isBehind = (row: PortfolioRow) => (lagOf(row) ?? 0) > BEHIND_BY;

/** A row's progress in words, for the chart beside its bar and for the downloaded picture. */
export function describeRow(row: PortfolioRow): string | undefined {
  return row.shares && `${describeChangeMade(row.shares)}. ${describePace(lagOf(row)!)}.`;
}

export function sortPortfolio(rows: readonly PortfolioRow[], order: PortfolioOrder): PortfolioRow[] {
  const byAmbition = (a: PortfolioRow, b: PortfolioRow) => a.ambitionNumber - b.ambitionNumber || a.key.localeCompare(b.key);
  if (order === 'ambition') return [...rows].sort(byAmbition);
  const sign = order === 'furthest-behind' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const la = lagOf(a);
    const lb = lagOf(b);
    if (la === undefined || lb === undefined) return la === lb ? byAmbition(a, b) : la === undefined ? 1 : -1;
    return sign * (la - lb) || byAmbition(a, b);
  });
}

/** "40%", "−145%": whole percent, with a true minus sign. */
export const formatShare = (share: number) => {
  const n = Math.round(share * 100);
  return `${n < 0 ? '\u2212' : ''}${Math.abs(n)}%`;
};
const percent = formatShare;

/** The change column: at most 100%, with a move the wrong way or past the target said in words. */
export function describeChangeMade(shares: PortfolioShares): string {
  if (shares.holdTheLine) return shares.shareOfChange === 1 ? 'Kept at the level asked' : 'Not kept at the level asked';
  if (shares.shareOfChange < 0) return `None: moved the wrong way, by ${percent(-shares.shareOfChange)} of the change asked`;
  if (shares.shareOfChange > 1) return `All of it, and ${percent(shares.shareOfChange - 1)} more`;
  return percent(shares.shareOfChange);
}

/** A time column: at most 100%, saying when the target period is over. */
export function describeTimeGone(share: number): string {
  return share >= 1 ? 'All: the target period is over' : percent(Math.max(0, share));
}

/** The change against the time, in points of the capped shares: "40 percentage points behind schedule", "On schedule". */
export function describePace(lag: number): string {
  const points = Math.round(Math.abs(lag) * 100);
  if (points === 0) return 'On schedule';
  return `${points} percentage ${points === 1 ? 'point' : 'points'} ${lag > 0 ? 'behind' : 'ahead of'} schedule`;
}

/** "40% of the change with 80% of the time used (by 2022–24)." Shares past 100% are said in words. */
export function describeShares(shares: PortfolioShares, latestLabel: string): string {
  const time = shares.shareOfTime >= 1 ? `the target period over by ${latestLabel}` : `${percent(shares.shareOfTime)} of the time used (by ${latestLabel})`;
  if (shares.holdTheLine) {
    return shares.shareOfChange === 1 ? `Kept at the level the target asks, with ${time}.` : `Not kept at the level the target asks, with ${time}.`;
  }
  const change =
    shares.shareOfChange < 0
      ? `moved the wrong way (${percent(shares.shareOfChange)} of the change)`
      : shares.shareOfChange > 1
        ? `all of the change and ${percent(shares.shareOfChange - 1)} more`
        : `${percent(shares.shareOfChange)} of the change`;
  return `${change[0]!.toUpperCase()}${change.slice(1)} with ${time}.`;
}
