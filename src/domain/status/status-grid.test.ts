import fc from 'fast-check';
import type { StatusKind } from './assess-target';
import { STATUS_ORDER } from './status-labels';
import { readGridSort, sortGrid, type GridRow } from './status-grid';

const row = (number: number, leeds?: StatusKind): GridRow => ({ number, headlines: new Map(leeds ? [['leeds', { now: { status: leeds } }]] : []) });

describe('the place × commitment grid’s order', () => {
  it('by a place: missed and off track first, then at risk, on track, achieved, awaited; ties and gaps in the partnership’s order', () => {
    const rows = [row(1, 'achieved'), row(2), row(3, 'off-track'), row(4, 'missed'), row(5, 'off-track'), row(6, 'awaited')];
    expect(sortGrid(rows, { by: 'place', placeId: 'leeds' }).map((r) => r.number)).toEqual([4, 3, 5, 1, 6, 2]);
    expect(sortGrid(rows, { by: 'number' }).map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps every row, and orders by status rank then number, whatever the statuses', () => {
    const status = fc.option(fc.constantFrom(...STATUS_ORDER), { nil: undefined });
    fc.assert(
      fc.property(fc.array(status, { maxLength: 40 }), (statuses) => {
        const rows = statuses.map((s, i) => row(i + 1, s));
        const sorted = sortGrid(rows, { by: 'place', placeId: 'leeds' });
        expect(sorted.map((r) => r.number).sort((a, b) => a - b)).toEqual(rows.map((r) => r.number));
        const rank = (r: GridRow) => {
          const s = r.headlines.get('leeds')?.now.status;
          return s ? STATUS_ORDER.indexOf(s) : STATUS_ORDER.length;
        };
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.number < b.number)).toBe(true);
        }
      }),
    );
  });

  it('reads a sort from the address, ignoring a place the partnership does not have', () => {
    expect(readGridSort('leeds', ['wyh', 'leeds'])).toEqual({ by: 'place', placeId: 'leeds' });
    expect(readGridSort('york', ['wyh', 'leeds'])).toEqual({ by: 'number' });
    expect(readGridSort(null, ['wyh'])).toEqual({ by: 'number' });
  });
});
