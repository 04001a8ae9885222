import type { Action, Framework } from '../../../src/domain/types';
import type { SeriesProfile } from '../generate-series';

// Calderdale Cares, from seed 000 (Calderdale Council news, February 2022): the partnership
// delivers the joint Wellbeing Strategy "to help people start well, develop well, live and work
// well, and age well" towards Vision2024. The four life stages are from the seed; the seed gives no
// indicator, figure, target or action, so every one here is an illustrative example of what the
// partnership could track, and says so.

const SEED = 'Calderdale Council news, “Together, Calderdale Cares” (February 2022)';
const STRATEGY_SENTENCE = 'It also enables Calderdale to deliver the joint Wellbeing Strategy to help people start well, develop well, live and work well, and age well.';
// The same sentence stands for each life stage: it is the article's, about the strategy as a whole.
const STRATEGY_WORDS =
  'A sentence of Calderdale Council’s news article “Together, Calderdale Cares” (February 2022) about the whole Wellbeing Strategy: not a commitment written for this life stage';
const ILLUSTRATIVE_TARGET = 'Illustrative: the seed text sets no number for this; an example target for Vision2024 (2024).';

const action = (id: string, title: string, owner: string, due: string, status: Action['status'], updates: Action['updates'] = []): Action => ({
  id,
  title,
  owner,
  due,
  status,
  updates,
  provenance: 'illustrative',
  source: 'Illustrative example: not from a published plan',
});

const lead = (organisation: string) => ({ name: 'Example programme lead', organisation });

export const CALDERDALE_FRAMEWORK: Framework = {
  id: 'calderdale-cares',
  name: 'Calderdale Cares',
  shortName: 'Calderdale Cares',
  note: 'An example set up from a news article about the partnership. The four life stages are the partnership’s own; every indicator, figure, target, action and programme amount here is illustrative.',
  example: true,
  terms: { one: 'ambition', many: 'ambitions' },
  source: SEED,
  places: [{ id: 'calderdale', name: 'Calderdale', isTotal: true, areaCodes: ['E08000033'] }],
  ambitions: [
    {
      number: 1,
      title: 'Start well',
      commitment: STRATEGY_SENTENCE,
      commitmentSource: STRATEGY_WORDS,
      indicators: [
        {
          id: 'cc-infant-mortality',
          name: 'Infant mortality rate',
          definition: 'Deaths of babies under one year old per 1,000 live births, three years pooled. An illustrative example of a start-well measure.',
          unit: { kind: 'rate', label: 'per 1,000 live births', decimals: 1 },
          direction: 'lower-is-better',
          baselinePeriod: '2016-18',
          targets: [
            {
              id: 'vision-2024',
              label: 'Vision2024 (illustrative)',
              period: '2022-24',
              rule: { kind: 'relative', percent: -10 },
              note: ILLUSTRATIVE_TARGET,
              provenance: 'illustrative',
              source: 'Illustrative example',
            },
          ],
          source: 'Illustrative figures',
          provenance: 'illustrative',
        },
      ],
      actions: [
        action('cc-a1', 'Family hubs open in every locality', 'Council children’s services', '2025-03-31', 'done', [
          { id: 'cc-a1-u1', at: '2025-04-02T09:00:00Z', author: lead('Calderdale Council'), status: 'done', text: 'The last of the hubs opened in March.' },
        ]),
      ],
    },
    {
      number: 2,
      title: 'Develop well',
      commitment: STRATEGY_SENTENCE,
      commitmentSource: STRATEGY_WORDS,
      indicators: [
        {
          id: 'cc-good-development',
          name: 'Children with a good level of development at the end of Reception',
          definition:
            'Children reaching a good level of development in the early years foundation stage, as a percentage of all children assessed. An illustrative example of a develop-well measure.',
          unit: { kind: 'percent', label: '%', decimals: 1 },
          direction: 'higher-is-better',
          baselinePeriod: '2018/19',
          targets: [
            {
              id: 'vision-2024',
              label: 'Vision2024 (illustrative)',
              period: '2023/24',
              rule: { kind: 'absolute', value: 72 },
              note: ILLUSTRATIVE_TARGET,
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
      number: 3,
      title: 'Live and work well',
      commitment: STRATEGY_SENTENCE,
      commitmentSource: STRATEGY_WORDS,
      indicators: [
        {
          id: 'cc-active-adults',
          name: 'Physically active adults',
          definition: 'Adults doing at least 150 minutes of moderate activity a week, as a percentage of adults. An illustrative example of a live-and-work-well measure.',
          unit: { kind: 'percent', label: '%', decimals: 1 },
          direction: 'higher-is-better',
          baselinePeriod: '2017/18',
          targets: [
            {
              id: 'vision-2024',
              label: 'Vision2024 (illustrative)',
              period: '2023/24',
              rule: { kind: 'absolute', value: 68 },
              note: ILLUSTRATIVE_TARGET,
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
      title: 'Age well',
      commitment: STRATEGY_SENTENCE,
      commitmentSource: STRATEGY_WORDS,
      // No number yet: judged on what is being done.
      indicators: [],
      actions: [
        action('cc-a2', 'Falls prevention offered through every primary care network', 'Calderdale Cares community services', '2027-03-31', 'on-track', [
          {
            id: 'cc-a2-u1',
            at: '2025-10-15T10:00:00Z',
            author: lead('Calderdale Cares'),
            status: 'on-track',
            text: 'Four of the five networks now offer strength and balance classes.',
          },
        ]),
        action('cc-a3', 'One shared care record for older people leaving hospital', 'Hospital and community health partners', '2027-03-31', 'at-risk', [
          { id: 'cc-a3-u1', at: '2026-09-01T12:00:00Z', author: lead('Calderdale Cares'), status: 'at-risk', text: 'Supplier delay: the record will not be live before spring.' },
        ]),
        action('cc-a4', 'Loneliness support through voluntary and community organisations', 'Voluntary and community sector partners', '2027-09-30', 'not-started'),
      ],
    },
  ],
  programmes: [
    {
      id: 'cc-vaccination',
      name: 'COVID-19 vaccination programme',
      description: 'Named in the seed as work the partnership supported during the pandemic; no amount is published there.',
      owner: 'Calderdale Cares partners',
      period: '2021',
      ambitionNumbers: [3, 4],
      provenance: 'published',
      source: SEED,
    },
    {
      id: 'cc-prevention',
      name: 'Investment in prevention from the Integrated Care System',
      description: 'The seed says the partnership agreement aims to direct investment into prevention as well as acute care; the amount here is illustrative.',
      owner: 'Calderdale Cares partnership board',
      period: '2022/23',
      funding: 1_500_000,
      ambitionNumbers: [1, 2, 3, 4],
      provenance: 'illustrative',
      source: 'Illustrative amount',
    },
  ],
};

export const CALDERDALE_PROFILES: SeriesProfile[] = [
  {
    indicatorId: 'cc-infant-mortality',
    periods: ['2014-16', '2015-17', '2016-18', '2017-19', '2018-20', '2019-21', '2020-22', '2021-23'],
    start: 4.9,
    trend: 0.02,
    trendSpread: 0,
    noise: 0.04,
    interval: 0.2,
    levels: {},
    combine: 'weighted-mean',
  },
  {
    indicatorId: 'cc-good-development',
    periods: ['2016/17', '2017/18', '2018/19', '2021/22', '2022/23', '2023/24'],
    start: 68.5,
    trend: 0.006,
    trendSpread: 0,
    noise: 0.01,
    levels: {},
    combine: 'weighted-mean',
    notes: { '2021/22': 'No assessment in 2019/20 or 2020/21 because of the pandemic.' },
  },
  {
    indicatorId: 'cc-active-adults',
    periods: ['2015/16', '2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23'],
    start: 64.2,
    trend: 0.004,
    trendSpread: 0,
    noise: 0.012,
    interval: 0.03,
    levels: {},
    combine: 'weighted-mean',
  },
];
