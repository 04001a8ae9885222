import { headlineIndicators } from '../../domain/headline-indicators';
import type { UseQueryResult } from '@tanstack/react-query';
import { portfolioShares, type PortfolioRow } from '../../domain/portfolio';
import type { Framework, Series } from '../../domain/types';
import { assessSeries } from '../../hooks/use-assessments';

export interface PortfolioEntry extends PortfolioRow {
  latestLabel?: string;
  targetLabel?: string;
}

/** One row per commitment with figures: its headline indicator and target, in the chosen place. */
export function portfolioRows(framework: Framework, queries: readonly UseQueryResult<Series>[], year: number): PortfolioEntry[] {
  // Only commitments with figures: the rest are judged on their actions, and listed apart.
  return headlineIndicators(framework).measured.map(({ ambition, indicator }, i) => {
    const base = { key: String(ambition.number), ambitionNumber: ambition.number, ambitionTitle: ambition.title, indicatorName: indicator.name };
    const query = queries[i];
    if (!query?.data) return { ...base, status: 'not-enough-data', reason: query?.isError ? 'The figures could not be loaded.' : 'Loading…' };
    if (query.data.points.length === 0) return { ...base, status: 'not-enough-data', reason: 'No figures for this place.' };
    const headline = assessSeries(indicator, query.data, year).assessments[0]!;
    const shares = portfolioShares(headline, indicator.direction, year);
    return {
      ...base,
      status: headline.status,
      shares,
      reason: shares ? undefined : 'No baseline figure to measure from.',
      latestLabel: headline.latest?.at.label,
      targetLabel: headline.resolved ? `${headline.resolved.target.label}, ${headline.resolved.period.label}` : undefined,
    };
  });
}
