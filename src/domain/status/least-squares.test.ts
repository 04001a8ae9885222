import fc from 'fast-check';
import { fitLine, valueAt } from './least-squares';

describe('fitLine', () => {
  it('fits a known line exactly', () => {
    const line = fitLine([
      { x: 2017, y: 10 },
      { x: 2018, y: 9.5 },
      { x: 2019, y: 9 },
    ]);
    expect(line?.slope).toBeCloseTo(-0.5);
    expect(valueAt(line!, 2024)).toBeCloseTo(6.5);
  });

  it('gives no line when the x values do not spread', () => {
    expect(fitLine([{ x: 2019, y: 1 }])).toBeUndefined();
    expect(
      fitLine([
        { x: 2019, y: 1 },
        { x: 2019, y: 3 },
      ]),
    ).toBeUndefined();
  });

  const finite = fc.double({ min: -1e4, max: 1e4, noNaN: true });

  it('property: recovers any straight line from points on it', () => {
    fc.assert(
      fc.property(finite, finite, fc.uniqueArray(fc.integer({ min: 1990, max: 2060 }), { minLength: 2, maxLength: 12 }), (a, b, xs) => {
        const line = fitLine(xs.map((x) => ({ x, y: a + b * (x - 2000) })))!;
        expect(line.slope).toBeCloseTo(b, 4);
        expect(valueAt(line, 2030)).toBeCloseTo(a + b * 30, 2);
      }),
    );
  });

  it('property: raising the last point never lowers the value read after it', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 8 }), fc.double({ min: 0, max: 1e3, noNaN: true }), fc.integer({ min: 0, max: 20 }), (ys, raise, ahead) => {
        const pts = ys.map((y, i) => ({ x: 2010 + i, y }));
        const raised = pts.map((p, i) => (i === pts.length - 1 ? { ...p, y: p.y + raise } : p));
        const at = 2010 + ys.length - 1 + ahead;
        expect(valueAt(fitLine(raised)!, at)).toBeGreaterThanOrEqual(valueAt(fitLine(pts)!, at) - 1e-6);
      }),
    );
  });
});
