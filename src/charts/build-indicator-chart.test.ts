import fc from 'fast-check';
import { makeIndicator, points } from '../../tests/helpers/indicator-fixture';
import { assessIndicator } from '../domain/status/assess-indicator';
import { timePoints, type TimedPoint } from '../domain/periods/timed-point';
import type { DataPoint, Place } from '../domain/types';
import { buildIndicatorChart, niceAxis, placeKey } from './build-indicator-chart';
import { buildTableRows } from './build-table-rows';
import { describeIndicatorChart } from './describe-indicator-chart';

const leeds: Place = { id: 'leeds', name: 'Leeds', isTotal: false };
const kirklees: Place = { id: 'kirklees', name: 'Kirklees', isTotal: false };
const indicator = makeIndicator({
  targets: [{ id: 'original', label: 'Original', period: '2024', rule: { kind: 'relative', percent: -10 }, provenance: 'published', source: 'Plan' }],
});

function model(data: DataPoint[], today = 2020, layers?: Parameters<typeof buildIndicatorChart>[0]['layers']) {
  const series = { indicatorId: indicator.id, placeId: 'leeds', version: 1, points: data };
  const assessments = assessIndicator(indicator, series, today);
  return { model: buildIndicatorChart({ places: [{ place: leeds, points: timePoints(data) }], assessments, layers }), assessments };
}

const withBounds = points(['2016-18', 10], ['2017-19', 9.8], ['2018-20', 9.7]).map((p) => ({ ...p, lower: p.value - 0.5, upper: p.value + 0.5 }));

describe('buildIndicatorChart', () => {
  it('puts each figure at the middle of its period, with the straight path, trend, target and interval', () => {
    const { model: m } = model(withBounds);
    expect(m.rows.map((r) => r.t)).toEqual([2017.5, 2018.5, 2019.5, 2024.5]);
    expect(m.rows[0]).toMatchObject({ [placeKey('leeds')]: 10, band: [9.5, 10.5], 'required:original': 10 });
    expect(m.rows.at(-1)).toMatchObject({ 'required:original': 9 });
    expect(m.lines.map((l) => l.kind)).toEqual(['actual', 'required', 'projection']);
    expect(m.targets).toEqual([{ t: 2024.5, value: 9, label: 'Original: 2024' }]);
    expect(m.baseline).toEqual({ t: 2017.5, value: 10, label: 'Baseline 2016-18' });
    expect(m.tickLabels.get(2024.5)).toBe('2024');
    expect(m.band?.label).toBe('Leeds: 95% confidence interval');
  });

  it('draws the trend to the target the words quote it for, so the line reaches the figure they give (issue 32, item 4)', () => {
    const twoTargets = makeIndicator({
      targets: [
        { id: 'plan', label: 'Plan', period: '2024', rule: { kind: 'relative', percent: -10 }, provenance: 'published', source: 'Plan' },
        { id: 'revised', label: 'Revised', period: '2028', rule: { kind: 'relative', percent: -20 }, provenance: 'published', source: 'Plan' },
      ],
    });
    const data = points(['2016-18', 10], ['2017-19', 9.9], ['2018-20', 9.9], ['2019-21', 9.8]);
    const series = { indicatorId: twoTargets.id, placeId: 'leeds', version: 1, points: data };
    const assessments = assessIndicator(twoTargets, series, 2022);
    const quoted = assessments[1]!;
    const m = buildIndicatorChart({ places: [{ place: leeds, points: timePoints(data) }], assessments, trendFor: quoted });
    const trendRows = m.rows.filter((r) => r.projection !== undefined);
    expect(trendRows.at(-1)!.t).toBe(2028.5);
    expect(trendRows.at(-1)!.projection).toBeCloseTo(quoted.projection!.valueAtTarget);
    // Without it, the first open target's trend, as before.
    const first = buildIndicatorChart({ places: [{ place: leeds, points: timePoints(data) }], assessments });
    expect(first.rows.filter((r) => r.projection !== undefined).at(-1)!.t).toBe(2024.5);
  });

  it('draws only the layers asked for, but always the figures and the target', () => {
    const { model: m } = model(withBounds, 2020, { path: false, trend: false, interval: false });
    expect(m.lines.map((l) => l.kind)).toEqual(['actual']);
    expect(m.band).toBeUndefined();
    expect(m.targets).toHaveLength(1);
  });

  it('draws no trend towards a target already judged', () => {
    const { model: m, assessments } = model(points(['2016-18', 10], ['2021-23', 9.5], ['2023-25', 9.6]), 2027);
    expect(assessments[0]!.status).toBe('missed');
    expect(m.lines.some((l) => l.kind === 'projection')).toBe(false);
  });

  it('gives each compared place its own colour and marker shape', () => {
    const m = buildIndicatorChart({
      places: [
        { place: leeds, points: timePoints(points(['2019', 1])) },
        { place: kirklees, points: timePoints(points(['2019', 2])) },
      ],
      assessments: [],
    });
    const [a, b] = m.lines;
    expect(a!.colour).not.toBe(b!.colour);
    expect(a!.shape).not.toBe(b!.shape);
  });
});

describe('niceAxis', () => {
  it('steps on round numbers and holds every value', () => {
    expect(niceAxis([8.9, 13.6])).toEqual({ yDomain: [8, 14], yTicks: [8, 10, 12, 14] });
    expect(niceAxis([5, 5]).yTicks).toEqual([4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6]);
    expect(niceAxis([0, 301_234]).yTicks).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
  });

  it('property: the domain holds every value, ticks are ascending, and a never-negative measure gets no negative axis', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const { yDomain, yTicks } = niceAxis(values);
        expect(yDomain[0]).toBeLessThanOrEqual(Math.min(...values));
        expect(yDomain[1]).toBeGreaterThanOrEqual(Math.max(...values));
        for (let i = 1; i < yTicks.length; i++) expect(yTicks[i]).toBeGreaterThan(yTicks[i - 1]!);
        if (Math.min(...values) >= 0) expect(yDomain[0]).toBeGreaterThanOrEqual(0);
        expect(yTicks.length).toBeLessThanOrEqual(12);
      }),
    );
  });
});

describe('describeIndicatorChart and buildTableRows', () => {
  it('says what the chart shows in one sentence, with the compared places', () => {
    const mine = { place: leeds, points: timePoints(points(['2016-18', 10], ['2018-20', 9.4])) };
    const theirs = { place: kirklees, points: timePoints(points(['2016-18', 11], ['2018-20', 11.5])) };
    const assessments = assessIndicator(indicator, { indicatorId: indicator.id, placeId: 'leeds', version: 1, points: points(['2016-18', 10], ['2018-20', 9.4]) }, 2020);
    expect(describeIndicatorChart(indicator, [mine, theirs], assessments[0])).toBe(
      'Test rate in Leeds went from 10.0 per 100,000 in 2016-18 to 9.4 per 100,000 in 2018-20 (better). Target: 9.0 per 100,000 by 2024 (10% lower than 10.0 per 100,000 in 2016-18). Status: on track. Latest elsewhere: Kirklees 11.5 per 100,000 (2018-20).',
    );
  });

  it('lines up places by period, leaving gaps where a place has no figure', () => {
    const rows = buildTableRows([
      { place: leeds, points: timePoints(points(['2019', 1], ['2020', 2])) },
      { place: kirklees, points: timePoints(points(['2020', 3], ['2021', 4])) },
    ]);
    expect(rows.map((r) => [r.period, r.cells.map((c) => c?.value)])).toEqual([
      ['2019', [1, undefined]],
      ['2020', [2, 3]],
      ['2021', [undefined, 4]],
    ]);
  });
});

describe('a very long series', () => {
  // 10,000 figures, more than any chart can show apart. (Periods as the domain writes them top out
  // near 3,600 monthly figures between 1900 and 2200, so these are built as timed points directly.)
  const long: TimedPoint[] = Array.from({ length: 10_000 }, (_, i) => {
    const mid = 1950 + i / 100;
    return {
      period: `p${i}`,
      value: 10 + Math.sin(i / 50) + (i === 7_777 ? 30 : 0),
      provenance: 'illustrative',
      at: { label: `p${i}`, kind: 'month', start: mid - 0.004, end: mid + 0.004, mid },
    };
  });

  it('is drawn from at most 600 points with its spike kept, without markers, and with about ten axis labels', () => {
    const model = buildIndicatorChart({ places: [{ place: leeds, points: long }], assessments: [] });
    const drawn = model.rows.filter((r) => r[placeKey('leeds')] !== undefined);
    expect(drawn.length).toBeLessThanOrEqual(600);
    expect(drawn.some((r) => r[placeKey('leeds')] === long[7_777]!.value)).toBe(true);
    expect(model.lines[0]!.shape).toBeUndefined();
    expect(model.xTicks.length).toBeLessThanOrEqual(14);
    expect(model.xDomain).toEqual([1950 - 0.4, long[9_999]!.at.mid + 0.4]);
  });
});
