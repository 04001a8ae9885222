import { checkImport, FIGURE_COLUMNS, type FigureColumn, type ImportCheck, type ImportInput, type ImportRow } from './figures-csv';
import { combineCounts } from './combine-counts';
import type { FingertipsRead, FingertipsRow } from './fingertips-csv';
import type { FingertipsIndicator, Framework, Indicator, Place } from '../types';

// Which rows of a Fingertips download are ours, and what they say in the dashboard's own layout.
// A download holds England, the region, every area of a type, and every sex and age Fingertips
// publishes; the framework's mapping (each indicator's Fingertips id, sex, age and category; each
// place's area codes) picks our rows. The rest are counted as "not used", by reason, never
// reported as errors: they are what a download always holds.

/** How a Fingertips download names the columns our import checks, so a problem names the column the lead sees. */
export const FINGERTIPS_COLUMN_NAMES: Partial<Record<FigureColumn, string>> = {
  indicator_id: 'Indicator ID',
  place_id: 'Area Code',
  period: 'Time period',
  value: 'Value',
  lower: 'Lower CI 95.0 limit',
  upper: 'Upper CI 95.0 limit',
  count: 'Count',
  denominator: 'Denominator',
  note: 'Value note',
};

export interface UnusedRows {
  /** In plain words, with examples: "Other areas (England, Yorkshire and the Humber and 3 more)". */
  reason: string;
  rows: number;
}

export interface FingertipsMatch {
  /** The used rows in the template's layout, ready for the usual check. */
  records: Record<FigureColumn, string>[];
  /** Each record's row in the download. */
  rowNumbers: number[];
  /** Records refused as they stand (a period the dashboard cannot hold), by index in `records`. */
  rowProblems: Map<number, string>;
  unused: UnusedRows[];
  /** Rows of the areas that make up a place, combined into that place's figures. */
  combinedRows: number;
  /** What the lead should know: a place the file has nothing for and why, a name that differs. */
  notices: string[];
}

const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** "OHID Fingertips, indicator 41001, downloaded 26 Nov 2026": where an imported figure came from, and when. */
export function fingertipsSource(indicatorId: number, downloaded: Date): string {
  const date = downloaded.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `OHID Fingertips, indicator ${indicatorId}, downloaded ${date}`;
}

/**
 * The Fingertips area codes whose rows are a place's own figures: its stand-in's, else its one
 * council's. None for an aggregate with no stand-in, or where the framework says none.
 */
function fingertipsCodesOf(place: Place): readonly string[] {
  if (place.fingertips) return place.fingertips.kind === 'area' ? place.fingertips.codes : [];
  return place.areaCodes?.length === 1 ? place.areaCodes : [];
}

/** Each place by the Fingertips area codes that are its figures. */
export function placesByAreaCode(places: readonly Place[]): Map<string, Place> {
  const byCode = new Map<string, Place>();
  for (const place of places) for (const code of fingertipsCodesOf(place)) byCode.set(code.toUpperCase(), place);
  return byCode;
}

/** The places made of several areas, by each member's code: whose figures a member's rows can help make. */
function aggregatesByMemberCode(places: readonly Place[]): Map<string, Place[]> {
  const byCode = new Map<string, Place[]>();
  for (const place of places) {
    if (!place.areaCodes || place.areaCodes.length < 2) continue;
    for (const code of place.areaCodes) byCode.set(code.toUpperCase(), [...(byCode.get(code.toUpperCase()) ?? []), place]);
  }
  return byCode;
}

/** Why a place cannot have Fingertips figures of its own, or undefined if it can. */
export function placeWithoutFingertips(place: Place): string | undefined {
  if (fingertipsCodesOf(place).length > 0) return undefined;
  if (place.fingertips?.kind === 'none') return place.fingertips.reason;
  return place.areaCodes && place.areaCodes.length > 1
    ? `${place.name} is made up of several areas and the framework names no Fingertips area that stands for it.`
    : `${place.name} has no area code in the framework.`;
}

/** Collects unused rows under one reason, remembering a few examples of what differed. */
class Tally {
  private readonly groups = new Map<string, { rows: number; examples: Set<string> }>();
  add(reason: string, example: string) {
    const group = this.groups.get(reason) ?? { rows: 0, examples: new Set<string>() };
    group.rows += 1;
    if (example) group.examples.add(example);
    this.groups.set(reason, group);
  }
  list(): UnusedRows[] {
    return [...this.groups].map(([reason, { rows, examples }]) => {
      const named = [...examples];
      const shown = named.length > 4 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.join(', ');
      return { reason: shown ? `${reason} (${shown})` : reason, rows };
    });
  }
}

/**
 * Picks this framework's rows from a Fingertips download and writes each as a row of our own
 * layout, marked published with the Fingertips source. One pass over the rows; maps are built once.
 */
export function matchFingertipsRows(read: FingertipsRead, framework: Framework, downloaded: Date): FingertipsMatch {
  const mapped = new Map<number, { indicator: Indicator; mapping: FingertipsIndicator }[]>();
  for (const indicator of framework.ambitions.flatMap((a) => a.indicators)) {
    if (indicator.fingertips?.kind !== 'indicator') continue;
    const list = mapped.get(indicator.fingertips.indicatorId) ?? [];
    list.push({ indicator, mapping: indicator.fingertips });
    mapped.set(indicator.fingertips.indicatorId, list);
  }
  const places = placesByAreaCode(framework.places);
  const memberOf = aggregatesByMemberCode(framework.places);
  const tally = new Tally();
  const match: FingertipsMatch = { records: [], rowNumbers: [], rowProblems: new Map(), unused: [], combinedRows: 0, notices: [] };
  // Rows of an aggregate's member areas, by indicator, aggregate and period: combined after the pass.
  const parts = new Map<string, { indicator: Indicator; mapping: FingertipsIndicator; place: Place; period: string; rows: Map<string, FingertipsRow> }>();
  const memberRows: FingertipsRow[] = [];
  const namesSeen = new Map<number, string>();
  // Which places got figures, by indicator: the rest are named, with why.
  const covered = new Map<Indicator, Set<string>>();
  const cover = (indicator: Indicator, place: Place) => covered.set(indicator, (covered.get(indicator) ?? new Set()).add(place.id));

  for (const row of read.rows) {
    const id = Number(row.indicatorId);
    const candidates = mapped.get(id);
    if (!candidates) {
      tally.add(`Indicators not in ${framework.shortName}'s mapping`, row.indicatorId);
      continue;
    }
    namesSeen.set(id, namesSeen.get(id) ?? row.indicatorName);
    const chosen = candidates.find(({ mapping }) => same(mapping.sex, row.sex) && same(mapping.age, row.age) && same(mapping.category, row.category));
    if (!chosen) {
      const { mapping } = candidates[0]!;
      if (!candidates.some(({ mapping: m }) => same(m.sex, row.sex))) tally.add('Other sexes', row.sex);
      else if (!candidates.some(({ mapping: m }) => same(m.age, row.age))) tally.add('Other ages', row.age);
      else tally.add(mapping.category ? 'Other categories' : 'Rows by category', row.category);
      continue;
    }
    // A member of a place made of several areas (Calderdale of the partnership, Craven of Bradford
    // District and Craven) may also make that place's figure, if the measure can be combined.
    const period = row.period.ok ? row.period.period.label : undefined;
    const aggregates = (chosen.mapping.combine && period && row.count !== undefined && row.denominator !== undefined && memberOf.get(row.areaCode.toUpperCase())) || [];
    for (const aggregate of aggregates) {
      const key = `${chosen.indicator.id}|${aggregate.id}|${period}`;
      const group = parts.get(key) ?? { indicator: chosen.indicator, mapping: chosen.mapping, place: aggregate, period: period!, rows: new Map() };
      group.rows.set(row.areaCode.toUpperCase(), row);
      parts.set(key, group);
    }
    const place = places.get(row.areaCode.toUpperCase());
    if (!place) {
      if (aggregates.length > 0) memberRows.push(row);
      else tally.add('Other areas', row.areaName || row.areaCode);
      continue;
    }
    if (row.value === undefined) {
      tally.add('No value in Fingertips', row.valueNote ?? '');
      continue;
    }
    cover(chosen.indicator, place);
    match.rowNumbers.push(row.row);
    if (!row.period.ok) match.rowProblems.set(match.records.length, row.period.error);
    match.records.push(recordOf(row, chosen.indicator, place, period ?? row.periodText, fingertipsSource(id, downloaded)));
  }

  // A place made of several areas: its own Fingertips area's figure where the download has one,
  // else one combined from every member area's counts (a member missing means no figure).
  const direct = new Set(match.records.map((r) => `${r.indicator_id}|${r.place_id}|${r.period}`));
  const used = new Set<FingertipsRow>();
  for (const [key, group] of parts) {
    if (direct.has(key)) continue;
    const codes = group.place.areaCodes ?? [];
    const missing = codes.filter((code) => !group.rows.has(code.toUpperCase()));
    if (missing.length > 0) {
      match.notices.push(
        `${group.place.name} ${group.period} (${group.indicator.name}) is not combined from its areas: the download has no figure with a count for ${missing.join(', ')}.`,
      );
      continue;
    }
    const rows = codes.map((code) => group.rows.get(code.toUpperCase())!);
    const combined = combineCounts(
      rows.map((r) => ({ count: r.count!, denominator: r.denominator! })),
      group.mapping.combine!.method,
      group.mapping.combine!.multiplier,
    );
    if (!combined) continue;
    for (const r of rows) used.add(r);
    cover(group.indicator, group.place);
    match.rowNumbers.push(Math.min(...rows.map((r) => r.row)));
    // At the precision Fingertips publishes its members' values in, not a float's seventeen digits.
    const places = Math.min(6, Math.max(...rows.map((r) => decimalsOf(r.value))));
    const published = (n: number) => String(Number(n.toFixed(places)));
    match.records.push({
      ...recordOf(rows[0]!, group.indicator, group.place, group.period, `${fingertipsSource(group.mapping.indicatorId, downloaded)}; combined from ${rows.length} areas`),
      value: published(combined.value),
      lower: published(combined.lower),
      upper: published(combined.upper),
      count: String(combined.count),
      denominator: String(combined.denominator),
      note: [
        `Combined by this dashboard from ${rows.map((r) => r.areaName || r.areaCode).join(', ')}: counts and denominators summed, ${group.mapping.combine!.method === 'proportion' ? 'Wilson’s' : 'Byar’s'} 95% interval.`,
        // The members' own caveats travel with the combined figure (a pandemic year's, say).
        ...membersNotes(rows),
      ].join(' '),
    });
  }
  for (const row of memberRows) {
    if (used.has(row)) match.combinedRows += 1;
    else tally.add('Other areas', row.areaName || row.areaCode);
  }

  match.unused = tally.list();
  for (const [id, seen] of namesSeen) {
    const expected = mapped.get(id)![0]!.mapping.name;
    if (seen && !same(seen, expected)) {
      match.notices.push(
        `Fingertips now calls indicator ${id} “${seen}”; ${framework.shortName}'s mapping says “${expected}”. Check it is still the indicator meant before importing.`,
      );
    }
  }
  for (const [indicator, placeIds] of covered) {
    const missing = framework.places.filter((p) => !placeIds.has(p.id));
    for (const place of missing) {
      const why = placeWithoutFingertips(place) ?? `The download has no figures for ${place.name}: download the area type that holds it as well.`;
      match.notices.push(`No figures for ${place.name} (${indicator.name}): ${why}`);
    }
  }
  return match;
}

function recordOf(row: FingertipsRow, indicator: Indicator, place: Place, period: string, source: string): Record<FigureColumn, string> {
  const text = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    indicator_id: indicator.id,
    indicator_name: indicator.name,
    place_id: place.id,
    place_name: place.name,
    period,
    value: text(row.value),
    lower: text(row.lower95),
    upper: text(row.upper95),
    count: text(row.count),
    denominator: text(row.denominator),
    provenance: 'published',
    source,
    note: row.valueNote ?? '',
  };
}

/**
 * The usual import check on a download's used rows, with the rows it could not read as errors,
 * in the download's own row order, and the unused rows counted: what the preview shows.
 */
export function checkFingertipsImport(match: FingertipsMatch, problems: FingertipsRead['problems'], input: Pick<ImportInput, 'framework' | 'pointsOf' | 'today'>): ImportCheck {
  const check = checkImport({
    ...input,
    header: FIGURE_COLUMNS,
    records: match.records,
    rowNumbers: match.rowNumbers,
    rowProblems: match.rowProblems,
    columnNames: FINGERTIPS_COLUMN_NAMES,
  });
  const unreadable = new Map<number, ImportRow>();
  for (const p of problems) {
    const row = unreadable.get(p.row) ?? { row: p.row, outcome: 'error' as const, problems: [] };
    row.problems.push({ column: p.column, reason: p.reason });
    unreadable.set(p.row, row);
  }
  check.rows = [...check.rows, ...unreadable.values()].sort((a, b) => a.row - b.row);
  check.unused = match.unused;
  if (match.combinedRows > 0) check.combinedRows = match.combinedRows;
  if (match.notices.length > 0) check.notices = [...(check.notices ?? []), ...match.notices];
  return check;
}

/** How many decimals a published value is written with (15.255 → 3). */
function decimalsOf(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  const text = String(value);
  return text.includes('e') ? 6 : (text.split('.')[1]?.length ?? 0);
}

/** Fingertips' value notes on the areas a figure is combined from: once if all say the same, else each by its area. */
function membersNotes(rows: readonly FingertipsRow[]): string[] {
  const noted = rows.filter((r) => r.valueNote?.trim());
  if (noted.length === 0) return [];
  const distinct = new Set(noted.map((r) => r.valueNote!.trim()));
  if (distinct.size === 1 && noted.length === rows.length) return [`Fingertips’ note on each: ${[...distinct][0]}`];
  return [`Fingertips’ notes: ${noted.map((r) => `${r.areaName || r.areaCode}: ${r.valueNote!.trim()}`).join('; ')}`];
}
