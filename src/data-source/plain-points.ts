import { invisibleControlCharacter } from '../domain/rules/control-characters';
import { parsePeriod } from '../domain/periods/period';
import { repeatedPeriods } from '../domain/periods/series-index';
import type { DataPoint } from '../domain/types';

// The schema (schemas.ts) is what a series' points must be, and it says what is wrong with them.
// It runs without compiled validators (the Content-Security-Policy forbids them), at about 8 µs a
// figure: 80 ms for a daily series of 10,000 figures. Nearly every list that arrives is valid, so
// this admits a list in one plain pass when every figure is plainly valid, and anything it is
// not sure of goes to the schema. It is stricter than the schema, never looser (the property
// test in plain-points.test.ts holds it to that): a text it would trim, an unknown field, a
// field set to undefined all go to the schema, which explains or cleans them.

export const MAX_POINTS = 100_000;
export const MAX_POINT_TEXT = 4000;
export const LARGEST_VALUE = 1e15;

const FIELDS = new Set(['period', 'value', 'lower', 'upper', 'note', 'provenance', 'source', 'groups', 'count', 'denominator']);

const isFigure = (v: unknown): v is number => typeof v === 'number' && v >= -LARGEST_VALUE && v <= LARGEST_VALUE;
const isCount = (v: unknown) => isFigure(v) && v >= 0;
const isText = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= MAX_POINT_TEXT && v.trim() === v && invisibleControlCharacter(v) === undefined;

function isPlainPoint(p: unknown): p is DataPoint {
  if (typeof p !== 'object' || p === null || Object.getPrototypeOf(p) !== Object.prototype) return false;
  for (const key in p) if (!FIELDS.has(key)) return false;
  const { period, value, lower, upper, note, provenance, source, groups, count, denominator } = p as Record<string, unknown>;
  if (typeof period !== 'string' || !parsePeriod(period).ok || !isFigure(value)) return false;
  if (provenance !== 'published' && provenance !== 'illustrative') return false;
  if ('lower' in p && !(isFigure(lower) && lower <= value)) return false;
  if ('upper' in p && !(isFigure(upper) && upper >= value)) return false;
  if ('note' in p && !isText(note)) return false;
  if ('source' in p && !isText(source)) return false;
  if ('count' in p && !isCount(count)) return false;
  if ('denominator' in p && !isCount(denominator)) return false;
  if ('groups' in p && !(Array.isArray(groups) && groups.length === 2 && isFigure(groups[0]) && isFigure(groups[1]))) return false;
  return true;
}

/**
 * The list itself (a copy of it) when every figure is plainly valid and no period comes twice;
 * undefined when the schema must look. Linear in the figures.
 */
export function plainPoints(value: unknown): DataPoint[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_POINTS) return undefined;
  for (const p of value) if (!isPlainPoint(p)) return undefined;
  if (repeatedPeriods(value.map((p: DataPoint) => p.period)).length > 0) return undefined;
  return value.slice() as DataPoint[];
}
