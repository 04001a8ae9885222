import type { Framework, Indicator } from '../types';

// Plain words for the units, abbreviations and status words the dashboard uses, so a board member
// never has to ask what "items per STAR-PU" or "370%" means. An entry is shown wherever its term
// appears in an indicator's name, definition or unit; the glossary page lists those a partnership
// uses, then the words every partnership shares.

export interface GlossaryEntry {
  term: string;
  meaning: string;
  /** Matched, case-insensitively and as whole words, in an indicator's name, definition and unit. */
  match: RegExp;
}

const word = (text: string) => new RegExp(`(^|[^A-Za-z0-9])${text}($|[^A-Za-z0-9])`, 'i');

/** Units and abbreviations found in indicators. */
export const UNIT_TERMS: GlossaryEntry[] = [
  {
    term: 'STAR-PU',
    meaning:
      'Specific therapeutic group age-sex related prescribing unit: a weighting of each practice’s list by the age and sex of its patients, so that practices with older or younger patients can be compared fairly. "Items per STAR-PU" is prescriptions per weighted patient.',
    match: word('STAR-PU'),
  },
  {
    term: 'tCO2e',
    meaning: 'Tonnes of carbon dioxide equivalent: every greenhouse gas counted as the amount of carbon dioxide that would warm the planet as much.',
    match: word('tCO2e'),
  },
  {
    term: 'Excess deaths (%)',
    meaning:
      'How many more deaths there are in a group than there would be at the whole population’s death rate, as a percentage. 370% means 4.7 times as many deaths as expected; 0% would mean no excess.',
    match: /excess (deaths|under-75 mortality|mortality)/i,
  },
  {
    term: 'Severe mental illness (SMI)',
    meaning: 'Schizophrenia, bipolar disorder and other psychoses: people on their GP’s register for these conditions.',
    match: /severe mental illness|(^|[^A-Za-z])SMI([^A-Za-z]|$)/i,
  },
  {
    term: 'per 100,000',
    meaning: 'A rate: how many in every 100,000 people, so that places of different sizes can be compared.',
    match: word('per 100,000'),
  },
  {
    term: 'per 1,000 births',
    meaning: 'A rate: how many in every 1,000 births (or live births, where it says so).',
    match: /per 1,000 (live )?births/i,
  },
  {
    term: 'Percentage points',
    meaning: 'The difference between two percentages: from 20% to 25% is a rise of 5 percentage points (and of 25 per cent).',
    match: word('percentage points'),
  },
  {
    term: 'Gap in life expectancy',
    meaning:
      'The difference, in years, between how long people in the most and the least deprived areas can expect to live (the slope index of inequality: a fitted gap across all ten deprivation deciles, not only the two ends).',
    match: /gap in life expectancy|slope index of inequality/i,
  },
  {
    term: 'Stage 1 or 2',
    meaning: 'A cancer found early, while it is small and has not spread; treatment then works far more often.',
    match: /stage 1 or 2/i,
  },
  {
    term: 'Shortlisting ratio (WRES)',
    meaning:
      'From the Workforce Race Equality Standard: how many times as likely white applicants are to be appointed from a shortlist as Black, Asian and minority ethnic applicants. 1.00 is equal; above 1 favours white applicants.',
    match: /shortlisting|WRES/i,
  },
];

/** The dashboard's own words, the same for every partnership. */
export const DASHBOARD_TERMS: GlossaryEntry[] = [
  { term: 'Baseline', meaning: 'The figure progress is measured from: the one for the period the plan started from.', match: /baseline/i },
  {
    term: 'Target in force',
    meaning:
      'Of a commitment’s targets, the one whose deadline is nearest and not yet passed; once all have passed, the one that passed last. Cards, slides and the board pack lead with the status against it.',
    match: /target in force/i,
  },
  {
    term: 'Plan’s target',
    meaning: 'The target the partnership set itself in its plan (the first listed). Where a revised target has taken over, the plan’s verdict is shown beneath.',
    match: /plan’s .* target/i,
  },
  {
    term: 'Straight path',
    meaning: 'The steady line from the baseline figure to the target: where the figure would be now if progress were even.',
    match: /straight path/i,
  },
  { term: 'On track', meaning: 'The latest figure is on or ahead of the straight path, and the recent trend would meet the target.', match: /on track/i },
  { term: 'At risk', meaning: 'Only one of those holds, or the trend gets at least half way to the target.', match: /at risk/i },
  { term: 'Off track', meaning: 'Behind the straight path, and the recent trend gets less than half way to the target (or goes the wrong way).', match: /off track/i },
  { term: 'Missed / Achieved', meaning: 'For a target whose period has passed: whether the figure for that period met it.', match: /missed|achieved/i },
  { term: 'Awaiting figure', meaning: 'The target’s period has passed but its figure is not published yet.', match: /awaiting figure/i },
  {
    term: 'Illustrative',
    meaning: 'A figure or target not found in published material: it shows how the dashboard works and must not be quoted.',
    match: /illustrative/i,
  },
  {
    term: 'Margin of error (95% interval)',
    meaning: 'The range the true value probably lies in, given chance variation; a difference inside it may be chance.',
    match: /margin of error|95% interval/i,
  },
];

/** The unit and abbreviation entries an indicator's words use, in the glossary's order. */
export function glossaryFor(indicator: Pick<Indicator, 'name' | 'definition' | 'unit'>): GlossaryEntry[] {
  const text = `${indicator.name} ${indicator.definition} ${indicator.unit.label}`;
  return UNIT_TERMS.filter((entry) => entry.match.test(text));
}

/** Every unit and abbreviation entry a partnership's indicators use. */
export function glossaryOf(framework: Framework): GlossaryEntry[] {
  const used = new Set(framework.ambitions.flatMap((a) => a.indicators.flatMap((i) => glossaryFor(i))));
  return UNIT_TERMS.filter((entry) => used.has(entry));
}

/** The entry's anchor on the glossary page: "star-pu", "excess-deaths". */
export function termId(entry: Pick<GlossaryEntry, 'term'>): string {
  return `term-${entry.term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}
