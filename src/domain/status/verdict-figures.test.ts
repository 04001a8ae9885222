import fc from 'fast-check';
import { makeIndicator, makeTarget, points } from '../../../tests/helpers/indicator-fixture';
import { assessTarget } from './assess-target';
import { verdictFigures } from './verdict-figures';
import { timePoints } from '../periods/timed-point';
import type { DataPoint, Indicator } from '../types';

// Issue 32, item 1: a verdict stands beside the figure it rests on, never beside a later one that
// seems to contradict it.

function figuresFor(data: DataPoint[], today: number, indicator: Indicator = makeIndicator()) {
  const assessment = assessTarget({ indicator, target: indicator.targets[0]!, points: timePoints(data), today });
  return { assessment, shown: verdictFigures(assessment, indicator) };
}

describe('verdictFigures', () => {
  it('shows a missed target beside the figure it was judged on, and the later figure as what it is', () => {
    // The partnership's antibiotics card: missed on 2023/24's 0.909, though 2024/25's 0.862 meets 0.897.
    const indicator = makeIndicator({
      unit: { kind: 'ratio', label: 'items per STAR-PU', decimals: 3 },
      baselinePeriod: '2018/19',
      targets: [makeTarget({ period: '2023/24', rule: { kind: 'absolute', value: 0.897 } })],
    });
    const { assessment, shown } = figuresFor(points(['2018/19', 1.02], ['2021/22', 0.95], ['2023/24', 0.909], ['2024/25', 0.862]), 2026.9, indicator);
    expect(assessment.status).toBe('missed');
    expect(shown.figures.map((f) => [f.label, f.value, f.when])).toEqual([
      ['Judged on', '0.909 items per STAR-PU', '2023/24'],
      ['Target', '0.897 items per STAR-PU', 'by 2023/24'],
    ]);
    expect(shown.gap).toBe('0.012 items per STAR-PU worse than the target');
    expect(shown.gapIsGood).toBe(false);
    expect(shown.laterFigure).toMatchObject({ label: 'Latest', value: '0.862 items per STAR-PU', when: '2024/25' });
  });

  it('says where another period’s figure stands in for the target’s', () => {
    const { shown } = figuresFor(points(['2016-18', 10], ['2019-21', 9.4]), 2026.9);
    expect(shown.figures[0]).toMatchObject({ label: 'Judged on', when: '2019-21, standing in for 2020/21' });
  });

  it('shows the latest, the target and the trend a future target is judged on, with the gap on the trend', () => {
    const indicator = makeIndicator({ targets: [makeTarget({ period: '2028' })] });
    const { assessment, shown } = figuresFor(points(['2016-18', 10], ['2017-19', 10.2], ['2018-20', 10.4]), 2021, indicator);
    expect(assessment.status).toBe('off-track');
    expect(shown.figures.map((f) => f.label)).toEqual(['Latest', 'Target', 'On the recent trend']);
    expect(shown.figures[2]!.value).toBe(`${assessment.projection!.valueAtTarget.toFixed(1)} per 100,000`);
    expect(shown.gap).toMatch(/^\d+\.\d per 100,000 short of the target on the trend$/);
    expect(shown.gapIsGood).toBe(false);
  });

  it('says an awaited figure is awaited, with no gap figure', () => {
    const indicator = makeIndicator({ targets: [makeTarget({ period: '2025' })] });
    const { shown } = figuresFor(points(['2016-18', 10], ['2021-23', 9.4]), 2026.9, indicator);
    expect(shown.gap).toBe('The 2025 figure is not published yet');
    expect(shown.gapIsGood).toBeUndefined();
  });

  it('never puts a verdict of met beside a gap that says worse, nor missed beside better', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 20, noNaN: true }), { minLength: 2, maxLength: 8 }), fc.double({ min: 2017, max: 2030, noNaN: true }), (values, today) => {
        const periods = ['2016-18', '2017-19', '2018-20', '2019-21', '2020-22', '2021-23', '2022-24', '2023-25'];
        const { assessment, shown } = figuresFor(
          values.map((v, i) => ({ period: periods[i]!, value: v, provenance: 'illustrative' })),
          today,
        );
        if (assessment.status === 'achieved' || assessment.status === 'on-track') expect(shown.gapIsGood).not.toBe(false);
        if (assessment.status === 'missed' || assessment.status === 'off-track') expect(shown.gapIsGood).not.toBe(true);
        if (assessment.judgedOn) expect(shown.figures[0]!.point).toBe(assessment.judgedOn);
      }),
    );
  });
});
