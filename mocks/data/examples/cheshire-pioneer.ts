import type { Framework } from '../../../src/domain/types';
import type { SeriesProfile } from '../generate-series';

// The Cheshire integration pioneer bid, from seed 004 (a 2013 news item): Cheshire East Council,
// Cheshire West and Chester Council and four clinical commissioning groups bidding to be one of
// ten national "pioneers" in integrating care. Each aim's commitment is a sentence of the seed;
// the titles are short names for them. The seed gives no figure, target, action or amount, so every
// one here is an illustrative example, and says so.

const SEED = 'Cheshire East Council news: Cheshire shortlisted as an integration pioneer (2013)';
const ILLUSTRATIVE = 'Illustrative: the bid as reported sets no number; an example target.';
const AS_REPORTED = 'A sentence of Cheshire East Council’s 2013 news item about the bid, as the council reported it: not the bid’s own text';
const lead = (organisation: string) => ({ name: 'Example pioneer lead', organisation });

export const CHESHIRE_FRAMEWORK: Framework = {
  id: 'cheshire-pioneer',
  name: 'Cheshire integration pioneer',
  shortName: 'Cheshire pioneer',
  note: 'An example set up from a news item about Cheshire’s bid to be an integration pioneer. Each aim is a sentence of that news item (the council’s report of the bid and of what its partners said), not the bid’s own text; every indicator, figure, target, action and programme link here is illustrative.',
  example: true,
  terms: { one: 'aim', many: 'aims' },
  source: SEED,
  places: [
    {
      id: 'cheshire',
      name: 'Cheshire',
      isTotal: true,
      areaCodes: ['E06000049', 'E06000050'],
      fingertips: { kind: 'none', reason: 'Cheshire as a whole is two unitary councils; Fingertips publishes them separately.' },
    },
    { id: 'cheshire-east', name: 'Cheshire East', isTotal: false, areaCodes: ['E06000049'] },
    { id: 'cheshire-west', name: 'Cheshire West and Chester', isTotal: false, areaCodes: ['E06000050'] },
  ],
  ambitions: [
    {
      number: 1,
      title: 'User-friendly, efficient joined-up care',
      commitment:
        'Cheshire East Council and Cheshire West and Chester, plus four clinical commissioning groups across the county, will discover in September whether they have been chosen to create a new breed of user friendly and financially efficient models.',
      commitmentSource: AS_REPORTED,
      indicators: [
        {
          id: 'ch-ambulatory-admissions',
          name: 'Emergency admissions for conditions usually managed outside hospital',
          definition:
            'Emergency hospital admissions for chronic ambulatory care sensitive conditions per 100,000 people, age-standardised. An illustrative example of a joined-up care measure.',
          unit: { kind: 'rate', label: 'per 100,000', decimals: 0 },
          direction: 'lower-is-better',
          baselinePeriod: '2013/14',
          targets: [
            {
              id: 'pioneer',
              label: 'Pioneer ambition (illustrative)',
              period: '2018/19',
              rule: { kind: 'relative', percent: -15 },
              note: ILLUSTRATIVE,
              provenance: 'illustrative',
              source: 'Illustrative example',
            },
          ],
          source: 'Illustrative figures',
          provenance: 'illustrative',
        },
      ],
    },
    {
      number: 2,
      title: 'A model tailored to urban and rural Cheshire',
      commitment: 'The proposed model will be tailored to people’s needs and will take account of local and organisational priorities.',
      commitmentSource: AS_REPORTED,
      indicators: [],
      actions: [
        {
          id: 'ch-a1',
          title: 'Local models agreed for each of the four clinical commissioning group areas',
          owner: 'Cheshire East Council and Cheshire West and Chester Council',
          due: '2014-03-31',
          status: 'done',
          updates: [
            {
              id: 'ch-a1-u1',
              at: '2014-03-28T12:00:00Z',
              author: lead('Cheshire West and Chester Council'),
              status: 'done',
              text: 'All four models signed off by the Health and Wellbeing Boards.',
            },
          ],
          provenance: 'illustrative',
          source: 'Illustrative example',
        },
        {
          id: 'ch-a2',
          title: 'Rural outreach teams in the south and west of the county',
          owner: 'Community health partners',
          due: '2015-03-31',
          status: 'done',
          provenance: 'illustrative',
          source: 'Illustrative example',
        },
      ],
    },
    {
      number: 3,
      title: 'Services clustered around GP practices',
      commitment: 'We are currently planning for integration of services clustered around GP practices in South Cheshire to better suit the needs of patients.',
      commitmentSource: AS_REPORTED,
      indicators: [
        {
          id: 'ch-reablement',
          name: 'Older people still at home 91 days after leaving hospital for reablement',
          definition: 'People aged 65 and over still at home 91 days after discharge from hospital into reablement, as a percentage of those discharged. An illustrative example.',
          unit: { kind: 'percent', label: '%', decimals: 1 },
          direction: 'higher-is-better',
          baselinePeriod: '2013/14',
          targets: [
            {
              id: 'pioneer',
              label: 'Pioneer ambition (illustrative)',
              period: '2018/19',
              rule: { kind: 'absolute', value: 88 },
              note: ILLUSTRATIVE,
              provenance: 'illustrative',
              source: 'Illustrative example',
            },
          ],
          source: 'Illustrative figures',
          provenance: 'illustrative',
        },
      ],
    },
    {
      number: 4,
      title: 'Sharing what we learn',
      commitment:
        'We are committed to sharing with our colleagues across Cheshire, and nationally, the learning experiences gained through our ultimately successful drive to achieving Caring Together.',
      commitmentSource: AS_REPORTED,
      indicators: [],
      actions: [
        {
          id: 'ch-a3',
          title: 'Caring Together learning shared with the other pioneers',
          owner: 'Eastern Cheshire partners',
          due: '2014-12-31',
          status: 'done',
          provenance: 'illustrative',
          source: 'Illustrative example',
        },
      ],
    },
  ],
  programmes: [
    {
      id: 'ch-caring-together',
      name: 'Caring Together (Eastern Cheshire)',
      description: 'Named in the seed; no amount is published there.',
      owner: 'NHS Eastern Cheshire CCG',
      period: '2013/14',
      ambitionNumbers: [1, 4],
      provenance: 'published',
      source: SEED,
    },
    {
      id: 'ch-community-budgets',
      name: 'Community budgets',
      description: 'Cheshire East Council was one of a handful of authorities chosen for the community budgets initiative (seed); no amount is published there.',
      owner: 'Cheshire East Council',
      period: '2013/14',
      ambitionNumbers: [1, 2],
      provenance: 'published',
      source: SEED,
    },
  ],
};

export const CHESHIRE_POPULATION_SHARE: Record<string, number> = { 'cheshire-east': 0.52, 'cheshire-west': 0.48 };

const FY = ['2011/12', '2012/13', '2013/14', '2014/15', '2015/16', '2016/17', '2017/18', '2018/19'];
export const CHESHIRE_PROFILES: SeriesProfile[] = [
  {
    indicatorId: 'ch-ambulatory-admissions',
    periods: FY,
    start: 820,
    trend: 0.02,
    trendSpread: 0.015,
    noise: 0.02,
    interval: 0.04,
    levels: { 'cheshire-east': 0.95, 'cheshire-west': 1.06 },
    combine: 'weighted-mean',
  },
  {
    indicatorId: 'ch-reablement',
    periods: FY,
    start: 82.4,
    trend: 0.006,
    trendSpread: 0.006,
    noise: 0.012,
    levels: { 'cheshire-east': 1.01, 'cheshire-west': 0.99 },
    combine: 'weighted-mean',
  },
];
