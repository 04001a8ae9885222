import Papa from 'papaparse';
import { commentsFor, commentsOnPeriod } from '../domain/words/comments';
import { FIGURE_COLUMNS, figureRecord, type FigureRecord } from '../domain/imports/figures-csv';
import { fromSpreadsheetCell, spreadsheetSafe } from '../domain/rules/spreadsheet-safe';
import type { DataPoint, Indicator, Place } from '../domain/types';

// CSV text in and out, through papaparse. The layout and the checks are in domain/imports/figures-csv.ts.

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
  /** Column names trimmed and in lower case: the keys of `records`. */
  header: string[];
  /** The same names as the file writes them, in the same order, for showing to people. */
  headerAsWritten: string[];
  records: Record<string, string | undefined>[];
  /** Problems with the file as a whole: nothing in it can be imported. */
  problems: string[];
  /** Rows refused as they stand, by their index in `records`, with the reason. */
  rowProblems: Map<number, string>;
}

/** Reads a CSV file's text: the header names its columns, whatever their order or case. */
export function parseFiguresCsv(text: string): ParsedCsv {
  const seen = new Map<string, number>();
  const asWritten: string[] = [];
  const result = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: false,
    transformHeader: (h) => {
      asWritten.push(h.replace(/^\uFEFF/, '').trim());
      const name = h
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase();
      seen.set(name, (seen.get(name) ?? 0) + 1);
      return name;
    },
  });
  // A trailing newline gives one empty record; it is not a row anyone wrote.
  const last = result.data.length - 1;
  const written = (r: Record<string, unknown>, i: number) => !(i === last && Object.values(r).every((v) => !v));
  const records = result.data.filter(written).map((r) =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => k !== '__parsed_extra')
        .map(([k, v]) => [k, typeof v === 'string' ? fromSpreadsheetCell(v) : v]),
    ),
  );
  const problems = result.errors.filter((e) => e.type === 'Quotes' || e.type === 'Delimiter').map((e) => `Row ${e.row === undefined ? '?' : e.row + 2}: ${e.message}.`);
  // A header naming a column twice would leave which cell counts to chance.
  for (const [name, count] of seen) {
    if (name && count > 1) problems.push(`The column “${name}” appears ${count} times in the header. Keep one of them and save the file again.`);
  }
  // A row with more or fewer cells than the header names is read shifted or short: most often a
  // comma inside a text cell that is not in quotes, or a quote that swallowed a comma. Refused
  // rather than guessed at (a spreadsheet always writes every cell, empty or not).
  const rowProblems = new Map<number, string>();
  const headerCells = result.meta.fields?.length ?? 0;
  for (const error of result.errors) {
    if (error.type !== 'FieldMismatch' || error.row === undefined || error.row > last || !written(result.data[error.row]!, error.row)) continue;
    const cells = headerCells + ((result.data[error.row] as { __parsed_extra?: unknown[] }).__parsed_extra?.length ?? 0);
    const found = error.code === 'TooManyFields' ? cells : Object.values(result.data[error.row]!).filter((v) => v !== undefined).length;
    rowProblems.set(
      error.row,
      `This row has ${found} cells but the header names ${headerCells}. A comma or a quote inside a text cell needs the cell in double quotes (a spreadsheet does this when it saves as CSV).`,
    );
  }
  // A lone quote can also swallow the rows after it into one cell, as valid CSV: a cell holding a
  // line with as many commas as a row has is taken for that, and refused with the reason.
  records.forEach((record, i) => {
    if (rowProblems.has(i)) return;
    // Only a cell holding a line break can hold a row; most hold none, so most are not split.
    const swallowed = Object.values(record).some(
      (cell) =>
        typeof cell === 'string' &&
        cell.includes('\n') &&
        cell
          .split(/\r?\n/)
          .slice(1)
          .some((line) => (line.match(/,/g)?.length ?? 0) >= headerCells - 1),
    );
    if (swallowed) {
      rowProblems.set(i, 'A cell of this row holds what looks like a whole row of its own: a quote is probably missing. Check this row and the one after it in your spreadsheet.');
    }
  });
  return { header: result.meta.fields ?? [], headerAsWritten: asWritten, records, problems, rowProblems };
}

export interface DecodedCsv {
  text: string;
  /** Said to the lead when the file was not UTF-8 and was read in another encoding. */
  notice?: string;
}

/**
 * A file's bytes as text. UTF-8 (with or without a byte-order mark) and UTF-16 are read as they
 * are; anything else is read as Windows-1252, the encoding Excel's plain "CSV (Comma delimited)"
 * uses in the UK, and the lead is told so, rather than seeing "Â£" where they wrote "£".
 */
export function decodeCsv(bytes: ArrayBuffer): DecodedCsv {
  const view = new Uint8Array(bytes);
  if (view[0] === 0xff && view[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(view) };
  if (view[0] === 0xfe && view[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(view) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(view) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(view),
      notice:
        'This file is not saved as UTF-8, so it was read as Windows-1252 (what Excel’s “CSV (Comma delimited)” uses). Check letters such as é and symbols such as £ in the preview; to be sure, save it from Excel as “CSV UTF-8”.',
    };
  }
}
