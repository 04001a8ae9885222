import type { DataPoint } from '../types';

/** The parts of a figure a lead can change, each judged on its own in a conflict. */
export const POINT_FIELDS = ['value', 'lower', 'upper', 'count', 'denominator', 'source', 'note', 'provenance', 'groups'] as const;
export type PointFieldName = (typeof POINT_FIELDS)[number];

export const POINT_FIELD_LABELS: Record<PointFieldName, string> = {
  value: 'Value',
  lower: 'Lower bound',
  upper: 'Upper bound',
  count: 'Count',
  denominator: 'Denominator',
  source: 'Source',
  note: 'Note',
  provenance: 'Published or illustrative',
  groups: 'The two groups’ figures',
};

const sameField = (a: DataPoint, b: DataPoint, field: PointFieldName) =>
  field === 'groups' ? a.groups?.[0] === b.groups?.[0] && a.groups?.[1] === b.groups?.[1] : a[field] === b[field];

/** The fields that differ between two versions of a figure. */
export function changedFields(before: DataPoint, after: DataPoint): PointFieldName[] {
  return POINT_FIELDS.filter((field) => !sameField(before, after, field));
}

/**
 * A published count and denominator belong to the value they make: a correction that keeps the
 * value keeps them (the form has no fields for them), one that changes it leaves them behind.
 */
export function withCountsKept(before: DataPoint | undefined, after: DataPoint): DataPoint {
  if (!before || before.value !== after.value) return after;
  const kept: DataPoint = { ...after };
  if (before.count !== undefined && kept.count === undefined) kept.count = before.count;
  if (before.denominator !== undefined && kept.denominator === undefined) kept.denominator = before.denominator;
  return kept;
}

/**
 * A correction laid on a figure as it is now: only the fields the lead changed come from theirs,
 * the rest stay as they are (a colleague may have changed them since). Three-way, field by field.
 */
export function withFieldsOf(current: DataPoint, mine: DataPoint, fields: readonly PointFieldName[]): DataPoint {
  const merged: Record<string, unknown> = { ...current, period: mine.period };
  for (const field of fields) {
    if (mine[field] === undefined) delete merged[field];
    else merged[field] = mine[field];
  }
  return merged as unknown as DataPoint;
}

/** A field as a person reads it, at full precision: a conflict or a preview must not hide 11.34 as 11.3. */
export function fieldText(point: DataPoint | undefined, field: PointFieldName): string {
  if (!point) return 'No figure';
  const value = point[field];
  if (value === undefined) return '(none)';
  if (field === 'groups') return (value as [number, number]).join(' and ');
  if (field === 'provenance') return value === 'illustrative' ? 'Illustrative' : 'Published';
  return String(value);
}

export interface FieldDifference {
  period: string;
  field: PointFieldName | 'figure';
  base: string;
  theirs: string;
  mine: string;
}

/**
 * Every field of every figure that differs between where the lead started, a colleague's saved
 * version and the lead's: what the conflict view shows. A figure added or deleted on either side
 * is one row ("figure"); otherwise one row per differing field. Linear in the figures.
 */
export function fieldDifferences(base: readonly DataPoint[], theirs: readonly DataPoint[], mine: readonly DataPoint[]): FieldDifference[] {
  const index = (points: readonly DataPoint[]) => new Map(points.map((p) => [p.period, p]));
  const [b, t, m] = [index(base), index(theirs), index(mine)];
  const periods = [...new Set([...b.keys(), ...t.keys(), ...m.keys()])];
  const rows: FieldDifference[] = [];
  for (const period of periods) {
    const [pb, pt, pm] = [b.get(period), t.get(period), m.get(period)];
    if (!pb || !pt || !pm) {
      const present = (p: DataPoint | undefined) => (p ? `${p.value}` : 'No figure');
      if (present(pb) !== present(pt) || present(pt) !== present(pm) || Boolean(pb) !== Boolean(pt) || Boolean(pt) !== Boolean(pm))
        rows.push({ period, field: 'figure', base: present(pb), theirs: present(pt), mine: present(pm) });
      continue;
    }
    for (const field of POINT_FIELDS) {
      if (sameField(pb, pt, field) && sameField(pt, pm, field)) continue;
      rows.push({ period, field, base: fieldText(pb, field), theirs: fieldText(pt, field), mine: fieldText(pm, field) });
    }
  }
  return rows;
}
