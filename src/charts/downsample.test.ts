import fc from 'fast-check';
import { downsample } from './downsample';

const series = (ys: number[]) => ys.map((y, x) => ({ x, y }));

describe('downsample', () => {
  it('leaves a short series alone', () => {
    const s = series([1, 2, 3]);
    expect(downsample(s, 10)).toEqual(s);
  });

  it('keeps a lone spike that plain thinning would drop', () => {
    const ys = Array.from({ length: 1000 }, (_, i) => (i === 517 ? 100 : 1));
    const kept = downsample(series(ys), 50);
    expect(kept.some((p) => p.y === 100)).toBe(true);
  });

  it('keeps at most the threshold, the first and last, in order, all taken from the input', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 3, maxLength: 600 }), fc.integer({ min: 3, max: 200 }), (ys, threshold) => {
        const input = series(ys);
        const kept = downsample(input, threshold);
        expect(kept.length).toBeLessThanOrEqual(Math.max(threshold, Math.min(input.length, threshold)));
        expect(kept[0]).toBe(input[0]);
        expect(kept[kept.length - 1]).toBe(input[input.length - 1]);
        for (let i = 1; i < kept.length; i += 1) expect(kept[i]!.x).toBeGreaterThan(kept[i - 1]!.x);
        for (const p of kept) expect(input).toContain(p);
      }),
    );
  });
});
