import { headlineIndicators } from '../../domain/status/headline-indicators';
import type { UseQueryResult } from '@tanstack/react-query';
import { portfolioShares, type PortfolioRow } from '../../domain/status/portfolio';
import type { Framework, Series } from '../../domain/types';
import type { Headline } from '../../domain/status/headline';
import { assessSeries } from '../../hooks/use-assessments';

export interface PortfolioEntry extends PortfolioRow {
  headline?: Headline;
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
    const headline = assessSeries(indicator, query.data, year).headline;
    if (!headline) return { ...base, status: 'not-enough-data', reason: 'No target set.' };
    // Measured towards the target in force, as every headline is.
    const now = headline.now;
    const shares = portfolioShares(now, indicator.direction, year);
    return {
      ...base,
      headline,
      status: now.status,
      shares,
      reason: shares ? undefined : 'No baseline figure to measure from.',
      latestLabel: now.latest?.at.label,
      targetLabel: now.resolved ? `${now.resolved.target.label}, ${now.resolved.period.label}` : undefined,
    };
  });
}
