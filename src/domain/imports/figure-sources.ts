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

/** The first sentence of a source's description: "OHID Fingertips 41001; WY&H suicide prevention page." stays whole. */
export function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end < 0 ? text.replace(/\.$/, '') : text.slice(0, end);
}

/** "No published figure for Bradford District and Craven is to hand yet. It would come from OHID Fingertips 41001." */
export function noPublishedFigureYet(placeName: string, indicatorSource: string): string {
  return `no published figure for ${placeName} is to hand yet. It would come from ${firstSentence(indicatorSource)}.`;
}

/**
 * Published or illustrative, in words, for a series where it is shown (a slide, a board pack's
 * page, a download): every figure published, with where from; all illustrative, saying no
 * published figure for the place is to hand and where one would come from; or how many of each.
 */
export function describeProvenance(
  points: readonly DataPoint[],
  placeName: string,
  indicatorSource: string,
  { brief = false }: { brief?: boolean } = {},
): { provenance: 'published' | 'illustrative'; text: string } | undefined {
  if (points.length === 0) return undefined;
  const illustrative = points.filter((p) => p.provenance === 'illustrative').length;
  const sources = sourcesOfPublished(points).map((s) => s.source);
  // Brief, for a slide read across a room: the indicator's source in a few words; each figure's own (a page's address, say) is on the ambition page.
  const named = brief
    ? firstSentence(indicatorSource)
    : sources.length <= 1
      ? sources.join('')
      : `${sources[0]} and ${sources.length - 1} more source${sources.length > 2 ? 's' : ''}`;
  if (brief) {
    // As few words as a slide beside its chart has room for; the tag before them says which.
    if (illustrative === 0) return { provenance: 'published', text: `Source: ${named}.` };
    if (illustrative === points.length) return { provenance: 'illustrative', text: `Not published. Source, once published: ${named}.` };
    return { provenance: 'illustrative', text: `${illustrative} of ${points.length} not published. Source: ${named}.` };
  }
  if (illustrative === 0) return { provenance: 'published', text: `Published figures. Source: ${named}.` };
  if (illustrative === points.length) {
    return {
      provenance: 'illustrative',
      text: `Illustrative figures, not published: ${noPublishedFigureYet(placeName, indicatorSource)}`,
    };
  }
  return { provenance: 'illustrative', text: `${illustrative} of ${points.length} figures illustrative, not published; the others from ${named}.` };
}
