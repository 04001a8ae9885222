import { makeIndicator, points } from '../../../tests/helpers/indicator-fixture';
import { checkImport, countOutcomes, figureRecord, FIGURE_COLUMNS, MAX_IMPORT_ROWS } from './figures-csv';
import type { DataPoint, Framework } from '../types';

const rate = makeIndicator({ id: 'suicide-rate', name: 'Suicide rate' });
const framework: Framework = {
  id: 'wyh',
  name: 'West Yorkshire and Harrogate',
  shortName: 'WY&H',
  source: 'Test',
  places: [
    { id: 'wyh', name: 'West Yorkshire and Harrogate', isTotal: true },
    { id: 'leeds', name: 'Leeds', isTotal: false },
  ],
  ambitions: [{ number: 5, title: 'Suicide', commitment: 'Reduce suicide by 10%', indicators: [rate] }],
};
const saved = { 'suicide-rate/leeds': points(['2016-18', 10], ['2019-21', 11]), 'suicide-rate/wyh': points(['2016-18', 9]) };
const header = [...FIGURE_COLUMNS];
const row = (cells: Partial<Record<(typeof FIGURE_COLUMNS)[number], string>>) => ({ indicator_id: 'suicide-rate', place_id: 'leeds', ...cells });
const savedPoints = (i: string, p: string): DataPoint[] | undefined => saved[`${i}/${p}` as keyof typeof saved];
const check = (records: Record<string, string>[], pointsOf = savedPoints) => checkImport({ header, records, framework, pointsOf, today: new Date('2026-11-25T12:00:00Z') });

describe('checkImport', () => {
  it('sorts good rows into additions, corrections and unchanged, and skips blank template lines', () => {
    const { rows, fileProblems } = check([
      row({ period: '2020-22', value: '10.5', source: 'ONS' }),
      row({ period: '2019-21', value: '11.2' }),
      row({ period: '2016-18', value: '10', source: 'ONS' }),
      row({ period: '2016-18', value: '9', place_id: 'wyh', provenance: 'Illustrative' }),
      row({ period: '', value: '' }),
    ]);
    expect(fileProblems).toEqual([]);
    expect(rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'add'],
      [3, 'correct'],
      [4, 'correct'],
      [5, 'unchanged'],
      [6, 'empty'],
    ]);
    expect(rows[0]!.edit).toEqual({ kind: 'upsert', point: { period: '2020-22', value: 10.5, source: 'ONS', provenance: 'published' } });
    expect(rows[1]!.edit).toMatchObject({ replacing: '2019-21', point: { value: 11.2 } });
    expect(countOutcomes(rows)).toEqual({ add: 1, correct: 2, unchanged: 1, empty: 1, error: 0 });
  });

  it('reads a correction by one rule: blank keeps, [clear] empties, a new value takes its interval, count and denominator with it (issue 30)', () => {
    const withEverything = points(['2016-18', 10], ['2019-21', 11]).map((p) => ({
      ...p,
      lower: p.value - 1,
      upper: p.value + 1,
      count: 153,
      denominator: 1_450_000,
      source: 'ONS',
    }));
    const { rows } = check([row({ period: '2016-18', note: 'Checked' }), row({ period: '2019-21', value: '11.4' })], () => withEverything);
    // The value unchanged: every blank cell keeps what the figure has.
    expect(rows[0]!.edit).toMatchObject({ point: { value: 10, lower: 9, upper: 11, count: 153, denominator: 1_450_000, source: 'ONS', note: 'Checked' } });
    // A new value: its old interval, count and denominator go with the old value, and the preview says so.
    expect(rows[1]!.edit).toMatchObject({ point: { value: 11.4, source: 'ONS' } });
    expect(rows[1]!.edit!.kind === 'upsert' && rows[1]!.edit!.point).not.toHaveProperty('lower');
    expect(rows[1]!.edit!.kind === 'upsert' && rows[1]!.edit!.point).not.toHaveProperty('count');
    expect(rows[1]!.changes!.map((c) => c.field)).toEqual(expect.arrayContaining(['value', 'lower', 'upper', 'count', 'denominator']));
  });

  it('names the row, the column and the reason for each bad cell', () => {
    const { rows } = check([
      row({ period: '2019/21', value: '12,5' }),
      row({ indicator_id: 'nope', place_id: 'york', period: '2022', value: '1' }),
      row({ period: '2022', value: '=1+2', note: '=HYPERLINK("http://evil.example")' }),
      row({ period: '2023', value: '10', lower: '11' }),
      row({ period: '2024', value: 'n/a' }),
      row({ period: '2025', value: '1', provenance: 'guess' }),
    ]);
    expect(rows.map((r) => [r.row, r.outcome, r.problems.map((p) => p.column)])).toEqual([
      [2, 'error', ['period', 'value']],
      [3, 'error', ['indicator_id', 'place_id']],
      [4, 'error', ['value', 'note']],
      [5, 'error', ['lower']],
      [6, 'error', ['value']],
      [7, 'error', ['provenance']],
    ]);
    expect(rows[0]!.problems[1]!.reason).toContain('decimal comma; write 12.5 instead');
    expect(rows[1]!.problems[0]!.reason).toBe("No indicator “nope” in WY&H. Use an id from the template, or the indicator's name.");
    expect(rows[2]!.problems[0]!.reason).toContain('looks like a formula');
    expect(rows[2]!.problems[1]!.reason).toContain('a spreadsheet would run it as a formula');
  });

  it('refuses a per cent sign on a rate, not storing "12%" as 12 (issue 30)', () => {
    const { rows } = check([row({ period: '2022', value: '12%' }), row({ period: '2023', value: '12', lower: '10%' })]);
    expect(rows.map((r) => [r.outcome, r.problems.map((p) => p.column)])).toEqual([
      ['error', ['value']],
      ['error', ['lower']],
    ]);
    expect(rows[0]!.problems[0]!.reason).toMatch(/^“12%” has a per cent sign, but this indicator is measured in a rate \(per 100,000\)/);
  });

  it('refuses the same period twice in one file, even spelt differently, naming the first row', () => {
    const { rows } = check([row({ period: '2020-22', value: '1' }), row({ period: '2020-2022', value: '2' })]);
    expect(rows[1]).toMatchObject({ outcome: 'error', problems: [{ column: 'period', reason: '2020-22 for Leeds is already in this file at row 2. Keep one of them.' }] });
  });

  it('refuses a period of another kind than its series’, and lands another spelling on the period it means (issue 30)', () => {
    const schoolYears = () => points(['2018/19', 20], ['2019/20', 21]);
    const { rows } = check(
      ['2019-2020', 'Jan 2020', '1 Jan 2020', '2020 Q1', '2019/20 Q1', '2020'].map((period) => row({ period, value: '22' })),
      schoolYears,
    );
    // "2019-2020" on a series of school years is 2019/20: a correction of it, not a second figure beside it.
    expect(rows[0]).toMatchObject({ outcome: 'correct', edit: { replacing: '2019/20', point: { period: '2019/20', value: 22 } } });
    for (const r of rows.slice(1)) {
      expect(r.outcome).toBe('error');
      expect(r.problems[0]!.reason).toMatch(
        /^This series has figures for financial years \(like 2019\/20 or 2017\/18-19\/20\); .* is one of the (months|days|calendar quarters|financial quarters|calendar years)\./,
      );
    }
  });

  it('points out a value far outside the series without refusing it', () => {
    const { rows } = check([row({ period: '2022', value: '110' })]);
    expect(rows[0]).toMatchObject({ outcome: 'add', warning: expect.stringContaining('far outside the figures so far (10 to 11). Check it is right before importing.') });
  });

  it('refuses the whole file without the columns it needs, or with too many rows', () => {
    expect(checkImport({ header: ['indicator', 'value'], records: [], framework, pointsOf: () => [], today: new Date() }).fileProblems[0]).toBe(
      'The file has no indicator_id, place_id, period columns. Start from the template, which has every column.',
    );
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row({}));
    expect(check(many).fileProblems[0]).toContain('import at most 10,000 at a time');
  });

  it('reads its own export back as unchanged', () => {
    const leeds = framework.places[1]!;
    const exported = saved['suicide-rate/leeds'].map((p) => figureRecord(rate, leeds, p));
    const records = exported.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])));
    expect(check(records).rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('cannot check a row whose saved figures did not load', () => {
    expect(check([row({ period: '2022', value: '1' })], () => undefined).rows[0]!.problems[0]!.reason).toContain('could not be loaded');
  });
});

describe('figureRecord', () => {
  it('writes a figure with ids for the machine and names for people, and keeps illustrative figures marked', () => {
    expect(figureRecord(rate, framework.places[1]!, { period: '2019', value: -3, provenance: 'illustrative' })).toEqual({
      indicator_id: 'suicide-rate',
      indicator_name: 'Suicide rate',
      place_id: 'leeds',
      place_name: 'Leeds',
      period: '2019',
      value: -3,
      lower: '',
      upper: '',
      count: '',
      denominator: '',
      provenance: 'illustrative',
      source: '',
      note: '',
    });
  });
});

describe('a sheet typed by hand', () => {
  it('may name places instead of giving their ids, in any case', () => {
    const { rows } = checkImport({
      header: ['indicator_id', 'place_name', 'period', 'value'],
      records: [
        { indicator_id: 'suicide-rate', place_name: 'leeds', period: '2019-21', value: '10.2' },
        { indicator_id: 'suicide-rate', place_name: 'Narnia', period: '2019-21', value: '10.2' },
      ],
      framework,
      pointsOf: () => [],
      today: new Date('2026-01-01'),
    });
    expect(rows[0]).toMatchObject({ outcome: 'add', place: { id: 'leeds' } });
    expect(rows[1]!.problems[0]).toEqual({ column: 'place_id', reason: expect.stringContaining("No place “Narnia” in WY&H. Use a place's id or name") });
  });

  it('keeps a count and denominator, and refuses one that is not a number of 0 or more', () => {
    const { rows } = checkImport({
      header: [...FIGURE_COLUMNS],
      records: [
        { indicator_id: 'suicide-rate', place_id: 'leeds', period: '2019-21', value: '10.2', count: '1,234', denominator: '3620000' },
        { indicator_id: 'suicide-rate', place_id: 'leeds', period: '2020-22', value: '10.2', count: '-4' },
      ],
      framework,
      pointsOf: () => [],
      today: new Date('2026-01-01'),
    });
    expect(rows[0]!.edit).toMatchObject({ point: { count: 1234, denominator: 3620000 } });
    expect(rows[1]!.problems).toEqual([{ column: 'count', reason: '-4 is below 0; a count cannot be.' }]);
  });
});

describe('a correction through the CSV template (issue 13, path 10)', () => {
  const figure: DataPoint = { period: '2019-21', value: 11.3, lower: 10.1, upper: 12.6, source: 'ONS 2023', note: 'First release', provenance: 'illustrative' };
  const with2019 = () => [figure];

  it('keeps what a blank cell leaves out, and keeps an illustrative figure illustrative; a new value takes its interval with it', () => {
    const [r] = check([row({ period: '2019-21', value: '11.34', lower: '10.2', upper: '12.5' })], with2019).rows;
    expect(r!.outcome).toBe('correct');
    expect(r!.edit).toEqual({ kind: 'upsert', replacing: '2019-21', changed: ['value', 'lower', 'upper'], point: { ...figure, value: 11.34, lower: 10.2, upper: 12.5 } });
    // At full precision: 11.3 → 11.34 is a change a person can see.
    expect(r!.changes![0]).toEqual({ field: 'value', before: '11.3', after: '11.34' });
    // Its interval left blank: the old one belonged to the old value, and goes with it, as the preview says.
    const [blank] = check([row({ period: '2019-21', value: '11.34' })], with2019).rows;
    expect(blank!.changes).toEqual([
      { field: 'value', before: '11.3', after: '11.34' },
      { field: 'lower', before: '10.1', after: '(none)' },
      { field: 'upper', before: '12.6', after: '(none)' },
    ]);
    expect(blank!.edit).toMatchObject({ point: { source: 'ONS 2023', note: 'First release', provenance: 'illustrative' } });
  });

  it('empties a field only where the file says [clear], and changes provenance only where it says so', () => {
    const [r] = check([row({ period: '2019-21', value: '11.3', note: '[clear]', source: '[CLEAR]', provenance: 'published' })], with2019).rows;
    expect(r!.changes).toEqual([
      { field: 'source', before: 'ONS 2023', after: '(none)' },
      { field: 'note', before: 'First release', after: '(none)' },
      { field: 'provenance', before: 'Illustrative', after: 'Published' },
    ]);
    expect(r!.edit).toMatchObject({ point: { period: '2019-21', value: 11.3, lower: 10.1, upper: 12.6, provenance: 'published' } });
    expect(r!.edit!.kind === 'upsert' && r!.edit!.point).not.toHaveProperty('note');
  });

  it('calls a row that changes nothing unchanged', () => {
    expect(check([row({ period: '2019-21', value: '11.3' })], with2019).rows[0]!.outcome).toBe('unchanged');
  });

  it('judges each row against the series as saved: an outlier earlier in the file hides no later one', () => {
    const rows = check([row({ period: '2020', value: '500' }), row({ period: '2021', value: '480' })]).rows;
    expect(rows.map((r) => Boolean(r.warning))).toEqual([true, true]);
  });
});

describe('periods in an import (issue 13, bad input)', () => {
  const fy: Record<string, DataPoint[]> = { 'suicide-rate/leeds': points(['2018/19', 10], ['2019/20', 11]) };
  const fyPoints = (i: string, p: string) => fy[`${i}/${p}`];

  it('reads 2019-20 on a financial-year series as a correction of 2019/20, not a new pooled figure', () => {
    const [r] = check([row({ period: '2019–20', value: '11.5' })], fyPoints).rows;
    expect(r).toMatchObject({ outcome: 'correct', edit: { replacing: '2019/20', point: { period: '2019/20', value: 11.5 } } });
  });

  it('refuses a figure for a period that has not ended, beside the period', () => {
    const [r] = check([row({ period: '2031', value: '11' })]).rows;
    expect(r!.problems).toEqual([{ column: 'period', reason: expect.stringContaining('2031 has not ended yet') }]);
  });
});

describe('a bound kept from the saved figure', () => {
  it('says so when a bound given for the same value clashes with the one kept, and how to change it', () => {
    const figure: DataPoint = { period: '2019-21', value: 11.3, lower: 10.1, upper: 11.5, provenance: 'published' };
    const [r] = check([row({ period: '2019-21', lower: '11.6' })], () => [figure]).rows;
    expect(r!.problems.map((p) => p.column)).toEqual(['lower']);
    // A new value with its bounds blank has none: the old ones went with the old value.
    const [moved] = check([row({ period: '2019-21', value: '11.8' })], () => [figure]).rows;
    expect(moved!.outcome).toBe('correct');
  });
});
