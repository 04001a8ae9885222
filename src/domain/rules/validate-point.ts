import { parseNumberInput } from './parse-number-input';
import { notEndedYet, parsePeriodIn, periodKindProblem } from '../periods/period-in-series';
import { indexSeries, type SeriesIndex } from '../periods/series-index';
import { invisibleControlCharacter } from './control-characters';
import { isFormulaInput } from './spreadsheet-safe';
import { gapValue } from '../status/gap-series';
import type { DataPoint, GapDefinition, Provenance, Unit } from '../types';

// A figure as a programme lead types it, checked field by field so each message can sit beside
// its field. Used by the edit form and, later, by CSV import.

export interface PointInput {
  period: string;
  value: string;
  lower: string;
  upper: string;
  source: string;
  note: string;
  /** For a gap indicator: the two groups' own figures, in the order the indicator names them. */
  groupFirst?: string;
  groupSecond?: string;
  /** Published unless the lead says it is illustrative; a correction keeps what the figure was. */
  provenance?: Provenance;
}

/** For a gap indicator: what the groups are, and the gap's precision to check agreement to. */
export interface GapCheck {
  gap: GapDefinition;
  decimals: number;
}

export type PointField = Exclude<keyof PointInput, 'provenance'>;

export type PointValidation = { ok: true; point: DataPoint; farOutside?: string } | { ok: false; errors: Partial<Record<PointField, string>> };

export const MAX_TEXT_LENGTH = 2000;

const UNIT_NAMES: Record<Unit['kind'], string> = {
  percent: 'per cent',
  'percentage-points': 'percentage points',
  rate: 'a rate',
  years: 'years',
  count: 'a count',
  ratio: 'a ratio',
  tonnes: 'tonnes',
  score: 'a score',
};

/**
 * A per cent sign typed with a figure whose indicator is not measured in per cent ("12%" for a
 * rate per 100,000): which was meant cannot be told, so it is asked, not stored as 12.
 */
export function unitSignProblem(text: string, unit: Unit | undefined): string | undefined {
  if (!unit || unit.kind === 'percent' || !text.trim().endsWith('%')) return undefined;
  const label = unit.label.trim() && unit.kind !== 'percentage-points' ? ` (${unit.label.trim()})` : '';
  return `“${text.trim()}” has a per cent sign, but this indicator is measured in ${UNIT_NAMES[unit.kind]}${label}: give the number alone, in that unit.`;
}

/** A number as typed, refused when it carries another unit's sign. */
function numberIn(text: string, unit: Unit | undefined) {
  const sign = unitSignProblem(text, unit);
  return sign ? ({ ok: false, error: sign } as const) : parseNumberInput(text);
}

/**
 * Checks one figure against the series it joins. `replacing` is the period being corrected, so a
 * correction may keep its own period without counting as a duplicate.
 */
export function validatePoint(
  input: PointInput,
  points: readonly DataPoint[] | SeriesIndex,
  replacing?: string,
  gapCheck?: GapCheck,
  /** When given, a period that has not ended by then is refused. */
  today?: Date,
  /** The indicator's unit: a sign typed with a figure that is not its own is refused. */
  unit?: Unit,
): PointValidation {
  // One figure typed in a form may take a pass over its series; an import passes an index.
  const existing = isIndex(points) ? points : indexSeries(points);
  const errors: Partial<Record<PointField, string>> = {};
  // Read as the series' own kind of period: "2019-20" on a financial-year series is 2019/20.
  const period = parsePeriodIn(input.period, existing.kind);
  if (!period.ok) errors.period = period.error;
  else if (periodKindProblem(period.period, existing.kind)) errors.period = periodKindProblem(period.period, existing.kind);
  else if (today && notEndedYet(period.period, today)) errors.period = notEndedYet(period.period, today);
  else {
    const same = existing.at(period.period);
    const clash = same && same.period !== replacing ? same : undefined;
    if (clash) errors.period = `There is already a figure for ${period.period.label}. Correct that one instead.`;
  }
  const groups = gapCheck ? readGroups(input, gapCheck, errors) : undefined;
  // With both groups given, the gap follows from them: it may be left blank.
  const derived = groups && input.value.trim() === '' ? groupGap(groups, gapCheck!) : undefined;
  const value = derived !== undefined ? ({ ok: true, value: derived } as const) : numberIn(input.value, unit);
  if (!value.ok) errors.value = value.error;
  else if (groups && derived === undefined) {
    const expected = groupGap(groups, gapCheck!);
    if (expected !== undefined && Math.abs(expected - value.value) > 10 ** -gapCheck!.decimals + 1e-9) {
      errors.value = `The two groups' figures make a gap of ${expected}; give that, or leave the gap blank to use it.`;
    }
  }
  const bound = (text: string, field: 'lower' | 'upper') => {
    if (text.trim() === '') return undefined;
    const parsed = numberIn(text, unit);
    if (!parsed.ok) errors[field] = parsed.error;
    return parsed.ok ? parsed.value : undefined;
  };
  const lower = bound(input.lower, 'lower');
  const upper = bound(input.upper, 'upper');
  if (value.ok && lower !== undefined && lower > value.value) errors.lower = 'The lower bound must not be above the value.';
  if (value.ok && upper !== undefined && upper < value.value) errors.upper = 'The upper bound must not be below the value.';
  for (const field of ['source', 'note'] as const) {
    const text = input[field].trim();
    if (text.length > MAX_TEXT_LENGTH) errors[field] = `Keep this under ${MAX_TEXT_LENGTH} characters.`;
    // It would run when someone opens an export in a spreadsheet; a person rarely means it.
    else if (isFormulaInput(text)) errors[field] = `This starts with “${text[0]}”, so a spreadsheet would run it as a formula. Start it with a word instead.`;
    else if (invisibleControlCharacter(text)) {
      errors[field] =
        `This holds an invisible control character (${invisibleControlCharacter(text)}), often pasted in by accident, which can hide or reorder text. Retype it without.`;
    }
  }
  if (Object.keys(errors).length > 0 || !period.ok || !value.ok) return { ok: false, errors };

  const point: DataPoint = { period: period.period.label, value: value.value, provenance: input.provenance === 'illustrative' ? 'illustrative' : 'published' };
  if (lower !== undefined) point.lower = lower;
  if (upper !== undefined) point.upper = upper;
  if (input.source.trim()) point.source = input.source.trim();
  if (input.note.trim()) point.note = input.note.trim();
  if (groups) point.groups = groups;
  const farOutside = farFromRange(value.value, existing.range(replacing));
  return farOutside ? { ok: true, point, farOutside } : { ok: true, point };
}

/**
 * A value far outside what the series has held is more often a typo (a missing decimal point, a
 * count typed into a rate) than news, so the form asks before saving it. "Far" is more than the
 * series' own range again beyond either end.
 */
export function farFromSeries(value: number, points: readonly DataPoint[]): string | undefined {
  return farFromRange(value, indexSeries(points).range());
}

const isIndex = (points: readonly DataPoint[] | SeriesIndex): points is SeriesIndex => !Array.isArray(points);

function farFromRange(value: number, seen: { min: number; max: number; count: number } | undefined): string | undefined {
  if (!seen || seen.count < 2) return undefined;
  const { min, max } = seen;
  const range = Math.max(max - min, Math.abs(max) * 0.1, 1e-9);
  if (value > max + range || value < min - range) {
    return `This is far outside the figures so far (${min} to ${max}). Check it is right, then save again to confirm.`;
  }
  return undefined;
}

function readGroups(input: PointInput, { gap }: GapCheck, errors: Partial<Record<PointField, string>>): [number, number] | undefined {
  const first = (input.groupFirst ?? '').trim();
  const second = (input.groupSecond ?? '').trim();
  if (first === '' && second === '') return undefined;
  if (first === '' || second === '') {
    errors[first === '' ? 'groupFirst' : 'groupSecond'] = `Give both groups' figures (${gap.groups[0]}; ${gap.groups[1]}), or neither.`;
    return undefined;
  }
  const a = parseNumberInput(first);
  const b = parseNumberInput(second);
  if (!a.ok) errors.groupFirst = a.error;
  if (!b.ok) errors.groupSecond = b.error;
  if (!a.ok || !b.ok) return undefined;
  if (gap.kind === 'excess-percent' && b.value === 0) {
    errors.groupSecond = 'This figure is 0, so no excess can be worked out from it.';
    return undefined;
  }
  return [a.value, b.value];
}

/** The gap two groups make, rounded to the indicator's precision as published figures are. */
function groupGap(groups: [number, number], { gap, decimals }: GapCheck): number | undefined {
  const raw = gapValue(gap.kind, groups[0], groups[1]);
  return raw === undefined ? undefined : Number(raw.toFixed(decimals));
}
