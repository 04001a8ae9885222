import type { DataPoint, PointChange } from './types';

function same(a: DataPoint, b: DataPoint): boolean {
  return a.value === b.value && a.lower === b.lower && a.upper === b.upper && a.note === b.note && a.source === b.source && a.provenance === b.provenance;
}

/** What a save changed, figure by figure, for the history: old → new. */
export function diffPoints(before: readonly DataPoint[], after: readonly DataPoint[]): PointChange[] {
  const old = new Map(before.map((p) => [p.period, p]));
  const changes: PointChange[] = [];
  for (const p of after) {
    const was = old.get(p.period);
    if (!was) changes.push({ period: p.period, after: p });
    else if (!same(was, p)) changes.push({ period: p.period, before: was, after: p });
    old.delete(p.period);
  }
  for (const was of old.values()) changes.push({ period: was.period, before: was });
  return changes;
}
