// Times the status engine over every indicator × place of the seed dataset, and over a larger
// synthetic overview (10 ambitions × 7 places × 40 periods). Bundled by scripts/bench.mjs and run
// in Node; prints JSON for it to report.
import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { WYH_SERIES } from '../../mocks/data/wyh/series';
import { assessIndicator } from '../../src/domain/status/assess-indicator';
import { decimalYear } from '../../src/domain/periods/period';
import { timePoints, type TimedPoint } from '../../src/domain/periods/timed-point';
import { buildIndicatorChart } from '../../src/charts/build-indicator-chart';
import type { Indicator, Series } from '../../src/domain/types';

const TODAY = decimalYear(new Date('2026-11-24T12:00:00Z'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(label: string, pairs: [Indicator, Series][], rounds: number) {
  const run = () => {
    let statuses = 0;
    for (const [indicator, series] of pairs) statuses += assessIndicator(indicator, series, TODAY).length;
    return statuses;
  };
  for (let i = 0; i < 20; i++) run(); // warm the JIT
  const samples: number[] = [];
  let assessments = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    assessments = run();
    samples.push(performance.now() - start);
  }
  return { label, series: pairs.length, assessments, medianMs: median(samples), p95Ms: [...samples].sort((a, b) => a - b)[Math.floor(rounds * 0.95)]!, rounds };
}

const indicators = new Map(WYH_FRAMEWORK.ambitions.flatMap((a) => a.indicators).map((i) => [i.id, i]));
const seed: [Indicator, Series][] = WYH_SERIES.map((s) => [indicators.get(s.indicatorId)!, s]);

// 40 yearly figures per series from 1990, for the headline indicator of each ambition.
const large: [Indicator, Series][] = WYH_FRAMEWORK.ambitions.flatMap((a) => {
  const indicator: Indicator = { ...a.indicators[0]!, baselinePeriod: '1990', targets: a.indicators[0]!.targets.map((t) => ({ ...t, basePeriod: undefined, period: '2035' })) };
  return WYH_FRAMEWORK.places.map((place, p): [Indicator, Series] => [
    indicator,
    {
      indicatorId: indicator.id,
      placeId: place.id,
      version: 1,
      points: Array.from({ length: 40 }, (_, i) => ({ period: String(1990 + i), value: 100 - i * 0.8 + Math.sin(i + p) * 2, provenance: 'illustrative' as const })),
    },
  ]);
});

/** Chart data preparation: the model recharts draws from, for a very long series and for the overview. */
function timeCharts() {
  const leeds = WYH_FRAMEWORK.places.find((p) => p.id === 'leeds')!;
  const long: TimedPoint[] = Array.from({ length: 10_000 }, (_, i) => {
    const mid = 1950 + i / 100;
    return { period: `p${i}`, value: 10 + Math.sin(i / 50), provenance: 'illustrative', at: { label: `p${i}`, kind: 'month', start: mid, end: mid, mid } };
  });
  const sample = (run: () => unknown, rounds: number) => {
    for (let i = 0; i < 10; i++) run();
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
    return { medianMs: median(samples), p95Ms: [...samples].sort((a, b) => a - b)[Math.floor(rounds * 0.95)]! };
  };
  const overviewInputs = large.map(([indicator, series]) => ({ place: leeds, points: timePoints(series.points), assessments: assessIndicator(indicator, series, TODAY) }));
  return {
    longSeries: {
      points: long.length,
      drawn: buildIndicatorChart({ places: [{ place: leeds, points: long }], assessments: [] }).rows.length,
      ...sample(() => buildIndicatorChart({ places: [{ place: leeds, points: long }], assessments: [] }), 100),
    },
    overview: {
      charts: overviewInputs.length,
      ...sample(() => overviewInputs.map((o) => buildIndicatorChart({ places: [{ place: o.place, points: o.points }], assessments: o.assessments })), 100),
    },
  };
}

console.log(JSON.stringify({ engine: [time('seed dataset: every indicator × place', seed, 500), time('10 ambitions × 7 places × 40 periods', large, 200)], charts: timeCharts() }));
