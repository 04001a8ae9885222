import type { PublishedFigure, SeriesProfile } from '../generate-series';

const POOLED_15_23 = ['2015-17', '2016-18', '2017-19', '2018-20', '2019-21', '2020-22', '2021-23'];
const POOLED_16_24 = ['2016-18', '2017-19', '2018-20', '2019-21', '2020-22', '2021-23', '2022-24'];
const SCHOOL_YEARS = ['2015/16', '2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const financialYears = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${from + i}/${String(from + i + 1).slice(2)}`);

const PANDEMIC_NCMP = {
  '2019/20': 'Measurement stopped in March 2020 because of the pandemic; about three quarters of the usual children were measured.',
  '2020/21': 'Only a sample of schools was measured in 2020/21 because of the pandemic.',
};

export const WYH_SERIES_PROFILES: SeriesProfile[] = [
  {
    indicatorId: 'le-gap-male', periods: POOLED_15_23, start: 10.0, trend: -0.004, trendSpread: 0.014, noise: 0.012, interval: 0.05,
    levels: { bradford: 1.08, calderdale: 1.04, harrogate: 0.79, kirklees: 0.96, leeds: 1.09, wakefield: 0.93 }, combine: 'weighted-mean',
  },
  {
    indicatorId: 'le-gap-female', periods: POOLED_15_23, start: 8.3, trend: 0.004, trendSpread: 0.014, noise: 0.012, interval: 0.06,
    levels: { bradford: 1.06, calderdale: 1.02, harrogate: 0.81, kirklees: 0.97, leeds: 1.1, wakefield: 0.95 }, combine: 'weighted-mean',
  },
  {
    indicatorId: 'smi-excess-mortality', periods: POOLED_15_23, start: 390, trend: 0.006, trendSpread: 0.02, noise: 0.015, interval: 0.04,
    levels: { bradford: 1.04, calderdale: 0.97, harrogate: 0.88, kirklees: 1.0, leeds: 1.05, wakefield: 0.98 }, combine: 'weighted-mean',
  },
  {
    indicatorId: 'obesity-year6', periods: SCHOOL_YEARS, start: 20.3, trend: -0.006, trendSpread: 0.012, noise: 0.015, interval: 0.03,
    levels: { bradford: 1.08, calderdale: 0.98, harrogate: 0.76, kirklees: 1.02, leeds: 1.0, wakefield: 1.05 }, combine: 'weighted-mean',
    notes: PANDEMIC_NCMP,
  },
  {
    indicatorId: 'obesity-reception', periods: SCHOOL_YEARS, start: 9.6, trend: 0.002, trendSpread: 0.015, noise: 0.02, interval: 0.05,
    levels: { bradford: 1.04, calderdale: 1.01, harrogate: 0.83, kirklees: 1.03, leeds: 0.92, wakefield: 1.06 }, combine: 'weighted-mean',
    notes: PANDEMIC_NCMP,
  },
  {
    indicatorId: 'cancer-early-stage', periods: years(2018, 2023), start: 50.0, trend: 0.012, trendSpread: 0.01, noise: 0.008, interval: 0.02,
    levels: { bradford: 0.97, calderdale: 1.01, harrogate: 1.04, kirklees: 0.99, leeds: 1.0, wakefield: 0.98 }, combine: 'weighted-mean',
    notes: { '2018': 'The cancer alliance reports "around 50%, comparable to England" without a year; 50% is placed at 2018 for illustration.', '2020': 'Fewer cancers were diagnosed in 2020 because of the pandemic.' },
  },
  {
    indicatorId: 'cancer-additional-early', periods: years(2018, 2024), start: 0, trend: 0, trendSpread: 0, noise: 0,
    levels: {}, combine: 'sum', totalOnly: true,
    explicit: { wyh: [0, 170, -240, 310, 520, 640, 790] },
    notes: { '2020': 'Fewer cancers were diagnosed in 2020 because of the pandemic.' },
  },
  {
    indicatorId: 'suicide-rate', periods: POOLED_16_24, start: 10.6, trend: -0.008, trendSpread: 0.03, noise: 0.02, interval: 0.05,
    levels: { bradford: 0.94, calderdale: 1.14, harrogate: 1.06, kirklees: 1.02, leeds: 0.97, wakefield: 1.1 }, combine: 'weighted-mean',
  },
  {
    indicatorId: 'antibiotic-items', periods: financialYears(2018, 2025), start: 1.05, trend: 0.028, trendSpread: 0.015, noise: 0.01,
    levels: { bradford: 1.03, calderdale: 1.06, harrogate: 0.93, kirklees: 1.04, leeds: 0.95, wakefield: 1.02 }, combine: 'weighted-mean',
    notes: { '2020/21': 'Prescribing fell sharply in 2020/21 as fewer people saw their GP during the pandemic.' },
  },
  {
    indicatorId: 'amr-bloodstream', periods: financialYears(2018, 2024), start: 1450, trend: 0.012, trendSpread: 0.03, noise: 0.04,
    levels: {}, combine: 'sum',
  },
  {
    indicatorId: 'stillbirth-rate', periods: years(2016, 2023), start: 4.6, trend: 0.03, trendSpread: 0.02, noise: 0.03, interval: 0.09,
    levels: { bradford: 1.12, calderdale: 0.98, harrogate: 0.8, kirklees: 1.05, leeds: 1.0, wakefield: 0.95 }, combine: 'weighted-mean',
    notes: { '2022': 'The local maternity and neonatal system reports stillbirths down 17% since 2016 and "not on track" (Joint Forward Plan 2023); the rates here are illustrative.' },
  },
  {
    indicatorId: 'neonatal-mortality', periods: years(2016, 2023), start: 2.9, trend: 0.02, trendSpread: 0.025, noise: 0.04, interval: 0.12,
    levels: { bradford: 1.15, calderdale: 0.95, harrogate: 0.82, kirklees: 1.04, leeds: 0.99, wakefield: 0.96 }, combine: 'weighted-mean',
  },
  {
    indicatorId: 'wres-shortlisting', periods: years(2019, 2025), start: 1.55, trend: 0.03, trendSpread: 0.03, noise: 0.03,
    levels: { bradford: 1.05, calderdale: 0.96, harrogate: 1.1, kirklees: 1.0, leeds: 0.97, wakefield: 1.02 }, combine: 'weighted-mean',
  },
  {
    indicatorId: 'wres-senior-bme', periods: years(2019, 2025), start: 8.0, trend: 0.07, trendSpread: 0.04, noise: 0.02,
    levels: { bradford: 1.5, calderdale: 0.8, harrogate: 0.5, kirklees: 1.2, leeds: 1.1, wakefield: 0.55 }, combine: 'weighted-mean',
  },
  {
    indicatorId: 'nhs-carbon', periods: financialYears(2019, 2024), start: 300_000, trend: 0.035, trendSpread: 0.02, noise: 0.015,
    levels: {}, combine: 'sum',
  },
  {
    indicatorId: 'employment-gap-ltc', periods: years(2019, 2025), start: 11.5, trend: 0.012, trendSpread: 0.04, noise: 0.04, interval: 0.12,
    levels: { bradford: 1.1, calderdale: 1.0, harrogate: 0.75, kirklees: 1.02, leeds: 0.96, wakefield: 1.08 }, combine: 'weighted-mean',
    notes: { '2020': 'Survey responses fell during the pandemic, so the 2020 figure is less certain.' },
  },
];

const SUICIDE_PAGE = 'WY&H suicide prevention page';
const NCMP_PRESS = 'Local press reporting of the National Child Measurement Programme';

/** Figures seen in public material (shared/data/ambitions-facts.md). They replace generated ones. */
export const WYH_PUBLISHED_FIGURES: PublishedFigure[] = [
  { indicatorId: 'suicide-rate', placeId: 'wyh', period: '2016-18', value: 10.6, source: SUICIDE_PAGE },
  { indicatorId: 'suicide-rate', placeId: 'wyh', period: '2017-19', value: 11.88, source: SUICIDE_PAGE, note: 'Yorkshire and the Humber: 12 in 2017-19.' },
  { indicatorId: 'obesity-year6', placeId: 'leeds', period: '2015/16', value: 20.4, source: NCMP_PRESS },
  { indicatorId: 'obesity-year6', placeId: 'leeds', period: '2016/17', value: 19.1, source: NCMP_PRESS },
  {
    indicatorId: 'obesity-reception', placeId: 'leeds', period: '2016/17', value: 8.6, source: NCMP_PRESS,
    note: 'England 9.6%, Yorkshire and the Humber 9.7% in the same year.',
  },
];
