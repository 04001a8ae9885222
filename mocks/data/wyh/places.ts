import type { Place } from '../../../src/domain/types';

export const WYH_PLACES: Place[] = [
  { id: 'wyh', name: 'West Yorkshire and Harrogate', isTotal: true },
  { id: 'bradford', name: 'Bradford District and Craven', isTotal: false },
  { id: 'calderdale', name: 'Calderdale', isTotal: false },
  {
    id: 'harrogate',
    name: 'Harrogate',
    isTotal: false,
    note: 'Harrogate moved to the Humber and North Yorkshire partnership in July 2022; later figures are shown for continuity.',
  },
  { id: 'kirklees', name: 'Kirklees', isTotal: false },
  { id: 'leeds', name: 'Leeds', isTotal: false },
  { id: 'wakefield', name: 'Wakefield', isTotal: false },
];

/** Rough shares of the partnership's 2.6–2.7 million people, to weight place rates into a total. */
export const POPULATION_SHARE: Record<string, number> = {
  bradford: 0.23,
  calderdale: 0.08,
  harrogate: 0.06,
  kirklees: 0.16,
  leeds: 0.3,
  wakefield: 0.13,
};
