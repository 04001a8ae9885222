import fc from 'fast-check';
import { parsePeriod } from './period';
import { indexSeries } from './series-index';
import type { DataPoint } from '../types';

const point = (period: string, value: number): DataPoint => ({ period, value, provenance: 'published' });

describe('a series read once for checking new figures', () => {
  it('finds a figure however its period is written, and reads new periods as its latest kind', () => {
    const index = indexSeries([point('2019/20', 5), point('2020/21', 6)]);
    const asWritten = parsePeriod('2019/2020');
    expect(asWritten.ok && index.at(asWritten.period)?.value).toBe(5);
    expect(index.kind).toBe('financial-year');
  });

  it('gives its range leaving out the figure being corrected, whichever the range would be without it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1990, max: 2100 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 40, maxLength: 40 }),
        fc.nat(),
        (years, values, pick) => {
          const points = years.map((year, i) => point(String(year), values[i]!));
          const excluding = points[pick % points.length]!.period;
          const rest = points.filter((p) => p.period !== excluding);
          const expected = rest.length ? { min: Math.min(...rest.map((p) => p.value)), max: Math.max(...rest.map((p) => p.value)), count: rest.length } : undefined;
          expect(indexSeries(points).range(excluding)).toEqual(expected);
          expect(indexSeries(points).range('not a period in it')?.count).toBe(points.length);
        },
      ),
    );
  });
});
