import type { Action, ActionStatus, Ambition, Framework, Indicator } from '../../../src/domain/types';
import type { SeriesProfile } from '../generate-series';

// One Halton's All Age Carers Strategy, from seed 002 (One Halton news): a three-year delivery plan
// over nine areas for improvement, named verbatim here. The seed gives no figure, target, action
// or owner, so every indicator, figure, target and action here is an illustrative example of what
// the delivery plan could hold, and says so.

const SEED = 'One Halton news: All Age Carers Strategy and three-year delivery plan (halton.me/carers-strategy)';
const COMMITMENT =
  'Taking a One Halton approach will bring together service providers in Halton to ensure the right support is in place when it is needed, meaning carers can focus on their vital role of caring for vulnerable children and adults.';
const ILLUSTRATIVE = 'Illustrative: the strategy as summarised in the seed sets no number; an example target for the end of the three-year plan.';
// The plan's three years, as an example: the seed does not date them.
const PLAN_END = '2026/27';

const AREAS = [
  'Identification and recognition of carers',
  'Involving and listening to carers',
  'Young carers',
  'Transition to adulthood',
  'Employment and skills',
  'Older carers',
  'Carers of people with dementia',
  'Health and wellbeing of carers',
  'When the caring role ends',
];

const OWNERS = ['Halton Borough Council, adult social care', 'NHS partners in Halton', 'GP practices', 'Voluntary organisations', 'Halton Borough Council, children’s services'];

// Three actions an area, one a year of the plan, their states spread so every kind shows.
const ACTION_TITLES: Record<number, [string, string, string]> = {
  1: ['Carers’ register shared by GP practices and the council', 'Carer awareness training for front-line staff', 'Annual carers’ census'],
  2: ['Carers’ forum meets every quarter', 'Carers on the One Halton board', 'Consultation event with every known carer'],
  3: ['Young carers identified in every school', 'Young carers’ assessments within 28 days', 'Breaks for young carers in every holiday'],
  4: ['Transition plan for young carers from 16', 'Joint adult and children’s carers’ assessment at 18', 'College support for young adult carers'],
  5: ['Carer-friendly employer charter', 'Flexible working for carers across partners', 'Skills and job support for carers returning to work'],
  6: ['Home checks for older carers', 'Contingency plans for older carers', 'Respite for carers over 75'],
  7: ['Dementia carers’ support groups in each town', 'Training for carers after diagnosis', 'Day care places for people with dementia'],
  8: ['Health checks for carers', 'Carers’ flu vaccination', 'Mental health support for carers'],
  9: ['Bereavement support when caring ends', 'Support to return to work or learning', 'Former carers as peer supporters'],
};

// Plan years end in March 2025, 2026 and 2027: by late 2026 the first two years' actions are mostly
// done, one is late, and the third year's are under way, at risk or not started.
const STATES: ActionStatus[][] = [
  ['done', 'done', 'on-track'],
  ['done', 'done', 'on-track'],
  ['done', 'late', 'not-started'],
  ['done', 'done', 'not-started'],
  ['done', 'done', 'at-risk'],
  ['done', 'done', 'not-started'],
  ['done', 'done', 'at-risk'],
  ['done', 'done', 'on-track'],
  ['done', 'done', 'not-started'],
];
const DUE = ['2025-03-31', '2026-03-31', '2027-03-31'];

function actionsFor(number: number): Action[] {
  return ACTION_TITLES[number]!.map((title, year) => {
    const status = STATES[number - 1]![year]!;
    const owner = OWNERS[(number + year) % OWNERS.length]!;
    return {
      id: `oh-${number}-${year + 1}`,
      title,
      owner,
      // A late action's own status stays as its owner set it; the app reads the passed due date.
      due: status === 'late' ? '2026-09-30' : DUE[year]!,
      status: status === 'late' ? 'on-track' : status,
      updates:
        status === 'not-started'
          ? []
          : [
              {
                id: `oh-${number}-${year + 1}-u1`,
                at: status === 'done' ? `${DUE[year]}T16:00:00Z` : '2026-10-01T10:00:00Z',
                author: { name: 'Example delivery lead', organisation: owner },
                status: status === 'late' ? 'on-track' : status,
                text: status === 'done' ? 'Completed.' : status === 'at-risk' ? 'Behind plan: partners are agreeing who funds it.' : 'Under way as planned.',
              },
            ],
      provenance: 'illustrative',
      source: 'Illustrative example: the seed names the areas, not the actions',
    };
  });
}

const INDICATORS: Record<number, Indicator[]> = {
  1: [
    {
      id: 'oh-carers-known',
      name: 'Carers known to the council',
      definition: 'Carers of all ages on the council’s and GP practices’ registers at the end of the year. An illustrative example of an identification measure.',
      unit: { kind: 'count', label: 'carers', decimals: 0 },
      direction: 'higher-is-better',
      baselinePeriod: '2021/22',
      targets: [
        {
          id: 'plan',
          label: 'End of the delivery plan (illustrative)',
          period: PLAN_END,
          rule: { kind: 'relative', percent: 25 },
          note: ILLUSTRATIVE,
          provenance: 'illustrative',
          source: 'Illustrative example',
        },
      ],
      source: 'Illustrative figures',
      provenance: 'illustrative',
    },
  ],
  8: [
    {
      id: 'oh-carer-quality-of-life',
      name: 'Carer-reported quality of life',
      definition:
        'The average score carers give their quality of life in the survey of adult carers, from 0 to 12: the higher, the better. An illustrative example of a health and wellbeing measure.',
      unit: { kind: 'score', label: 'out of 12', decimals: 1 },
      direction: 'higher-is-better',
      baselinePeriod: '2018/19',
      targets: [
        {
          id: 'plan',
          label: 'End of the delivery plan (illustrative)',
          period: PLAN_END,
          rule: { kind: 'absolute', value: 8 },
          note: ILLUSTRATIVE,
          provenance: 'illustrative',
          source: 'Illustrative example',
        },
      ],
      source: 'Illustrative figures',
      provenance: 'illustrative',
    },
  ],
};

const ambitions: Ambition[] = AREAS.map((title, i) => ({
  number: i + 1,
  title,
  commitment: COMMITMENT,
  commitmentSource:
    'Halton Borough Council’s leader, Rob Polhill, quoted in One Halton’s news of the strategy (which is at halton.me/carers-strategy): his words about the strategy as a whole, the same for every area, not the strategy’s own text for this one',
  indicators: INDICATORS[i + 1] ?? [],
  actions: actionsFor(i + 1),
}));

export const ONE_HALTON_FRAMEWORK: Framework = {
  id: 'one-halton-carers',
  name: 'One Halton: All Age Carers Strategy',
  shortName: 'One Halton',
  note: 'An example set up from One Halton’s news of its carers’ strategy. The nine areas for improvement are the strategy’s own; every indicator, figure, target and action is illustrative.',
  example: true,
  terms: { one: 'improvement area', many: 'improvement areas' },
  source: SEED,
  places: [{ id: 'halton', name: 'Halton', isTotal: true, areaCodes: ['E06000006'] }],
  ambitions,
  programmes: [
    {
      id: 'oh-delivery-plan',
      name: 'Carers’ strategy delivery plan',
      description: 'The three-year plan developed with children and adult carers and the key providers in Halton. The amount is illustrative: the seed publishes none.',
      owner: 'Halton Borough Council for One Halton',
      period: '2024/25-26/27',
      funding: 450_000,
      ambitionNumbers: ambitions.map((a) => a.number),
      provenance: 'illustrative',
      source: 'Illustrative amount',
    },
  ],
};

export const ONE_HALTON_PROFILES: SeriesProfile[] = [
  {
    indicatorId: 'oh-carers-known',
    periods: ['2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'],
    start: 2900,
    trend: 0.035,
    trendSpread: 0,
    noise: 0.02,
    levels: {},
    combine: 'sum',
  },
  {
    indicatorId: 'oh-carer-quality-of-life',
    periods: ['2014/15', '2016/17', '2018/19', '2021/22', '2023/24'],
    start: 7.9,
    trend: -0.004,
    trendSpread: 0,
    noise: 0.015,
    interval: 0.04,
    levels: {},
    combine: 'weighted-mean',
    notes: { '2021/22': 'The carers’ survey runs every two years; 2020/21 was put back a year by the pandemic.' },
  },
];
