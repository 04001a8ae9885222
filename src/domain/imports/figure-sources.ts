import type { DataPoint } from '../types';

export interface SourceOfFigures {
  source: string;
  count: number;
  /** The first and last period it gave, in the series' order. */
  first: string;
  last: string;
}

/**
 * Where a series' published figures came from, each source once with how many figures and which
 * periods: "OHID Fingertips, indicator 41001, downloaded 20 Nov 2026: 6 figures, 2016-18 to 2021-23".
 * One pass; figures without a source are counted under "source not given".
 */
export function sourcesOfPublished(points: readonly DataPoint[]): SourceOfFigures[] {
  const bySource = new Map<string, SourceOfFigures>();
  for (const p of points) {
    if (p.provenance !== 'published') continue;
    const source = p.source ?? 'source not given';
    const known = bySource.get(source);
    if (known) {
      known.count += 1;
      known.last = p.period;
    } else bySource.set(source, { source, count: 1, first: p.period, last: p.period });
  }
  return [...bySource.values()];
}
