import type { PointEdit } from '../changes/apply-edit';
import { parseNumberInput } from '../rules/parse-number-input';
import { parsePeriodIn } from '../periods/period-in-series';
import { periodKey } from '../periods/period';
import { changedFields, fieldText, type PointFieldName } from '../rules/point-fields';
import { indexSeries, type SeriesIndex } from '../periods/series-index';
import type { DataPoint, Framework, Indicator, Place } from '../types';
import { validatePoint, type PointField } from '../rules/validate-point';

// The one CSV layout for figures: the template a lead fills in, what import reads and what
// export writes. Ids make a row unambiguous; names are there for people and ignored on import.

export const FIGURE_COLUMNS = [
  'indicator_id',
  'indicator_name',
  'place_id',
  'place_name',
  'period',
  'value',
  'lower',
  'upper',
  'count',
  'denominator',
  'provenance',
  'source',
  'note',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];
const COLUMN_AT = Object.fromEntries(FIGURE_COLUMNS.map((column, i) => [column, i])) as Record<FigureColumn, number>;
export const REQUIRED_COLUMNS: readonly FigureColumn[] = ['indicator_id', 'place_id', 'period', 'value'];
export const MAX_IMPORT_ROWS = 10_000;

export type FigureRecord = Record<FigureColumn, string | number>;

/** One figure as a CSV record; empty cells for what it does not have. */
export function figureRecord(indicator: Indicator, place: Place, point?: DataPoint): FigureRecord {
  return {
    indicator_id: indicator.id,
    indicator_name: indicator.name,
    place_id: place.id,
    place_name: place.name,
    period: point?.period ?? '',
    value: point?.value ?? '',
    lower: point?.lower ?? '',
    upper: point?.upper ?? '',
    count: point?.count ?? '',
    denominator: point?.denominator ?? '',
    provenance: point?.provenance ?? '',
    source: point?.source ?? '',
    note: point?.note ?? '',
  };
}

export interface CellProblem {
  column: string;
  reason: string;
}

export type RowOutcome = 'add' | 'correct' | 'unchanged' | 'empty' | 'error';

export interface ImportRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  outcome: RowOutcome;
  problems: CellProblem[];
  indicator?: Indicator;
  place?: Place;
  edit?: PointEdit;
  before?: DataPoint;
  /** Every field the row changes, before and after, at full precision: what the preview lists. */
  changes?: { field: PointFieldName; before: string; after: string }[];
  /** A value far outside the series: imported if the lead goes ahead, but pointed out first. */
  warning?: string;
}

export interface ImportCheck {
  /** Problems with the file as a whole (no usable header, too many rows): nothing can be imported. */
  fileProblems: string[];
  /** What the lead should know about how the file was read (its encoding), shown with the preview. */
  notices?: string[];
  rows: ImportRow[];
  /** A Fingertips download's rows that are not this framework's (England, other sexes), counted by reason. */
  unused?: { reason: string; rows: number }[];
  /** A Fingertips download's rows for the areas that make up a place, combined into its figures. */
  combinedRows?: number;
}

export interface ImportInput {
  /** Column names, trimmed and in lower case; records are keyed by them. */
  header: readonly string[];
  records: readonly Record<string, string | undefined>[];
  framework: Framework;
  /** The figures saved for a series now, or undefined if they could not be loaded. */
  pointsOf: (indicatorId: string, placeId: string) => readonly DataPoint[] | undefined;
  /** Figures for periods not ended by this date are refused. */
  today: Date;
  /** Rows the CSV reader already refused as they stand (by index in `records`), with the reason. */
  rowProblems?: ReadonlyMap<number, string>;
  /** Each record's row in the file the lead chose, where it is not simply the next (a Fingertips download's used rows). */
  rowNumbers?: readonly number[];
  /** How the file names our columns, where it is not our template: problems then name its columns. */
  columnNames?: Partial<Record<FigureColumn, string>>;
}

// The groups' figures of a gap indicator are not in the CSV layout; their problems belong to the value.
const FIELD_COLUMN: Record<PointField, FigureColumn> = {
  period: 'period',
  value: 'value',
  lower: 'lower',
  upper: 'upper',
  source: 'source',
  note: 'note',
  groupFirst: 'value',
  groupSecond: 'value',
};

/** Written in a cell of a correction, empties that field; a blank cell keeps what the figure has. */
export const CLEAR_CELL = '[clear]';

/**
 * Checks every row of an imported file against the framework and the saved figures, as if the
 * rows before it had been applied. Each problem names its row and column, so the lead can find it.
 */
export function checkImport(input: ImportInput): ImportCheck {
  const check = checkRows(input);
  const names = input.columnNames;
  if (!names) return check;
  const named = (column: string) => names[column as FigureColumn] ?? column;
  for (const row of check.rows) for (const problem of row.problems) problem.column = named(problem.column);
  return check;
}

/**
 * How a correction reads its cells, said once for the import page: a blank cell keeps what the
 * figure has, CLEAR_CELL empties the field, and a new value takes its interval, count and
 * denominator with it.
 */
export const IMPORT_RULE =
  'To correct a figure, give its period and only what changes: an empty cell keeps what the figure has, and [clear] empties that field. A new value takes its 95% interval, count and denominator with it: give them again on its row, or they are emptied.';

/** The cells that belong to a figure's value, and go with it when it changes. */
const BELONG_TO_VALUE: ReadonlySet<FigureColumn> = new Set(['lower', 'upper', 'count', 'denominator']);

/** A count or denominator as a cell gives it: empty is none; otherwise a number of 0 or more. */
function countIn(text: string): { ok: true; value?: number } | { ok: false; error: string } {
  if (text === '') return { ok: true };
  const read = parseNumberInput(text);
  if (!read.ok) return read;
  return read.value < 0 ? { ok: false, error: `${read.value} is below 0; a count cannot be.` } : { ok: true, value: read.value };
}

function checkRows({ header, records, framework, pointsOf, today, rowProblems, rowNumbers }: ImportInput): ImportCheck {
  // A place may be given by its name instead of its id.
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c) && !(c === 'place_id' && header.includes('place_name')));
  if (missing.length > 0) {
    return { fileProblems: [`The file has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. Start from the template, which has every column.`], rows: [] };
  }
  if (records.length > MAX_IMPORT_ROWS) {
    return { fileProblems: [`The file has ${records.length.toLocaleString('en-GB')} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} at a time.`], rows: [] };
  }
  const indicators = new Map(framework.ambitions.flatMap((a) => a.indicators).map((i) => [i.id, i]));
  const places = placeFinder(framework.places);
  // Each series as saved, indexed, and which row of the file gave each period.
  const working = new Map<string, { index: SeriesIndex; rowOf: Map<string, number> }>();

  const rows = records.map((raw, index): ImportRow => {
    const row = rowNumbers?.[index] ?? index + 2;
    // Each cell read and trimmed once: a row asks for some of them many times.
    const cells = FIGURE_COLUMNS.map((column) => String(raw[column] ?? '').trim());
    const cell = (column: FigureColumn) => cells[COLUMN_AT[column]]!;
    if (cells.every((c) => c === '') || (cell('period') === '' && cell('value') === '' && cell('lower') === '' && cell('upper') === '')) {
      return { row, outcome: 'empty', problems: [] };
    }
    const refused = rowProblems?.get(index);
    if (refused) return { row, outcome: 'error', problems: [{ column: 'whole row', reason: refused }] };
    const problems: CellProblem[] = [];
    const indicator = indicators.get(cell('indicator_id'));
    // A place by its id, or by its name when the id column is empty (a sheet typed by hand).
    const place = places(cell('place_id') || cell('place_name'));
    if (!indicator)
      problems.push({
        column: 'indicator_id',
        reason: cell('indicator_id')
          ? `No indicator “${cell('indicator_id')}” in ${framework.shortName}. Use an id from the template, or the indicator's name.`
          : 'Give the indicator.',
      });
    if (!place)
      problems.push({
        column: 'place_id',
        reason:
          cell('place_id') || cell('place_name')
            ? `No place “${cell('place_id') || cell('place_name')}” in ${framework.shortName}. Use a place's id or name: ${framework.places.map((p) => p.name).join(', ')}.`
            : 'Give the place.',
      });
    if (!indicator || !place) return { row, outcome: 'error', problems };

    const key = `${indicator.id}/${place.id}`;
    const saved = pointsOf(indicator.id, place.id);
    if (!saved)
      return {
        row,
        outcome: 'error',
        problems: [{ column: 'place_id', reason: `The saved figures for ${indicator.name}, ${place.name} could not be loaded, so this row cannot be checked.` }],
        indicator,
        place,
      };
    // Each row is judged against the series as saved (an outlier earlier in the file hides
    // nothing), read once into an index, so a file of thousands of rows stays linear.
    let series = working.get(key);
    if (!series) working.set(key, (series = { index: indexSeries(saved), rowOf: new Map<string, number>() }));

    const period = parsePeriodIn(cell('period'), series.index.kind);
    const existing = period.ok ? series.index.at(period.period) : undefined;
    const earlierRow = period.ok ? series.rowOf.get(periodKey(period.period)) : undefined;
    if (period.ok && earlierRow) {
      return {
        row,
        outcome: 'error',
        problems: [{ column: 'period', reason: `${period.period.label} for ${place.name} is already in this file at row ${earlierRow}. Keep one of them.` }],
        indicator,
        place,
      };
    }
    // The one rule of a correction (IMPORT_RULE): a blank cell keeps what the figure has;
    // CLEAR_CELL empties the field; and the figures that belong to a value (its 95% interval,
    // count and denominator) go with it: a new value with those cells blank has none.
    const typedValue = parseNumberInput(cell('value'));
    const valueChanges = Boolean(existing) && cell('value') !== '' && typedValue.ok && typedValue.value !== existing!.value;
    const given = (column: FigureColumn, now: string | number | undefined) => {
      const text = cell(column);
      if (text.toLowerCase() === CLEAR_CELL) return '';
      if (text !== '' || !existing) return text;
      return valueChanges && BELONG_TO_VALUE.has(column) ? '' : String(now ?? '');
    };
    const provenance = cell('provenance').toLowerCase();
    if (provenance !== '' && provenance !== 'published' && provenance !== 'illustrative') {
      problems.push({
        column: 'provenance',
        reason: `Write “published” or “illustrative” (or leave it empty: a new figure is then published, a corrected one stays as it was), not “${cell('provenance')}”.`,
      });
    }
    const result = validatePoint(
      {
        period: cell('period'),
        value: given('value', existing?.value),
        lower: given('lower', existing?.lower),
        upper: given('upper', existing?.upper),
        source: given('source', existing?.source),
        note: given('note', existing?.note),
        // Whether a figure is published changes only when the file says so.
        provenance: provenance === 'illustrative' || provenance === 'published' ? provenance : (existing?.provenance ?? 'published'),
      },
      series.index,
      existing?.period,
      undefined,
      today,
      indicator.unit,
    );
    if (!result.ok || problems.length > 0) {
      const kept = (column: FigureColumn) => existing && !valueChanges && cell(column) === '' && (column === 'lower' || column === 'upper') && existing[column] !== undefined;
      const fieldProblems = result.ok
        ? []
        : Object.entries(result.errors).map(([field, reason]) => {
            const column = FIELD_COLUMN[field as PointField];
            // A bound left blank keeps the saved one: say so, and how to change it.
            const why = kept(column) ? ` The cell is empty, so the saved ${column} bound (${existing![column as 'lower']}) was kept: give a new one, or write ${CLEAR_CELL}.` : '';
            return { column, reason: `${reason!}${why}` };
          });
      return { row, outcome: 'error', problems: [...fieldProblems, ...problems], indicator, place };
    }
    const point = result.point;
    // The groups behind a gap are not in the CSV: kept while the gap they make is unchanged.
    if (existing?.groups && existing.value === point.value) point.groups = existing.groups;
    // A count and denominator: by the same rule.
    for (const column of ['count', 'denominator'] as const) {
      const read = countIn(given(column, existing?.[column]));
      if (!read.ok) problems.push({ column, reason: read.error });
      else if (read.value !== undefined) point[column] = read.value;
    }
    if (problems.length > 0) return { row, outcome: 'error', problems, indicator, place };
    if (period.ok) series.rowOf.set(periodKey(period.period), row);
    const changed = existing ? changedFields(existing, point) : [];
    if (existing && changed.length === 0) return { row, outcome: 'unchanged', problems: [], indicator, place, before: existing };
    const edit: PointEdit = existing ? { kind: 'upsert', point, replacing: existing.period, changed } : { kind: 'upsert', point };
    return {
      row,
      outcome: existing ? 'correct' : 'add',
      problems: [],
      indicator,
      place,
      edit,
      changes: existing
        ? changed.map((field) => ({ field, before: fieldText(existing, field), after: fieldText(point, field) }))
        : [{ field: 'value', before: 'No figure', after: fieldText(point, 'value') }],
      ...(existing ? { before: existing } : {}),
      ...(result.farOutside ? { warning: result.farOutside.replace(' Check it is right, then save again to confirm.', ' Check it is right before importing.') } : {}),
    };
  });
  return { fileProblems: [], rows };
}

/** The series a file's rows are about (each once), so their saved figures can be loaded before the check. */
export function seriesInFile(records: readonly Record<string, string | undefined>[], framework: Framework): { indicatorId: string; placeId: string }[] {
  const indicators = new Set(framework.ambitions.flatMap((a) => a.indicators.map((i) => i.id)));
  const places = placeFinder(framework.places);
  const found = new Map<string, { indicatorId: string; placeId: string }>();
  for (const r of records) {
    const indicatorId = (r.indicator_id ?? '').trim();
    const place = places((r.place_id ?? '').trim() || (r.place_name ?? '').trim());
    if (indicators.has(indicatorId) && place) found.set(`${indicatorId}|${place.id}`, { indicatorId, placeId: place.id });
  }
  return [...found.values()];
}

/** Finds a place by id, or by its name written any case: a hand-made sheet names places as people do. */
function placeFinder(list: readonly Place[]): (idOrName: string) => Place | undefined {
  const byId = new Map(list.map((p) => [p.id, p]));
  const byName = new Map(list.map((p) => [p.name.toLowerCase().replace(/\s+/g, ' '), p]));
  return (text) => byId.get(text) ?? byName.get(text.toLowerCase().replace(/\s+/g, ' '));
}

export function countOutcomes(rows: readonly ImportRow[]): Record<RowOutcome, number> {
  const counts: Record<RowOutcome, number> = { add: 0, correct: 0, unchanged: 0, empty: 0, error: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  return counts;
}
