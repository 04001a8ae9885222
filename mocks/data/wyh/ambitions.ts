import type { Ambition, Indicator } from '../../../src/domain/types';

// The ten ambitions, verbatim from the partnership's five-year plan, each with indicators a tracker
// can chart. Baselines and targets follow docs/sources.md; where the plan gives no
// number, the target is marked illustrative and says why.

const PLAN = 'WY&H Health and Care Partnership five-year plan: ten big ambitions';
const JFP = 'West Yorkshire Joint Forward Plan 2023, measurement page';

/**
 * Healthy life expectancy for one sex (Fingertips 90362): ambition 1's "compared to the rest of
 * England", with England's 2022-24 figure as an illustrative mark (the plan gives no number).
 */
function healthyLifeExpectancy(sex: 'male' | 'female', england: number): Indicator {
  const [people, person] = sex === 'male' ? ['men', 'man'] : ['women', 'woman'];
  return {
    id: `hle-${sex}`,
    name: `Healthy life expectancy, ${people}`,
    definition: `Years a ${person} can expect to live in good health at birth, from the Annual Population Survey and death registrations, three years pooled (OHID Fingertips indicator 90362). Set against England: the ambition asks for more years in good health than the rest of England.`,
    unit: { kind: 'years', label: 'years', decimals: 1 },
    direction: 'higher-is-better',
    baselinePeriod: '2015-17',
    targets: [
      {
        id: 'england',
        label: 'Level with England',
        period: '2024',
        rule: { kind: 'absolute', value: england },
        note: `The plan asks for more years lived in good health compared to the rest of England, with no number or date. England’s 2022-24 figure (${england} years, OHID Fingertips 90362) is the mark here, by 2024 like the rest of the ambition.`,
        provenance: 'illustrative',
        source: 'England’s figure: OHID Fingertips 90362, extract of May 2026 (Trafford Data Lab, trafford_themes data/health/healthy_life_expectancy.csv)',
      },
    ],
    source: 'OHID Fingertips 90362 (healthy life expectancy at birth)',
    sourceUrl: 'https://fingertips.phe.org.uk/',
    provenance: 'published',
  };
}

export const WYH_AMBITIONS: Ambition[] = [
  {
    number: 1,
    title: 'Years lived in good health, and the deprivation gap',
    commitment:
      'We will increase the years of life that people live in good health in West Yorkshire and Harrogate compared to the rest of England. We will reduce the gap in life expectancy by 5% (six months of life for men and five months of life for women) between the people living in our most deprived communities compared with the least deprived communities by 2024.',
    indicators: [
      {
        id: 'le-gap-male',
        name: 'Gap in life expectancy between most and least deprived areas, men',
        definition:
          'Slope index of inequality in life expectancy at birth for males: the gap in years between the most and least deprived areas, allowing for every area in between (OHID Fingertips indicator 92901).',
        unit: { kind: 'years', label: 'years', decimals: 1 },
        direction: 'lower-is-better',
        baselinePeriod: '2015-17',
        targets: [
          { id: 'original', label: 'Original target (five-year plan)', period: '2024', rule: { kind: 'relative', percent: -5 }, provenance: 'published', source: PLAN },
          {
            id: 'revised',
            label: 'Revised target (Joint Forward Plan 2023)',
            period: '2028',
            rule: { kind: 'relative', percent: -10 },
            basePeriod: '2018-20',
            note: 'The plan does not say which period the 10% is measured from; 2018-20 is assumed here.',
            provenance: 'published',
            source: JFP,
          },
        ],
        source: 'OHID Fingertips 92901 (slope index of inequality in life expectancy)',
        sourceUrl: 'https://fingertips.phe.org.uk/',
        provenance: 'illustrative',
      },
      {
        id: 'le-gap-female',
        name: 'Gap in life expectancy between most and least deprived areas, women',
        definition: 'Slope index of inequality in life expectancy at birth for females (OHID Fingertips indicator 92901).',
        unit: { kind: 'years', label: 'years', decimals: 1 },
        direction: 'lower-is-better',
        baselinePeriod: '2015-17',
        targets: [{ id: 'original', label: 'Original target (five-year plan)', period: '2024', rule: { kind: 'relative', percent: -5 }, provenance: 'published', source: PLAN }],
        source: 'OHID Fingertips 92901 (slope index of inequality in life expectancy)',
        sourceUrl: 'https://fingertips.phe.org.uk/',
        provenance: 'illustrative',
      },
      healthyLifeExpectancy('male', 60.9),
      healthyLifeExpectancy('female', 61.3),
    ],
  },
  {
    number: 2,
    title: 'Life expectancy for people with mental illness, learning disabilities or autism',
    commitment:
      'We will achieve a 10% reduction in the gap in life expectancy between people with mental health conditions, learning disabilities and/or autism and the rest of the population by 2024 (approx 220,000 people). In doing this we will focus on early support for children and young people.',
    indicators: [
      {
        id: 'smi-excess-mortality',
        name: 'Excess deaths under 75 in adults with severe mental illness',
        definition:
          'How much higher the death rate under 75 is for adults with severe mental illness than for all adults, as a percentage (OHID Fingertips indicator 91096). 100% means twice as high.',
        unit: { kind: 'percent', label: '%', decimals: 0 },
        direction: 'lower-is-better',
        baselinePeriod: '2015-17',
        targets: [{ id: 'original', label: 'Five-year plan target', period: '2024', rule: { kind: 'relative', percent: -10 }, provenance: 'published', source: PLAN }],
        source: 'OHID Fingertips 91096 (excess under-75 mortality in adults with severe mental illness)',
        sourceUrl: 'https://fingertips.phe.org.uk/',
        provenance: 'illustrative',
      },
    ],
  },
  {
    number: 3,
    title: 'Children in the lowest-income households',
    commitment:
      'We will address the health inequality gap for children living in households with the lowest incomes. This will be central for our approach to improving outcomes by 2024. This will include halting the trend in childhood obesity, including those children living in poverty.',
    indicators: [
      {
        id: 'obesity-year6',
        name: 'Year 6 children living with obesity',
        definition: 'Share of children in Year 6 (age 10–11) measured as living with obesity by the National Child Measurement Programme (OHID Fingertips indicator 90323).',
        unit: { kind: 'percent', label: '%', decimals: 1 },
        direction: 'lower-is-better',
        baselinePeriod: '2016/17',
        targets: [
          {
            id: 'original',
            label: 'Halt the rise (five-year plan)',
            period: '2023/24',
            rule: { kind: 'relative', percent: 0 },
            note: 'The plan says "halting the trend in childhood obesity"; read here as no increase on the 2016/17 baseline.',
            provenance: 'illustrative',
            source: PLAN,
          },
        ],
        source: 'National Child Measurement Programme, via OHID Fingertips 90323',
        sourceUrl: 'https://fingertips.phe.org.uk/',
        provenance: 'illustrative',
      },
      {
        id: 'obesity-reception',
        name: 'Reception children living with obesity',
        definition: 'Share of children in Reception (age 4–5) measured as living with obesity (OHID Fingertips indicator 90319).',
        unit: { kind: 'percent', label: '%', decimals: 1 },
        direction: 'lower-is-better',
        baselinePeriod: '2016/17',
        targets: [
          {
            id: 'original',
            label: 'Halt the rise (five-year plan)',
            period: '2023/24',
            rule: { kind: 'relative', percent: 0 },
            note: 'Read as no increase on the 2016/17 baseline.',
            provenance: 'illustrative',
            source: PLAN,
          },
        ],
        source: 'National Child Measurement Programme, via OHID Fingertips 90319',
        sourceUrl: 'https://fingertips.phe.org.uk/',
        provenance: 'illustrative',
      },
    ],
  },
  {
    number: 4,
    title: 'Early diagnosis of cancer',
    commitment: 'By 2024 we will have increased our early diagnosis rates for cancer, ensuring at least 1,000 more people will have the chance of curative treatment.',
    indicators: [
      {
        id: 'cancer-early-stage',
        name: 'Cancers diagnosed at stage 1 or 2',
        definition: 'Share of cancers with a known stage that were diagnosed at stage 1 or 2, when curative treatment is most likely to work.',
        unit: { kind: 'percent', label: '%', decimals: 1 },
        direction: 'higher-is-better',
        baselinePeriod: '2018',
        targets: [
          {
            id: 'ltp',
            label: 'NHS Long Term Plan (national)',
            period: '2028',
            rule: { kind: 'absolute', value: 75 },
            provenance: 'published',
            source: 'NHS Long Term Plan (2019): 75% of cancers diagnosed at stage 1 or 2 by 2028',
          },
        ],
        source: 'National Disease Registration Service, cancer staging data',
        provenance: 'illustrative',
      },
      {
        id: 'cancer-additional-early',
        name: 'More people diagnosed early, compared with 2018',
        definition:
          'People diagnosed at stage 1 or 2 in the year, minus the number in 2018: the extra people given the chance of curative treatment. Counted for the partnership as a whole.',
        unit: { kind: 'count', label: 'people', decimals: 0 },
        direction: 'higher-is-better',
        baselinePeriod: '2018',
        targets: [{ id: 'original', label: 'Five-year plan target', period: '2024', rule: { kind: 'absolute', value: 1000 }, provenance: 'published', source: PLAN }],
        source: 'National Disease Registration Service, cancer staging data',
        provenance: 'illustrative',
      },
    ],
  },
  {
    number: 5,
    title: 'Suicide',
    commitment: 'We will reduce suicide by 10% across West Yorkshire and Harrogate by 2020/21 and achieve a 75% reduction in targeted areas by 2022.',
    indicators: [
      {
        id: 'suicide-rate',
        name: 'Suicide rate',
        definition:
          'Deaths from suicide and injury of undetermined intent per 100,000 people aged 10 and over, three years pooled, age-standardised (OHID Fingertips indicator 41001).',
        unit: { kind: 'rate', label: 'per 100,000', decimals: 1 },
        direction: 'lower-is-better',
        baselinePeriod: '2016-18',
        targets: [
          { id: 'original', label: 'Five-year plan target', period: '2020/21', rule: { kind: 'relative', percent: -10 }, provenance: 'published', source: PLAN },
          {
            id: 'strategy-2022',
            label: 'Suicide prevention strategy 2022–27',
            period: '2027',
            rule: { kind: 'relative', percent: -10 },
            basePeriod: '2019-21',
            note: 'The strategy asks for at least 10% over five years; 2019-21, the latest figure when it was written, is assumed as the base.',
            provenance: 'published',
            source: 'WY&H suicide prevention page: 2022–27 strategy',
          },
        ],
        source: 'OHID Fingertips 41001; WY&H suicide prevention page',
        sourceUrl: 'https://fingertips.phe.org.uk/',
        provenance: 'published',
      },
    ],
  },
  {
    number: 6,
    title: 'Antimicrobial resistance',
    commitment: 'We will achieve at least a 10% reduction in anti-microbial resistance infections by 2024 by, for example, reducing antibiotic use by 15%.',
    indicators: [
      {
        id: 'antibiotic-items',
        name: 'Antibiotic prescribing in primary care',
        definition: 'Antibacterial items prescribed per STAR-PU, a weighting that allows for the age and sex of each practice list.',
        unit: { kind: 'ratio', label: 'items per STAR-PU', decimals: 3 },
        direction: 'lower-is-better',
        baselinePeriod: '2018/19',
        targets: [
          { id: 'original', label: 'Five-year plan (national action plan)', period: '2023/24', rule: { kind: 'relative', percent: -15 }, provenance: 'published', source: PLAN },
        ],
        source: 'NHSBSA prescribing data. Leeds has reported a fall from 1.256 to 0.951 items per STAR-PU (pharmacy press, years not stated), so those figures are not charted.',
        provenance: 'illustrative',
      },
      {
        id: 'amr-bloodstream',
        name: 'Antimicrobial-resistant bloodstream infections',
        definition: 'Bloodstream infections caused by bacteria resistant to key antibiotics, counted per financial year.',
        unit: { kind: 'count', label: 'infections', decimals: 0 },
        direction: 'lower-is-better',
        baselinePeriod: '2018/19',
        targets: [{ id: 'original', label: 'Five-year plan target', period: '2023/24', rule: { kind: 'relative', percent: -10 }, provenance: 'published', source: PLAN }],
        source: 'UKHSA mandatory surveillance of bloodstream infections',
        provenance: 'illustrative',
      },
    ],
  },
  {
    number: 7,
    title: 'Stillbirths and neonatal deaths',
    commitment: 'We will achieve a 50% reduction in stillbirths, neonatal deaths, brain injuries and a reduction in maternal morbidity and mortality by 2025.',
    indicators: [
      {
        id: 'stillbirth-rate',
        name: 'Stillbirth rate',
        definition: 'Stillbirths per 1,000 total births (live births and stillbirths).',
        unit: { kind: 'rate', label: 'per 1,000 births', decimals: 1 },
        direction: 'lower-is-better',
        baselinePeriod: '2016',
        targets: [
          {
            id: 'original',
            label: 'Five-year plan target',
            period: '2025',
            rule: { kind: 'relative', percent: -50 },
            note: 'The national ambition measures the 50% from 2010; the local maternity system reports progress since 2016, so 2016 is used here.',
            provenance: 'published',
            source: PLAN,
          },
        ],
        source: 'MBRRACE-UK; local maternity and neonatal system (Joint Forward Plan 2023)',
        provenance: 'illustrative',
      },
      {
        id: 'neonatal-mortality',
        name: 'Neonatal death rate',
        definition: 'Deaths in the first 28 days of life per 1,000 live births.',
        unit: { kind: 'rate', label: 'per 1,000 live births', decimals: 1 },
        direction: 'lower-is-better',
        baselinePeriod: '2016',
        targets: [{ id: 'original', label: 'Five-year plan target', period: '2025', rule: { kind: 'relative', percent: -50 }, provenance: 'published', source: PLAN }],
        source: 'MBRRACE-UK',
        provenance: 'illustrative',
      },
    ],
  },
  {
    number: 8,
    title: 'A more diverse leadership',
    commitment:
      'We will have a more diverse leadership that better reflects the broad range of talent in West Yorkshire and Harrogate, helping to ensure that the poor experiences in the workplace that are particularly high for Black, Asian and Minority Ethnic (BAME) staff will become a thing of the past.',
    indicators: [
      {
        id: 'wres-shortlisting',
        name: 'Fairness of appointment from shortlisting',
        definition:
          'Workforce Race Equality Standard indicator 2: how many times more likely white applicants are to be appointed from shortlisting than Black, Asian and minority ethnic applicants. 1.00 means equally likely.',
        unit: { kind: 'ratio', label: 'times as likely', decimals: 2 },
        direction: 'lower-is-better',
        baselinePeriod: '2019',
        targets: [
          {
            id: 'proxy',
            label: 'Illustrative target: equal likelihood',
            period: '2025',
            rule: { kind: 'absolute', value: 1 },
            note: 'The ambition sets no number or date. 1.00 is equal likelihood under the Workforce Race Equality Standard; the year is illustrative.',
            provenance: 'illustrative',
            source: 'Workforce Race Equality Standard (NHS England)',
          },
        ],
        source: 'NHS Workforce Race Equality Standard returns',
        provenance: 'illustrative',
        proxyNote: 'The ambition is qualitative; this Workforce Race Equality Standard measure stands in for it.',
      },
      {
        id: 'wres-senior-bme',
        name: 'Senior staff from Black, Asian and minority ethnic backgrounds',
        definition: 'Share of staff at Agenda for Change Band 8a and above who are from Black, Asian and minority ethnic backgrounds.',
        unit: { kind: 'percent', label: '%', decimals: 1 },
        direction: 'higher-is-better',
        baselinePeriod: '2019',
        targets: [
          {
            id: 'proxy',
            label: 'Illustrative target: reflect the population',
            period: '2028',
            rule: { kind: 'absolute', value: 20 },
            note: 'About 20% of people in the area are from ethnic minorities (partnership think piece, 2021); the ambition itself sets no number.',
            provenance: 'illustrative',
            source: 'Partnership think piece (2021)',
          },
        ],
        source: 'NHS Workforce Race Equality Standard returns',
        provenance: 'illustrative',
        proxyNote: 'The ambition is qualitative; this Workforce Race Equality Standard measure stands in for it.',
      },
    ],
  },
  {
    number: 9,
    title: 'The climate emergency',
    commitment: 'We aspire to become a global leader in responding to the climate emergency through increased mitigation, investment and culture change throughout our system.',
    indicators: [
      {
        id: 'nhs-carbon',
        name: 'Carbon emissions from NHS organisations',
        definition:
          'Greenhouse gas emissions that NHS organisations in the area control directly (buildings, fleet, anaesthetic gases), in tonnes of carbon dioxide equivalent per year.',
        unit: { kind: 'tonnes', label: 'tCO2e', decimals: 0 },
        direction: 'lower-is-better',
        baselinePeriod: '2019/20',
        targets: [
          {
            id: 'net-zero',
            label: 'Net zero (West Yorkshire partnership)',
            period: '2038',
            rule: { kind: 'absolute', value: 0 },
            provenance: 'published',
            source: 'West Yorkshire partnership and local board minutes: net zero by 2038',
          },
        ],
        source: 'NHS organisations\u2019 annual sustainability reports',
        provenance: 'illustrative',
        proxyNote: 'The ambition is about leadership and culture; emissions against the published net-zero date stand in for it.',
      },
    ],
  },
  {
    number: 10,
    title: 'Local economic growth',
    commitment:
      'We will strengthen local economic growth by reducing health inequalities and improving skills, increasing productivity and the earning power of people and our region as a whole.',
    indicators: [
      {
        id: 'employment-gap-ltc',
        name: 'Employment gap for people with a long-term health condition',
        definition:
          'Percentage-point gap between the employment rate of people aged 16–64 with a long-term health condition and the overall employment rate (Annual Population Survey).',
        unit: { kind: 'percentage-points', label: 'percentage points', decimals: 1 },
        direction: 'lower-is-better',
        baselinePeriod: '2019',
        targets: [
          {
            id: 'proxy',
            label: 'Illustrative target: narrow the gap by 10%',
            period: '2025',
            rule: { kind: 'relative', percent: -10 },
            note: 'The ambition sets no number; a 10% narrowing is shown for illustration.',
            provenance: 'illustrative',
            source: 'Illustrative',
          },
        ],
        source: 'ONS Annual Population Survey',
        provenance: 'illustrative',
        proxyNote: 'The ambition is qualitative; the employment gap for people with long-term conditions stands in for it.',
      },
    ],
  },
];
