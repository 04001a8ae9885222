import Papa from 'papaparse';
import { commentsFor, commentsOnPeriod } from '../domain/comments';
import { FIGURE_COLUMNS, figureRecord, type FigureRecord } from '../domain/figures-csv';
import { fromSpreadsheetCell, spreadsheetSafe } from '../domain/spreadsheet-safe';
import type { DataPoint, Indicator, Place } from '../domain/types';

// CSV text in and out, through papaparse. The layout and the checks are in domain/figures-csv.ts.

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

export interface SeriesForCsv {
  indicator: Indicator;
  place: Place;
  points: readonly DataPoint[];
}

// Exports carry programme leads' comments on each figure in one more column; import ignores it.
const EXPORT_COLUMNS = [...FIGURE_COLUMNS, 'comments'] as const;

/** Every figure as a CSV row, with the comments on it, every text cell made safe to open in a spreadsheet. */
export function figuresToCsv(series: readonly SeriesForCsv[]): string {
  const data = series.flatMap((s) => {
    const comments = commentsFor(s.indicator, s.place.id);
    return s.points.map((p) => {
      const record: Record<string, string | number> = {
        ...figureRecord(s.indicator, s.place, p),
        comments: commentsOnPeriod(comments, p.period)
          .map((c) => `${c.text} (${c.author.name}, ${c.at.slice(0, 10)})`)
          .join(' | '),
      };
      return EXPORT_COLUMNS.map((column) => spreadsheetSafe(record[column]!));
    });
  });
  return BOM + Papa.unparse({ fields: [...EXPORT_COLUMNS], data }, { newline: '\r\n' });
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
    transformHeader: (h) =>
      h
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase(),
  });
  // A trailing newline gives one empty record; it is not a row anyone wrote.
  const records = result.data
    .filter((r, i) => !(i === result.data.length - 1 && Object.values(r).every((v) => !v)))
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? fromSpreadsheetCell(v) : v])));
  const problems = result.errors.filter((e) => e.type === 'Quotes' || e.type === 'Delimiter').map((e) => `Row ${e.row === undefined ? '?' : e.row + 2}: ${e.message}.`);
  return { header: result.meta.fields ?? [], records, problems };
}
