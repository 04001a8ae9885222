import { periodFromFingertips } from '../periods/fingertips-period';
import type { PeriodResult } from '../periods/period';

// The layout of a Fingertips download (`all_data/csv`, the same from the website and the API):
// recognised by its header, beside the dashboard's own template, and read row by row into what the
// import needs. Which rows are used (the indicator's area codes, sex, age and category) is decided
// against the framework's Fingertips mapping, elsewhere; this only reads what the file says.

export const FINGERTIPS_COLUMNS = [
  'Indicator ID',
  'Indicator Name',
  'Parent Code',
  'Parent Name',
  'Area Code',
  'Area Name',
  'Area Type',
  'Sex',
  'Age',
  'Category Type',
  'Category',
  'Time period',
  'Value',
  'Lower CI 95.0 limit',
  'Upper CI 95.0 limit',
  'Lower CI 99.8 limit',
  'Upper CI 99.8 limit',
  'Count',
  'Denominator',
  'Value note',
  'Recent Trend',
] as const;

const key = (column: string) => column.trim().toLowerCase();

/** Whether a header (as the CSV reader gives it, trimmed and in lower case) is a Fingertips download's. */
export function isFingertipsHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(key));
  return FINGERTIPS_COLUMNS.every((c) => names.has(key(c)));
}

export interface FingertipsRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  indicatorId: string;
  indicatorName: string;
  areaCode: string;
  areaName: string;
  areaType: string;
  sex: string;
  age: string;
  categoryType: string;
  category: string;
  period: PeriodResult;
  /** The period as the download writes it. */
  periodText: string;
  /** Absent where Fingertips has no value (suppressed, or not calculated): its value note says why. */
  value?: number;
  lower95?: number;
  upper95?: number;
  lower998?: number;
  upper998?: number;
  count?: number;
  denominator?: number;
  valueNote?: string;
}

/** A number as Fingertips writes it, or undefined for an empty cell; text that is not a number is a problem. */
function numberIn(cell: string | undefined): number | undefined | 'not a number' {
  const text = (cell ?? '').trim();
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : 'not a number';
}

export interface FingertipsRead {
  rows: FingertipsRow[];
  /** Cells that are not what the layout says they are, by row and column. */
  problems: { row: number; column: string; reason: string }[];
}

/** Reads every row of a Fingertips download: one pass, each cell checked for what it should hold. */
export function readFingertipsRows(records: readonly Record<string, string | undefined>[], refused?: ReadonlyMap<number, string>): FingertipsRead {
  const rows: FingertipsRow[] = [];
  const problems: FingertipsRead['problems'] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    const refusal = refused?.get(index);
    if (refusal) return void problems.push({ row, column: 'whole row', reason: refusal });
    const cell = (column: string) => (record[key(column)] ?? '').trim();
    const numbers: Partial<Record<'value' | 'lower95' | 'upper95' | 'lower998' | 'upper998' | 'count' | 'denominator', number>> = {};
    let bad = false;
    for (const [field, column] of [
      ['value', 'Value'],
      ['lower95', 'Lower CI 95.0 limit'],
      ['upper95', 'Upper CI 95.0 limit'],
      ['lower998', 'Lower CI 99.8 limit'],
      ['upper998', 'Upper CI 99.8 limit'],
      ['count', 'Count'],
      ['denominator', 'Denominator'],
    ] as const) {
      const read = numberIn(record[key(column)]);
      if (read === 'not a number') {
        problems.push({ row, column, reason: `“${cell(column)}” is not a number.` });
        bad = true;
      } else if (read !== undefined) numbers[field] = read;
    }
    if (bad) return;
    rows.push({
      row,
      indicatorId: cell('Indicator ID'),
      indicatorName: cell('Indicator Name'),
      areaCode: cell('Area Code'),
      areaName: cell('Area Name'),
      areaType: cell('Area Type'),
      sex: cell('Sex'),
      age: cell('Age'),
      categoryType: cell('Category Type'),
      category: cell('Category'),
      period: periodFromFingertips(cell('Time period')),
      periodText: cell('Time period'),
      ...numbers,
      ...(cell('Value note') ? { valueNote: cell('Value note') } : {}),
    });
  });
  return { rows, problems };
}
