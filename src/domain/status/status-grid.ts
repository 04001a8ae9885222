import type { StatusKind } from './assess-target';
import { STATUS_ORDER } from './status-labels';

// The place × commitment grid board members know from Fingertips and board papers. Sorting by a
// place puts what needs attention there first, in the same order as every status summary; ties
// and figures not yet in keep the partnership's order, so the grid never shuffles for no reason.

export interface GridRow {
  number: number;
  /** By place id: the headline, whose status against the target in force sorts the row; absent while loading or with no figures. */
  headlines: ReadonlyMap<string, { now: { status: StatusKind } }>;
}

/** Sort by the commitments' own order, or by their status in one place, worst first. */
export type GridSort = { by: 'number' } | { by: 'place'; placeId: string };

const RANK = new Map(STATUS_ORDER.map((s, i) => [s, i]));

export function sortGrid<R extends GridRow>(rows: readonly R[], sort: GridSort): R[] {
  if (sort.by === 'number') return [...rows].sort((a, b) => a.number - b.number);
  const rank = (row: R) => {
    const status = row.headlines.get(sort.placeId)?.now.status;
    return status === undefined ? STATUS_ORDER.length : RANK.get(status)!;
  };
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.number - b.number);
}

/** The address's way of writing a sort: "leeds" sorts by Leeds; anything unknown is the plain order. */
export function readGridSort(value: string | null, placeIds: readonly string[]): GridSort {
  return value && placeIds.includes(value) ? { by: 'place', placeId: value } : { by: 'number' };
}
