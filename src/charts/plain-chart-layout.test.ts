import fc from 'fast-check';
import { axisFrame, axisLayout, spacedTicks, type PlacedTick } from './plain-chart-layout';

const widthOf = (tick: PlacedTick, fontSize: number) => tick.label.length * fontSize * 0.6;

describe('spacedTicks', () => {
  it('keeps the first and last labels and drops the middle ones that would touch', () => {
    const ticks = ['2016-18', '2017-19', '2018-20', '2019-21', '2024'].map((label, i) => ({ at: 100 + i * 40, label }));
    const kept = spacedTicks(ticks, 13);
    expect(kept[0]).toBe(ticks[0]);
    expect(kept.at(-1)).toBe(ticks.at(-1));
    expect(kept.map((t) => t.label)).toEqual(['2016-18', '2018-20', '2024']);
  });

  it('keeps every label where there is room', () => {
    const ticks = ['2019', '2020', '2021'].map((label, i) => ({ at: i * 200, label }));
    expect(spacedTicks(ticks, 13)).toEqual(ticks);
  });

  it('never lets two kept labels between the ends overlap, nor crowd the last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ step: fc.integer({ min: 1, max: 120 }), label: fc.string({ minLength: 1, maxLength: 9 }) }), { minLength: 3, maxLength: 60 }),
        fc.integer({ min: 10, max: 28 }),
        (raw, fontSize) => {
          let at = 0;
          const ticks = raw.map((r) => ({ at: (at += r.step), label: r.label }));
          const kept = spacedTicks(ticks, fontSize);
          expect(kept[0]).toBe(ticks[0]);
          expect(kept.at(-1)).toBe(ticks.at(-1));
          // Between neighbours (the last aside, which is always kept): at least the 12 px gap.
          for (let i = 1; i < kept.length - 1; i += 1) {
            const left = kept[i - 1]!;
            const right = kept[i]!;
            expect(right.at - widthOf(right, fontSize) / 2 - (left.at + widthOf(left, fontSize) / 2)).toBeGreaterThanOrEqual(12 - 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('axisLayout', () => {
  it('leaves room for the axes, wider for counts and on a projector', () => {
    expect(axisLayout({ width: 640, height: 340, theme: 'screen', unit: { kind: 'rate' } }).plot).toEqual({ left: 60, top: 16, width: 556, height: 286 });
    expect(axisLayout({ width: 640, height: 340, theme: 'screen', unit: { kind: 'count' } }).plot.left).toBe(80);
    expect(axisLayout({ width: 1600, height: 600, theme: 'projector', unit: { kind: 'rate' } })).toMatchObject({
      plot: { left: 112, top: 20, width: 1448, height: 522 },
      axisStroke: 4,
    });
  });
});

describe('axisFrame', () => {
  it('starts a projector’s period labels below the lowest figure’s label, which is centred on the x axis', () => {
    const frame = axisFrame('projector', { kind: 'rate' });
    const projectorTickFont = 26;
    // Half the y label's height reaches below the axis; the x labels begin after the tick and margin.
    expect(6 + frame.xTickMargin).toBeGreaterThan(projectorTickFont / 2);
    expect(frame.xAxisHeight).toBeGreaterThanOrEqual(6 + frame.xTickMargin + projectorTickFont);
  });
});
