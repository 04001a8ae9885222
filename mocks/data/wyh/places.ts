import type { Place } from '../../../src/domain/types';

// ONS codes of the councils (docs/sources.md says where each comes from). The two aggregates name
// the NHS area Fingertips publishes for them; Fingertips writes NHS board and sub-ICB codes with
// an "n" in front as well as without, so both are listed.
const BRADFORD = 'E08000032';
const CRAVEN = 'E07000163';
const CALDERDALE = 'E08000033';
const HARROGATE = 'E07000165';
const KIRKLEES = 'E08000034';
const LEEDS = 'E08000035';
const WAKEFIELD = 'E08000036';

export const WYH_PLACES: Place[] = [
  {
    id: 'wyh',
    name: 'West Yorkshire and Harrogate',
    isTotal: true,
    areaCodes: [BRADFORD, CRAVEN, CALDERDALE, HARROGATE, KIRKLEES, LEEDS, WAKEFIELD],
    fingertips: {
      kind: 'area',
      codes: ['E54000054', 'nE54000054'],
      name: 'NHS West Yorkshire Integrated Care Board',
      note: 'The board (once the West Yorkshire and Harrogate partnership, same code) has covered West Yorkshire without Harrogate since July 2022, and Fingertips gives its figures on today’s boundary: they stand in for the partnership without Harrogate’s people.',
    },
  },
  {
    id: 'bradford',
    name: 'Bradford District and Craven',
    isTotal: false,
    areaCodes: [BRADFORD, CRAVEN],
    fingertips: {
      kind: 'area',
      codes: ['E38000232', 'nE38000232'],
      name: 'NHS West Yorkshire ICB - 36J (formerly NHS Bradford District and Craven CCG)',
      note: 'The sub-ICB location covers the same area as the place: Bradford district and Craven district.',
    },
  },
  { id: 'calderdale', name: 'Calderdale', isTotal: false, areaCodes: [CALDERDALE] },
  {
    id: 'harrogate',
    name: 'Harrogate',
    isTotal: false,
    note: 'Harrogate moved to the Humber and North Yorkshire partnership in July 2022; later figures are shown for continuity.',
    areaCodes: [HARROGATE],
  },
  { id: 'kirklees', name: 'Kirklees', isTotal: false, areaCodes: [KIRKLEES] },
  { id: 'leeds', name: 'Leeds', isTotal: false, areaCodes: [LEEDS] },
  { id: 'wakefield', name: 'Wakefield', isTotal: false, areaCodes: [WAKEFIELD] },
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
