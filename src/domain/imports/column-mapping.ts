import { FIGURE_COLUMNS, REQUIRED_COLUMNS, type FigureColumn } from './figures-csv';
import type { Framework } from '../types';

// A sheet a lead made themselves ("Indicator, Place, Period, Value") is read through a mapping
// from its columns to ours, suggested from the names and confirmed by the lead: never guessed
// silently. Indicators and places are then found by name as well as by id, and a sheet about one
// indicator or one place can say so once instead of in a column.

/** The columns a lead maps; ids and names of indicators and places are one column each here. */
export const MAPPED_COLUMNS = ['indicator', 'place', 'period', 'value', 'lower', 'upper', 'count', 'denominator', 'provenance', 'source', 'note'] as const;
export type MappedColumn = (typeof MAPPED_COLUMNS)[number];
export const REQUIRED_MAPPED: readonly MappedColumn[] = ['indicator', 'place', 'period', 'value'];

export const MAPPED_LABELS: Record<MappedColumn, string> = {
  indicator: 'Indicator (its name or id)',
  place: 'Place (its name or id)',
  period: 'Period',
  value: 'Value',
  lower: 'Lower bound of the interval',
  upper: 'Upper bound of the interval',
  count: 'Count',
  denominator: 'Denominator',
  provenance: 'Published or illustrative',
  source: 'Source',
  note: 'Note',
};

/** A column of the file, or (for indicator and place) one value for every row. */
export type ColumnChoice = { column: string } | { every: string };
export type ColumnMapping = Partial<Record<MappedColumn, ColumnChoice>>;

// Names people give these columns, in lower case with punctuation as spaces.
const NAMES: Record<MappedColumn, string[]> = {
  indicator: ['indicator', 'indicator name', 'indicator id', 'measure', 'metric', 'kpi'],
  place: ['place', 'place name', 'place id', 'area', 'area name', 'location', 'locality', 'geography'],
  period: ['period', 'time period', 'year', 'financial year', 'quarter', 'month', 'date'],
  value: ['value', 'figure', 'rate', 'result', 'actual', 'percentage'],
  lower: ['lower', 'lower ci', 'lower limit', 'lower bound', 'lower 95 ci', 'lower ci 95 0 limit', 'lci'],
  upper: ['upper', 'upper ci', 'upper limit', 'upper bound', 'upper 95 ci', 'upper ci 95 0 limit', 'uci'],
  count: ['count', 'numerator', 'number'],
  denominator: ['denominator', 'population'],
  provenance: ['provenance', 'published or illustrative', 'status of figure'],
  source: ['source', 'data source'],
  note: ['note', 'notes', 'comment', 'comments', 'value note'],
};

const plain = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Whether a file needs the mapping step: it is not our template (nor, decided elsewhere, a Fingertips download). */
export function needsMapping(header: readonly string[]): boolean {
  const has = new Set(header);
  return !REQUIRED_COLUMNS.every((c) => has.has(c) || (c === 'place_id' && has.has('place_name')));
}

/** Our column for each of the file's columns whose name people use for it; each file column used once. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const ours of MAPPED_COLUMNS) {
    const found = header.find((h) => !taken.has(h) && NAMES[ours].includes(plain(h)));
    if (found !== undefined) {
      mapping[ours] = { column: found };
      taken.add(found);
    }
  }
  return mapping;
}

/** What the mapping still lacks before the file can be checked, in words. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  return REQUIRED_MAPPED.filter((c) => !mapping[c]).map((c) => `Choose the column that holds the ${MAPPED_LABELS[c].toLowerCase()}.`);
}

/**
 * The file's rows in our template's layout, by the mapping: an indicator or place named rather
 * than given by id is found by its name (any case); one that is not found stays as written, so the
 * check says which and why.
 */
export function mappedRecords(records: readonly Record<string, string | undefined>[], mapping: ColumnMapping, framework: Framework): Record<FigureColumn, string>[] {
  const indicators = framework.ambitions.flatMap((a) => a.indicators);
  const indicatorId = new Map<string, string>();
  for (const i of indicators) {
    indicatorId.set(i.id.toLowerCase(), i.id);
    indicatorId.set(plain(i.name), i.id);
  }
  const cell = (record: Record<string, string | undefined>, choice: ColumnChoice | undefined) =>
    !choice ? '' : 'every' in choice ? choice.every : (record[choice.column] ?? '').trim();
  return records.map((record) => {
    const row = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, ''])) as Record<FigureColumn, string>;
    const indicator = cell(record, mapping.indicator);
    row.indicator_id = indicatorId.get(indicator.toLowerCase()) ?? indicatorId.get(plain(indicator)) ?? indicator;
    // The check finds a place by id or by name; a name goes where it looks for names.
    row.place_name = cell(record, mapping.place);
    for (const c of ['period', 'value', 'lower', 'upper', 'count', 'denominator', 'provenance', 'source', 'note'] as const) row[c] = cell(record, mapping[c]);
    return row;
  });
}

/** How the file names our columns, so a problem names the column the lead sees in their sheet. */
export function mappedColumnNames(mapping: ColumnMapping, asWritten: ReadonlyMap<string, string> = new Map()): Partial<Record<FigureColumn, string>> {
  const names: Partial<Record<FigureColumn, string>> = {};
  const name = (choice: ColumnChoice | undefined) => (choice && 'column' in choice ? (asWritten.get(choice.column) ?? choice.column) : undefined);
  const set = (ours: FigureColumn, choice: ColumnChoice | undefined) => {
    const n = name(choice);
    if (n !== undefined) names[ours] = n;
  };
  set('indicator_id', mapping.indicator);
  set('place_id', mapping.place);
  for (const c of ['period', 'value', 'lower', 'upper', 'count', 'denominator', 'provenance', 'source', 'note'] as const) set(c, mapping[c]);
  return names;
}
