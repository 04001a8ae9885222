import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WYH_FRAMEWORK } from '../../../mocks/data/wyh/framework';
import { WYH_SERIES } from '../../../mocks/data/wyh/series';
import { parseFiguresCsv } from '../../lib/figures-csv-file';
import { countOutcomes } from './figures-csv';
import { isFingertipsHeader, readFingertipsRows } from './fingertips-csv';
import { checkFingertipsImport, fingertipsSource, matchFingertipsRows, placesByAreaCode } from './fingertips-import';
import type { Framework } from '../types';

// The recorded download (tests/fixtures/fingertips, made-up values in the API's exact layout):
// indicator 41001 for every WY&H area, England, other areas and all three sexes.
const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../tests/fixtures/fingertips', name), 'utf8');
const DOWNLOADED = new Date('2026-11-20T09:00:00Z');
const TODAY = new Date('2026-11-26T12:00:00Z');
const pointsOf = (indicatorId: string, placeId: string) => WYH_SERIES.find((s) => s.indicatorId === indicatorId && s.placeId === placeId)?.points;

function imported(file: string, framework: Framework = WYH_FRAMEWORK) {
  const parsed = parseFiguresCsv(fixture(file));
  const read = readFingertipsRows(parsed.records, parsed.rowProblems);
  const match = matchFingertipsRows(read, framework, DOWNLOADED);
  return { parsed, match, check: checkFingertipsImport(match, read.problems, { framework, pointsOf, today: TODAY }) };
}

describe('importing a Fingertips download', () => {
  it('uses the rows for the mapped sex and age in each of the seven WY&H areas, and counts the rest as not used', () => {
    const { parsed, check } = imported('suicide-41001-all-wyh-areas.csv');
    expect(isFingertipsHeader(parsed.header)).toBe(true);
    const used = check.rows.filter((r) => r.outcome !== 'error');
    const places = new Set(used.map((r) => r.place!.id));
    expect([...places].sort()).toEqual(['bradford', 'calderdale', 'harrogate', 'kirklees', 'leeds', 'wakefield', 'wyh']);
    // 7 areas × 6 periods, less Harrogate's suppressed 2016 - 18.
    expect(used).toHaveLength(41);
    expect(check.rows.filter((r) => r.outcome === 'error')).toEqual([]);
    const unused = Object.fromEntries(check.unused!.map((u) => [u.reason.replace(/ \(.*/, ''), u.rows]));
    // 13 areas in the file; of the people-of-all-sexes rows, England, two areas elsewhere (a district,
    // a board and a sub-ICB location) and Bradford and Craven as districts (the place is the sub-ICB location) are not ours.
    expect(unused).toEqual({ 'Other sexes': 2 * 6 * 13, 'Other areas': 6 * 6, 'No value in Fingertips': 1 });
    // Every row of the file is either used or counted.
    expect(used.length + check.unused!.reduce((n, u) => n + u.rows, 0)).toBe(parsed.records.length);
    expect(check.unused!.find((u) => u.reason.startsWith('Other areas'))!.reason).toBe('Other areas (England, Bradford, Craven and 3 more)');
    expect(check.unused!.find((u) => u.reason.startsWith('Other sexes'))!.reason).toBe('Other sexes (Male, Female)');
  });

  it('keeps the 95% interval, count, denominator and value note, marks the figures published and names Fingertips with the download date', () => {
    const { check } = imported('suicide-41001-all-wyh-areas.csv');
    const board = check.rows.find((r) => r.place?.id === 'wyh' && r.edit?.kind === 'upsert' && r.edit.point.period === '2021-23')!;
    expect(board.edit).toMatchObject({
      kind: 'upsert',
      point: {
        period: '2021-23',
        provenance: 'published',
        source: 'OHID Fingertips, indicator 41001, downloaded 20 Nov 2026',
        note: 'Aggregated from all known lower geography values',
        count: expect.any(Number),
        denominator: expect.any(Number),
      },
    });
    const point = (board.edit as { point: { value: number; lower?: number; upper?: number } }).point;
    expect(point.lower).toBeLessThan(point.value);
    expect(point.upper).toBeGreaterThan(point.value);
    // The seed's published 2016-18 figure for the partnership is corrected, field by field, and says so.
    const corrected = check.rows.find((r) => r.place?.id === 'wyh' && r.before?.period === '2016-18')!;
    expect(corrected.outcome).toBe('correct');
    expect(corrected.changes!.map((c) => c.field)).toEqual(expect.arrayContaining(['value', 'lower', 'upper', 'count', 'denominator', 'source', 'note']));
  });

  it('reads Fingertips periods into the series’ own: 2016 - 18 is the pooled 2016-18', () => {
    const { check } = imported('suicide-41001-area-type-401.csv');
    const periods = new Set(check.rows.flatMap((r) => (r.edit?.kind === 'upsert' ? [r.edit.point.period] : [])));
    expect([...periods].sort()).toEqual(['2016-18', '2017-19', '2018-20', '2019-21', '2020-22', '2021-23']);
    expect(countOutcomes(check.rows).error).toBe(0);
  });

  it('says which places the file has nothing for, and why', () => {
    const { check } = imported('suicide-41001-area-type-401.csv');
    expect(check.notices).toEqual(
      expect.arrayContaining([
        expect.stringContaining('No figures for West Yorkshire and Harrogate (Suicide rate)'),
        expect.stringContaining('No figures for Bradford District and Craven'),
      ]),
    );
    const withoutStandIn: Framework = {
      ...WYH_FRAMEWORK,
      places: WYH_FRAMEWORK.places.map((p) => (p.id === 'bradford' ? { ...p, fingertips: { kind: 'none', reason: 'Fingertips has no area for the place.' } } : p)),
    };
    expect(imported('suicide-41001-all-wyh-areas.csv', withoutStandIn).check.notices).toContain(
      'No figures for Bradford District and Craven (Suicide rate): Fingertips has no area for the place.',
    );
  });

  it('names the download’s column when a used row is wrong, and refuses a period it does not know saying why', () => {
    const text = fixture('suicide-41001-area-type-401.csv')
      .replace(/(E08000035,Leeds,[^,]*,Persons,10\+ yrs,,,2019 - 21,)[^,]*,[^,]*,/, '$1abc,9,')
      .replace(/(E08000036,Wakefield,[^,]*,Persons,10\+ yrs,,,)2020 - 22,/, '$12020 - 22 (provisional),');
    const parsed = parseFiguresCsv(text);
    const read = readFingertipsRows(parsed.records, parsed.rowProblems);
    const check = checkFingertipsImport(matchFingertipsRows(read, WYH_FRAMEWORK, DOWNLOADED), read.problems, { framework: WYH_FRAMEWORK, pointsOf, today: TODAY });
    const errors = check.rows.filter((r) => r.outcome === 'error');
    expect(errors.map((r) => r.problems[0])).toEqual([
      { column: 'Value', reason: '“abc” is not a number.' },
      { column: 'whole row', reason: expect.stringContaining('"2020 - 22 (provisional)" is not a Fingertips time period this dashboard knows') },
    ]);
    // Rows are in the file's own order, so the lead finds them.
    expect(check.rows.map((r) => r.row)).toEqual([...check.rows.map((r) => r.row)].sort((a, b) => a - b));
  });

  it('warns when Fingertips has renamed the indicator the mapping names', () => {
    const renamed = fixture('suicide-41001-area-type-221.csv').replaceAll(',Suicide rate,', ',Suicide rate (new method),');
    const parsed = parseFiguresCsv(renamed);
    const read = readFingertipsRows(parsed.records);
    expect(matchFingertipsRows(read, WYH_FRAMEWORK, DOWNLOADED).notices[0]).toMatch(/now calls indicator 41001 “Suicide rate \(new method\)”/);
  });

  it('finds a place by any code Fingertips writes for it, in any case', () => {
    const byCode = placesByAreaCode(WYH_FRAMEWORK.places);
    expect(byCode.get('NE38000232')?.id).toBe('bradford');
    expect(byCode.get('E38000232')?.id).toBe('bradford');
    expect(byCode.get('E54000054')?.id).toBe('wyh');
    expect(byCode.get('E08000035')?.id).toBe('leeds');
    // An aggregate's own council codes are not its figures.
    expect(byCode.get('E07000163')).toBeUndefined();
    expect(fingertipsSource(41001, new Date('2026-01-05T23:30:00Z'))).toBe('OHID Fingertips, indicator 41001, downloaded 5 Jan 2026');
  });
});

describe('a place made of several areas, where the download has no area of its own for it', () => {
  // Year 6 obesity (90323), a proportion: district rows only, in the download's layout (made-up values).
  const HEADER =
    'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to percentiles,Time period Sortable,New data,Compared to goal';
  const districts: [string, string, number, number][] = [
    ['E08000032', 'Bradford', 1_520, 6_900],
    ['E07000163', 'Craven', 118, 640],
    ['E08000033', 'Calderdale', 610, 2_700],
    ['E07000165', 'Harrogate', 260, 1_700],
    ['E08000034', 'Kirklees', 1_180, 5_300],
    ['E08000035', 'Leeds', 2_050, 9_600],
    ['E08000036', 'Wakefield', 960, 4_100],
  ];
  const row = (code: string, name: string, period: string, count: number, denominator: number) =>
    `90323,Year 6: Prevalence of obesity (including severe obesity),E92000001,England,${code},${name},Districts & UAs (2021/22-2022/23),Persons,10-11 yrs,,,${period},${(100 * count) / denominator},,,,,${count},${denominator},,,,,,,`;
  const text = [
    HEADER,
    ...districts.map(([code, name, count, denominator]) => row(code, name, '2019/20', count, denominator)),
    // A year without Harrogate: the partnership cannot be combined for it.
    ...districts.filter(([, name]) => name !== 'Harrogate').map(([code, name, count, denominator]) => row(code, name, '2020/21', count, denominator)),
  ].join('\r\n');

  it('keeps its areas’ caveats with the combined figure, and stores it at the precision Fingertips publishes (issue 30)', () => {
    const noted = (code: string, name: string, value: string, count: number, denominator: number, note: string) =>
      `90323,Year 6: Prevalence of obesity (including severe obesity),E92000001,England,${code},${name},Districts & UAs (2021/22-2022/23),Persons,10-11 yrs,,,2020/21,${value},,,,,${count},${denominator},${note},,,,,,`;
    const pandemic = 'Data for 2020/21 are affected by the COVID-19 pandemic: a 10% sample was measured';
    const csv = [HEADER, noted('E08000032', 'Bradford', '22.03', 1_520, 6_900, pandemic), noted('E07000163', 'Craven', '18.4', 118, 640, pandemic)].join('\r\n');
    const read = readFingertipsRows(parseFiguresCsv(csv).records);
    const check = checkFingertipsImport(matchFingertipsRows(read, WYH_FRAMEWORK, DOWNLOADED), read.problems, { framework: WYH_FRAMEWORK, pointsOf: () => [], today: TODAY });
    const bdc = check.rows.find((x) => x.place?.id === 'bradford')!.edit!;
    expect(bdc.kind === 'upsert' && bdc.point).toMatchObject({ value: 21.72, lower: expect.any(Number), upper: expect.any(Number) });
    const point = bdc.kind === 'upsert' ? bdc.point : undefined;
    for (const n of [point!.value, point!.lower!, point!.upper!]) expect(String(n).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
    expect(point!.note).toMatch(/^Combined by this dashboard from Bradford, Craven: .* Fingertips’ note on each: Data for 2020\/21 are affected by the COVID-19 pandemic/);
  });

  it('gets its figure from its areas’ counts and denominators, with the interval and a note saying so', () => {
    const parsed = parseFiguresCsv(text);
    const read = readFingertipsRows(parsed.records);
    const match = matchFingertipsRows(read, WYH_FRAMEWORK, DOWNLOADED);
    const check = checkFingertipsImport(match, read.problems, { framework: WYH_FRAMEWORK, pointsOf: () => [], today: TODAY });
    const figure = (placeId: string, period: string) => {
      const r = check.rows.find((x) => x.place?.id === placeId && x.edit?.kind === 'upsert' && x.edit.point.period === period);
      return r?.edit?.kind === 'upsert' ? r.edit.point : undefined;
    };
    const bdc = figure('bradford', '2019/20')!;
    expect(bdc).toMatchObject({
      count: 1_638,
      denominator: 7_540,
      provenance: 'published',
      source: 'OHID Fingertips, indicator 90323, downloaded 20 Nov 2026; combined from 2 areas',
    });
    expect(bdc.value).toBeCloseTo(21.7241, 4);
    expect(bdc.lower).toBeCloseTo(20.8079, 3);
    expect(bdc.note).toBe('Combined by this dashboard from Bradford, Craven: counts and denominators summed, Wilson’s 95% interval.');
    expect(figure('wyh', '2019/20')).toMatchObject({ count: 6_698, denominator: 30_940 });
    expect(figure('wyh', '2020/21')).toBeUndefined();
    expect(match.notices).toContain(
      'West Yorkshire and Harrogate 2020/21 (Year 6 children living with obesity) is not combined from its areas: the download has no figure with a count for E07000165.',
    );
    // Bradford's and Craven's district rows are no place's own: both years, they went into Bradford District and Craven's figures.
    expect(match.combinedRows).toBe(4);
    expect(check.unused).toEqual([]);
    expect(check.rows.filter((r) => r.outcome === 'error')).toEqual([]);
  });

  it('is never combined for a measure that cannot be (an age-standardised rate): its member areas stay not used', () => {
    const { check } = imported('suicide-41001-area-type-401.csv');
    expect(check.combinedRows).toBeUndefined();
    expect(check.rows.some((r) => r.place?.id === 'bradford')).toBe(false);
  });
});
