import { parsePeriod } from '../periods/period';
import { withFieldsOf, type PointFieldName } from '../rules/point-fields';
import type { DataPoint } from '../types';

/**
 * One change a programme lead makes to a series: add or correct a figure, or delete one. A
 * correction names the fields the lead changed (`changed`), so that applied on top of a
 * colleague's newer version it changes those and leaves the colleague's other changes alone.
 */
export type PointEdit = { kind: 'upsert'; point: DataPoint; replacing?: string; changed?: PointFieldName[] } | { kind: 'delete'; period: string };

/** Points sorted by the middle of their period (stable: equal middles keep their order), each period parsed once. */
export function inTimeOrder(points: readonly DataPoint[]): DataPoint[] {
  const mids = new Map<DataPoint, number>();
  for (const p of points) {
    const parsed = parsePeriod(p.period);
    mids.set(p, parsed.ok ? parsed.period.mid : Number.POSITIVE_INFINITY);
  }
  return [...points].sort((a, b) => mids.get(a)! - mids.get(b)!);
}

/**
 * The series' points after the edits, in time order. Edits are kept as operations rather than a
 * new list so that, after a conflict, the same edits can be applied on top of a colleague's
 * version. Keyed by period and sorted once: an import of thousands of figures stays linear.
 */
export function applyEdits(points: readonly DataPoint[], edits: readonly PointEdit[]): DataPoint[] {
  if (edits.length === 0) return [...points];
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  for (const edit of edits) {
    if (edit.kind === 'delete') {
      byPeriod.delete(edit.period);
      continue;
    }
    const replaced = edit.replacing ?? edit.point.period;
    const now = edit.changed ? byPeriod.get(replaced) : undefined;
    const point = now && edit.changed ? withFieldsOf(now, edit.point, edit.changed) : edit.point;
    byPeriod.delete(replaced);
    byPeriod.delete(edit.point.period);
    byPeriod.set(point.period, point);
  }
  return inTimeOrder([...byPeriod.values()]);
}

export const applyEdit = (points: readonly DataPoint[], edit: PointEdit): DataPoint[] => applyEdits(points, [edit]);

export function describeEdit(edit: PointEdit): string {
  if (edit.kind === 'delete') return `delete the ${edit.period} figure`;
  return edit.replacing ? `correct the ${edit.replacing} figure to ${edit.point.value}` : `add ${edit.point.value} for ${edit.point.period}`;
}
