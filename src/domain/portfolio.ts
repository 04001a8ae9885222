import type { Assessment, StatusKind } from './assess-target';
import { isAtLeastAsGood } from './timed-point';
import type { Direction } from './types';

// Portfolio progress: ambitions measured in years, percentages and tonnes, put on one scale. For
// each headline target: the share of the change from baseline to target achieved by the latest
// figure, against the share of the time from baseline to target gone by that figure's period. An
// indicator with 40% of the change and 80% of the time gone is lagging, whatever its unit.

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

/**
 * How far the change trails the time: positive is behind. Both are capped at 100%: once all the
 * change is made the target is met however much time has gone, and once the target period has
 * passed no more time can go. Rows without shares sort last.
 */
export const lagOf = (row: PortfolioRow) => (row.shares ? Math.min(row.shares.shareOfTime, 1) - Math.min(row.shares.shareOfChange, 1) : undefined);

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

/** "40% of the change with 80% of the time gone (by 2022–24)." */
export function describeShares(shares: PortfolioShares, latestLabel: string): string {
  if (shares.holdTheLine) {
    return shares.shareOfChange === 1
      ? `Holding the line, as the target asks, with ${percent(shares.shareOfTime)} of the time gone (by ${latestLabel}).`
      : `Not holding the line the target asks for, with ${percent(shares.shareOfTime)} of the time gone (by ${latestLabel}).`;
  }
  const change = shares.shareOfChange < 0 ? `moved the wrong way (${percent(shares.shareOfChange)} of the change)` : `${percent(shares.shareOfChange)} of the change`;
  return `${change[0]!.toUpperCase()}${change.slice(1)} with ${percent(shares.shareOfTime)} of the time gone (by ${latestLabel}).`;
}
