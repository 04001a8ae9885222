import fc from 'fast-check';
import { plainPoints } from './plain-points';
import { checkedPointsSchema, seriesSchema } from './schemas';

// The plain pass may only ever be stricter than the schema: whatever it admits, the schema admits
// too, and reads as the very same figures.

// Each field mostly valid, sometimes wrong in one of the ways feeds go wrong, so that many lists
// are wholly valid and many are wrong in one field only.
const mostly = <T>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: wrong, weight: 1 });

const text = mostly(
  fc.constantFrom('Fingertips, 2024 release', 'NHS England', 'a\tb\nc'),
  fc.oneof(fc.constantFrom(' padded ', '', 'x'.repeat(4001), 'EVIL\u202e', undefined), fc.string({ maxLength: 8 })),
);
const figure = fc.double({ min: -1e3, max: 1e3, noNaN: true });
const wrongNumber = fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, 2e15, -2e15, '12', null, undefined);
const number = mostly(figure, wrongNumber);
const period = mostly(
  fc.oneof(
    fc.integer({ min: 1990, max: 2030 }).map(String),
    fc.integer({ min: 1990, max: 2030 }).map((y) => `${y}/${String(y + 1).slice(2)}`),
    fc.integer({ min: 1990, max: 2030 }).map((y) => `${y}/${y + 1}`),
    fc.date({ min: new Date('2020-01-01'), max: new Date('2020-03-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.integer({ min: 1, max: 53 }).map((w) => `2020-W${w}`),
  ),
  fc.constantFrom<unknown>('n/a', '', ' 2019', '1890', '2021-W53', 7),
);
const point = fc
  .record(
    {
      period,
      value: number,
      lower: number,
      upper: number,
      note: text,
      source: text,
      provenance: mostly(fc.constantFrom('published', 'illustrative'), fc.constant('made up')),
      groups: mostly(fc.tuple(figure, figure), fc.oneof(fc.tuple(wrongNumber, figure), fc.array(figure, { maxLength: 3 }))),
      count: mostly(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.oneof(wrongNumber, fc.constant(-1))),
      denominator: mostly(fc.double({ min: 0, max: 1e6, noNaN: true }), wrongNumber),
      surprise: fc.anything(),
    },
    { requiredKeys: [] },
  )
  // Mostly with the fields a figure needs, and no stranger among them.
  .map((p) => (Object.keys(p).length % 5 === 0 ? p : { ...p, period: p.period ?? '2001', value: p.value ?? 1, provenance: p.provenance ?? 'published', surprise: undefined }))
  .map((p) => {
    const { surprise, ...rest } = p;
    return surprise === undefined ? rest : p;
  });

describe('plainPoints', () => {
  it('property: admits only what the schema admits, as the same figures', () => {
    let admitted = 0;
    fc.assert(
      fc.property(fc.array(point, { maxLength: 6 }), (points) => {
        const plain = plainPoints(points);
        if (plain === undefined) return;
        admitted += points.length > 0 ? 1 : 0;
        const checked = checkedPointsSchema.safeParse(points);
        expect(checked.success).toBe(true);
        expect(plain).toEqual(checked.data);
      }),
      { numRuns: 1500 },
    );
    // Not only empty lists: the pass must have admitted lists of figures for the property to mean anything.
    expect(admitted).toBeGreaterThan(15);
  });

  it('admits a plain daily series, and leaves a duplicate spelt two ways to the schema to explain', () => {
    const points = [
      { period: '2020-01-01', value: 3, provenance: 'published', source: 'NHS England' },
      { period: '2020-01-02', value: 4, lower: 3, upper: 5, provenance: 'illustrative' },
    ];
    expect(plainPoints(points)).toEqual(points);
    const twice = [
      { period: '2019/20', value: 3, provenance: 'published' },
      { period: '2019/2020', value: 4, provenance: 'published' },
    ];
    expect(plainPoints(twice)).toBeUndefined();
    const read = seriesSchema.safeParse({ indicatorId: 'x', placeId: 'y', version: 1, points: twice });
    expect(read.success).toBe(false);
    expect(read.error?.issues[0]).toMatchObject({ path: ['points', 1, 'period'], message: '2019/20 appears twice (also at points[0])' });
  });

  it('leaves text the schema would trim to the schema, which trims it', () => {
    const points = [{ period: '2020', value: 1, provenance: 'published', note: ' spaced ' }];
    expect(plainPoints(points)).toBeUndefined();
    expect(seriesSchema.parse({ indicatorId: 'x', placeId: 'y', version: 1, points }).points[0]!.note).toBe('spaced');
  });
});
