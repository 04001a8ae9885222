import Papa from 'papaparse';
import { FIGURE_COLUMNS, figureRecord, type FigureRecord } from '../domain/figures-csv';
import { spreadsheetSafe } from '../domain/spreadsheet-safe';
import type { DataPoint, Indicator, Place } from '../domain/types';

// CSV text in and out, through papaparse. The layout and the checks are in domain/figures-csv.ts.

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

export interface SeriesForCsv {
  indicator: Indicator;
  place: Place;
  points: readonly DataPoint[];
}

/** Every figure as a CSV row, every text cell made safe to open in a spreadsheet. */
export function figuresToCsv(series: readonly SeriesForCsv[]): string {
  const records: FigureRecord[] = series.flatMap((s) => s.points.map((p) => figureRecord(s.indicator, s.place, p)));
  return recordsToCsv(records);
}

/** One empty line per indicator and place, so a lead has every id and only fills in figures. */
export function templateCsv(indicators: readonly Indicator[], places: readonly Place[]): string {
  return recordsToCsv(indicators.flatMap((i) => places.map((p) => figureRecord(i, p))));
}

function recordsToCsv(records: readonly FigureRecord[]): string {
  const data = records.map((r) => FIGURE_COLUMNS.map((column) => spreadsheetSafe(r[column])));
  return BOM + Papa.unparse({ fields: [...FIGURE_COLUMNS], data }, { newline: '\r\n' });
}

export interface ParsedCsv {
  header: string[];
  records: Record<string, string | undefined>[];
  problems: string[];
}

/** Reads a CSV file's text: the header names its columns, whatever their order or case. */
export function parseFiguresCsv(text: string): ParsedCsv {
  const result = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: false,
    transformHeader: (h) => h.replace(/^\uFEFF/, '').trim().toLowerCase(),
  });
  // A trailing newline gives one empty record; it is not a row anyone wrote.
  const records = result.data.filter((r, i) => !(i === result.data.length - 1 && Object.values(r).every((v) => !v)));
  const problems = result.errors
    .filter((e) => e.type === 'Quotes' || e.type === 'Delimiter')
    .map((e) => `Row ${e.row === undefined ? '?' : e.row + 2}: ${e.message}.`);
  return { header: result.meta.fields ?? [], records, problems };
}
