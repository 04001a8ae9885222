import type { FingertipsIndicator, NotInFingertips } from '../../../src/domain/types';

// Where each WY&H indicator's figures are in OHID Fingertips, or why they are not: the mapping a
// Fingertips import and `npm run fingertips:pull` use. Ids and names are as Fingertips gives them
// (docs/sources.md says where each was checked). Area types fetched: 401 districts and unitary
// authorities (2021/22–2022/23, the last with Harrogate and Craven as districts), 66 sub-ICB
// locations (Bradford District and Craven) and 221 integrated care boards (the partnership).
const AREA_TYPES = [401, 66, 221];

const fingertips = (indicatorId: number, name: string, sex: string, age: string, combine?: FingertipsIndicator['combine']): FingertipsIndicator => ({
  kind: 'indicator',
  indicatorId,
  name,
  sex,
  age,
  areaTypeIds: AREA_TYPES,
  ...(combine ? { combine } : {}),
});
// Children measured and those living with obesity: a proportion, which the areas' counts combine into exactly.
const PERCENT_OF_CHILDREN = { method: 'proportion', multiplier: 100 } as const;
const none = (reason: string): NotInFingertips => ({ kind: 'none', reason });

export const WYH_FINGERTIPS: Record<string, FingertipsIndicator | NotInFingertips> = {
  'le-gap-male': fingertips(92901, 'Inequality in life expectancy at birth', 'Male', 'All ages'),
  'le-gap-female': fingertips(92901, 'Inequality in life expectancy at birth', 'Female', 'All ages'),
  'hle-male': fingertips(90362, 'Healthy life expectancy at birth', 'Male', 'All ages'),
  'hle-female': fingertips(90362, 'Healthy life expectancy at birth', 'Female', 'All ages'),
  'smi-excess-mortality': fingertips(91096, 'Excess under 75 mortality rate in adults with severe mental illness (SMI)', 'Persons', '18-74 yrs'),
  'obesity-year6': fingertips(90323, 'Year 6: Prevalence of obesity (including severe obesity)', 'Persons', '10-11 yrs', PERCENT_OF_CHILDREN),
  'obesity-reception': fingertips(90319, 'Reception: Prevalence of obesity (including severe obesity)', 'Persons', '4-5 yrs', PERCENT_OF_CHILDREN),
  'suicide-rate': fingertips(41001, 'Suicide rate', 'Persons', '10+ yrs'),
  'cancer-early-stage': none(
    'Stage at diagnosis is published by the National Disease Registration Service (Cancer Data and its Rapid Cancer Registration Data). No Fingertips indicator for it could be confirmed in the material this project checked, so none is guessed: import NDRS figures with the template.',
  ),
  'cancer-additional-early': none('A count the partnership defines against its own 2018 figure: no national indicator publishes it.'),
  'antibiotic-items': none(
    'Items per STAR-PU come from NHS Business Services Authority prescribing data. Fingertips’ antimicrobial resistance profile carries prescribing measures, but which of its indicators matches this one could not be confirmed here, so none is guessed.',
  ),
  'amr-bloodstream': none(
    'Resistant bloodstream infections come from UKHSA’s mandatory surveillance. Fingertips’ antimicrobial resistance profile may carry a matching measure, but it could not be confirmed here, so none is guessed.',
  ),
  'stillbirth-rate': none(
    'The target is set against MBRRACE-UK’s rates for the local maternity and neonatal system. Fingertips’ stillbirth figures come from ONS birth registrations by council area, a different definition and geography, so they are not mixed in.',
  ),
  'neonatal-mortality': none('The target is set against MBRRACE-UK’s rates for the local maternity and neonatal system, which Fingertips does not publish.'),
  'wres-shortlisting': none('Workforce Race Equality Standard returns are published by NHS England for each trust, not in Fingertips.'),
  'wres-senior-bme': none('Workforce Race Equality Standard returns are published by NHS England for each trust, not in Fingertips.'),
  'nhs-carbon': none('Emissions come from NHS organisations’ own sustainability reports, not from Fingertips.'),
  'employment-gap-ltc': none(
    'The Public Health Outcomes Framework publishes this gap (from the ONS Annual Population Survey), but its Fingertips indicator id could not be confirmed in the material this project checked, so none is guessed: add it in the framework once checked.',
  ),
};
