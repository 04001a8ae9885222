import type { Comment, GapDefinition, Indicator, ReleaseSchedule } from '../../../src/domain/types';

// What the seed adds for the insight views: release schedules, gap definitions and sample
// comments. None of it is published material: the schedules are the sources' usual timing, marked
// illustrative; the comments are written by a sample editor and say so.

const yearly = (lagMonths: number): ReleaseSchedule => ({ frequency: 'yearly', lagMonths, provenance: 'illustrative' });

/** Usual months from a period's end to its publication, by indicator. */
export const WYH_RELEASES: Record<string, ReleaseSchedule> = {
  'le-gap-male': yearly(15),
  'le-gap-female': yearly(15),
  'smi-excess-mortality': yearly(18),
  'obesity-year6': yearly(8),
  'obesity-reception': yearly(8),
  'cancer-early-stage': yearly(18),
  'cancer-additional-early': yearly(6),
  'suicide-rate': yearly(9),
  'antibiotic-items': { frequency: 'quarterly', lagMonths: 3, provenance: 'illustrative' },
  'amr-bloodstream': yearly(6),
  'stillbirth-rate': yearly(10),
  'neonatal-mortality': yearly(10),
  'wres-shortlisting': yearly(9),
  'wres-senior-bme': yearly(9),
  'nhs-carbon': yearly(12),
  'employment-gap-ltc': yearly(6),
};

const LIFE_EXPECTANCY = { kind: 'years', label: 'years', decimals: 1 } as const;

export const WYH_GAPS: Record<string, GapDefinition> = {
  'le-gap-male': { kind: 'difference', groups: ['Least deprived areas', 'Most deprived areas'], groupUnit: LIFE_EXPECTANCY },
  'le-gap-female': { kind: 'difference', groups: ['Least deprived areas', 'Most deprived areas'], groupUnit: LIFE_EXPECTANCY },
  'smi-excess-mortality': {
    kind: 'excess-percent',
    groups: ['Adults with severe mental illness', 'All adults'],
    groupUnit: { kind: 'rate', label: 'per 100,000', decimals: 1 },
  },
};

const SAMPLE_EDITOR = { name: 'Sample programme lead', organisation: 'Illustrative comment, not from the partnership' };

export const WYH_COMMENTS: Record<string, Comment[]> = {
  'suicide-rate': [
    {
      id: 'c-suicide-pooled',
      at: '2026-10-02T09:30:00Z',
      author: SAMPLE_EDITOR,
      text: 'Rates are pooled over three years, so one year’s change moves each figure by only a third.',
    },
  ],
  'cancer-early-stage': [
    {
      id: 'c-cancer-2020',
      at: '2026-09-15T14:00:00Z',
      author: SAMPLE_EDITOR,
      text: '2020 figure affected by the pandemic: fewer people came forward with symptoms.',
      period: '2020',
    },
  ],
  'obesity-year6': [
    {
      id: 'c-ncmp-2020',
      at: '2026-09-20T11:00:00Z',
      author: SAMPLE_EDITOR,
      text: 'Only a sample of schools was measured in 2020/21; read this figure with care.',
      period: '2020/21',
    },
  ],
};

/** The indicator with the seed's schedule, gap definition and comments added. */
export function withInsights(indicator: Indicator): Indicator {
  const release = WYH_RELEASES[indicator.id];
  const gap = WYH_GAPS[indicator.id];
  const comments = WYH_COMMENTS[indicator.id];
  return { ...indicator, ...(release && { release }), ...(gap && { gap }), ...(comments && { comments }) };
}
