import type { DataPoint, PointChange } from '../types';

/** Every field of two figures alike (their period aside), whatever order their keys came in. */
export function samePoint(a: DataPoint, b: DataPoint): boolean {
  return (
    a.value === b.value &&
    a.lower === b.lower &&
    a.upper === b.upper &&
    a.note === b.note &&
    a.source === b.source &&
    a.provenance === b.provenance &&
    a.groups?.[0] === b.groups?.[0] &&
    a.groups?.[1] === b.groups?.[1]
  );
}

/** What a save changed, figure by figure, for the history: old → new. */
export function diffPoints(before: readonly DataPoint[], after: readonly DataPoint[]): PointChange[] {
  const old = new Map(before.map((p) => [p.period, p]));
  const changes: PointChange[] = [];
  for (const p of after) {
    const was = old.get(p.period);
    if (!was) changes.push({ period: p.period, after: p });
    else if (!samePoint(was, p)) changes.push({ period: p.period, before: was, after: p });
    old.delete(p.period);
  }
  for (const was of old.values()) changes.push({ period: was.period, before: was });
  return changes;
}
