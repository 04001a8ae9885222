import type { DataPoint } from '../domain/types';
import type { PlaceSeries } from './build-indicator-chart';

export interface TableRow {
  period: string;
  t: number;
  /** One cell per place, in the order the places were given; undefined where that place has no figure. */
  cells: (DataPoint | undefined)[];
}

/** The data behind a chart as rows by period, oldest first, one column per place. */
export function buildTableRows(places: PlaceSeries[]): TableRow[] {
  const rows = new Map<number, TableRow>();
  places.forEach(({ points }, column) => {
    for (const p of points) {
      const row = rows.get(p.at.mid) ?? { period: p.at.label, t: p.at.mid, cells: places.map(() => undefined) };
      row.cells[column] = p;
      rows.set(p.at.mid, row);
    }
  });
  return [...rows.values()].sort((a, b) => a.t - b.t);
}
