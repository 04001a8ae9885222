import fc from 'fast-check';
import { byar, combineCounts, wilson } from './combine-counts';

describe('combining areas’ counts into one figure', () => {
  it('sums counts and denominators: two districts of Year 6 children make one percentage', () => {
    const combined = combineCounts(
      [
        { count: 1_520, denominator: 6_900 },
        { count: 118, denominator: 640 },
      ],
      'proportion',
      100,
    )!;
    expect(combined.count).toBe(1_638);
    expect(combined.denominator).toBe(7_540);
    expect(combined.value).toBeCloseTo(21.7241, 4);
    // Wilson's score interval, as OHID's Fingertips computes it for a proportion.
    expect(combined.lower).toBeCloseTo(20.8079, 3);
    expect(combined.upper).toBeCloseTo(22.6692, 3);
  });

  it('gives a rate per 100,000 with Byar’s interval', () => {
    const combined = combineCounts([{ count: 120, denominator: 1_000_000 }], 'crude-rate', 100_000)!;
    expect(combined.value).toBe(12);
    expect(combined.lower).toBeCloseTo(9.9493, 3);
    expect(combined.upper).toBeCloseTo(14.3492, 3);
  });

  it('refuses what cannot be a figure: no population, or more events than people for a proportion', () => {
    expect(combineCounts([{ count: 1, denominator: 0 }], 'crude-rate', 100_000)).toBeUndefined();
    expect(combineCounts([{ count: 11, denominator: 10 }], 'proportion', 100)).toBeUndefined();
  });

  it('always puts the value inside its interval, within the possible range', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1, max: 50_000 })), { minLength: 1, maxLength: 8 }), (areas) => {
        const parts = areas.map(([count, extra]) => ({ count, denominator: count + extra }));
        for (const method of ['proportion', 'crude-rate'] as const) {
          const c = combineCounts(parts, method, 100)!;
          expect(c.lower).toBeLessThanOrEqual(c.value + 1e-9);
          expect(c.upper).toBeGreaterThanOrEqual(c.value - 1e-9);
          expect(c.lower).toBeGreaterThanOrEqual(0);
          if (method === 'proportion') expect(c.upper).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });

  it('narrows as the counts grow', () => {
    const [a, b] = wilson(10, 100);
    const [c, d] = wilson(100, 1_000);
    expect(d - c).toBeLessThan(b - a);
    expect(byar(0)[0]).toBe(0);
  });
});
