import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { placesByAreaCode } from '../../src/domain/imports/fingertips-import';
import { parseFiguresCsv } from '../../src/lib/figures-csv-file';

// The files the WY&H sample's published figures come from (mocks/data/wyh/published/, copied from
// the shared real-figures folder with its README), in vintage order: oldest first. Each says where
// its figures were read, and that source goes with every figure it gives.

export const FOLDER = 'mocks/data/wyh/published';

const TRAFFORD_THEMES = 'traffordDataLab/trafford_themes@ae20a08';
const TRAFFORD_DASHBOARD = 'traffordDataLab/dashboard@83e9bc0';

export type SourceFile =
  | {
      kind: 'fingertips';
      name: string;
      indicatorId: number;
      /** The column that gives the sex, where the extract has both. */
      sexColumn?: string;
      /** Recorded with each figure: indicator, publisher, vintage, where it was read. */
      source: string;
    }
  | {
      kind: 'template';
      name: string;
      /** The rows in the dashboard's CSV template, and those left out, by reason. */
      template: () => { text: string; unused: { reason: string; rows: number }[] };
    };

const fingertipsSource = (indicatorId: number, vintage: string, repository: string, path: string) =>
  `OHID Fingertips indicator ${indicatorId}, ${vintage}, as extracted by Trafford Data Lab (${repository}, ${path})`;

const TEMPLATE_HEADER = 'indicator_id,place_id,period,value,provenance,source,note';
const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/** The figures the sample showed as published before these extracts: local press and the partnership's page. */
const EARLIER_SAMPLE = (): { text: string; unused: [] } => {
  const press = 'Local press reporting of the National Child Measurement Programme';
  const page = 'WY&H suicide prevention page (wyhpartnership.co.uk)';
  const rows = [
    ['suicide-rate', 'wyh', '2016-18', '10.6', page, ''],
    ['suicide-rate', 'wyh', '2017-19', '11.88', page, 'Yorkshire and the Humber: 12 in 2017-19.'],
    ['obesity-year6', 'leeds', '2015/16', '20.4', press, ''],
    ['obesity-year6', 'leeds', '2016/17', '19.1', press, ''],
    ['obesity-reception', 'leeds', '2016/17', '8.6', press, 'England 9.6%, Yorkshire and the Humber 9.7% in the same year.'],
  ];
  return { text: [TEMPLATE_HEADER, ...rows.map(([i, p, period, v, s, n]) => [i, p, period, v, 'published', s, n].map((c) => cell(c!)).join(','))].join('\r\n'), unused: [] };
};

/**
 * Figures quoted on web pages (one per row, with the page's address): those for one of the
 * framework's indicators (`maps_to_project_indicator` is its id) and one of its places (the area
 * code is the place's, or the Fingertips area that stands for it) become template rows. Where the
 * file gives one period of one area twice, the first row stands: the file lists the newer
 * release first and its note says which (West Yorkshire 2019-21: 13.0 restated, 13.2 first).
 */
const PAGES = (): { text: string; unused: { reason: string; rows: number }[] } => {
  const parsed = parseFiguresCsv(readFileSync(join(FOLDER, 'published_figures_from_pages.csv'), 'utf8'));
  const indicators = new Set(WYH_FRAMEWORK.ambitions.flatMap((a) => a.indicators.map((i) => i.id)));
  const places = placesByAreaCode(WYH_FRAMEWORK.places);
  const unused = new Map<string, number>();
  const leaveOut = (reason: string) => unused.set(reason, (unused.get(reason) ?? 0) + 1);
  const seen = new Set<string>();
  const rows: string[] = [TEMPLATE_HEADER];
  for (const r of parsed.records) {
    const indicatorId = r['maps_to_project_indicator'] ?? '';
    const place = places.get((r['area_code'] ?? '').split(' ')[0]!.toUpperCase());
    if (!indicators.has(indicatorId)) {
      leaveOut('A related measure, not one of the indicators (another definition, males only, a change rather than a figure)');
      continue;
    }
    if (!place) {
      leaveOut('An area that is not one of the places (England, the region, Bradford council without Craven, North Yorkshire, a cancer alliance)');
      continue;
    }
    const key = `${indicatorId}|${place.id}|${r['period']}`;
    if (seen.has(key)) {
      leaveOut('An earlier release of a figure the file gives again (the newer, first, stands)');
      continue;
    }
    seen.add(key);
    const source = `${r['unit_definition']}, quoted on ${r['source_url']}`;
    // "same article" points at the row above in the file; beside a figure the page's address says it.
    const note = /^same article$/i.test((r['note'] ?? '').trim()) ? '' : (r['note'] ?? '');
    rows.push([indicatorId, place.id, r['period'] ?? '', r['value'] ?? '', 'published', source, note].map(cell).join(','));
  }
  return { text: rows.join('\r\n'), unused: [...unused].map(([reason, n]) => ({ reason, rows: n })) };
};

export const SOURCE_FILES: SourceFile[] = [
  { kind: 'template', name: 'the sample’s earlier published figures (press and the partnership’s page)', template: EARLIER_SAMPLE },
  {
    kind: 'fingertips',
    name: 'fingertips_92901_sii_life_expectancy_2010-12_to_2015-17_extract2019.csv',
    indicatorId: 92901,
    sexColumn: 'group',
    source: fingertipsSource(92901, 'extract of May 2019', TRAFFORD_DASHBOARD, 'data/health/slope_index_of_inequality.csv'),
  },
  {
    kind: 'fingertips',
    name: 'fingertips_90362_healthy_life_expectancy_2009-11_to_2016-18_extract2020.csv',
    indicatorId: 90362,
    sexColumn: 'group',
    source: fingertipsSource(90362, 'extract of June 2020', TRAFFORD_DASHBOARD, 'data/health/healthy_life_expectancy_at_birth.csv'),
  },
  { kind: 'template', name: 'published_figures_from_pages.csv', template: PAGES },
  {
    kind: 'fingertips',
    name: 'fingertips_92901_sii_life_expectancy_districts_2015-17_to_2022-24.csv',
    indicatorId: 92901,
    sexColumn: 'inequality',
    source: fingertipsSource(92901, 'extract of May 2026', TRAFFORD_THEMES, 'data/health/inequality_life_expectancy.csv'),
  },
  {
    kind: 'fingertips',
    name: 'fingertips_90362_healthy_life_expectancy_districts_2015-17_to_2022-24.csv',
    indicatorId: 90362,
    sexColumn: 'inequality',
    source: fingertipsSource(90362, 'extract of May 2026', TRAFFORD_THEMES, 'data/health/healthy_life_expectancy.csv'),
  },
  {
    kind: 'fingertips',
    name: 'fingertips_90323_year6_obesity_districts.csv',
    indicatorId: 90323,
    source: fingertipsSource(90323, 'extract of April 2026', TRAFFORD_THEMES, 'data/children/obese_year6.csv'),
  },
  {
    kind: 'fingertips',
    name: 'fingertips_90319_reception_obesity_districts.csv',
    indicatorId: 90319,
    source: fingertipsSource(90319, 'extract of April 2026', TRAFFORD_THEMES, 'data/children/obese_reception.csv'),
  },
];

/**
 * Left out on purpose, with why (the note and docs/sources.md say it too):
 * fingertips_91096_smi_excess_u75_mortality_2009-10_to_2014-15_extract2019.csv is the old,
 * annual definition of 91096; the plan's baseline uses the three-year series from 2015-17.
 */
export const LEFT_OUT = [
  {
    name: 'fingertips_91096_smi_excess_u75_mortality_2009-10_to_2014-15_extract2019.csv',
    reason: 'the old annual definition of Fingertips 91096 (2009/10–2014/15), not the three-year series from 2015-17 that the plan’s baseline uses',
  },
];
