// Issue 17: reading, validating and assessing one long series must cost time linear in its
// points. A daily series (urgent and emergency care publishes daily and weekly figures) of n and
// 2n points goes the way a series from the API goes: its JSON text parsed, checked by the schema
// (every field, every period, no period twice), then every target judged. Bundled by
// scripts/bench.mjs, run in Node; prints JSON for it to report.
import { WYH_FRAMEWORK } from '../../mocks/data/wyh/framework';
import { seriesSchema } from '../../src/data-source/schemas';
import { assessIndicator } from '../../src/domain/status/assess-indicator';
import { decimalYear } from '../../src/domain/periods/period';
import type { Indicator } from '../../src/domain/types';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1980, 0, 1);
const TODAY = decimalYear(new Date('2200-01-01T00:00:00Z'));
const isoDay = (k: number) => new Date(FIRST_DAY + k * DAY_MS).toISOString().slice(0, 10);

const base = WYH_FRAMEWORK.ambitions[0]!.indicators[0]!;
const indicator: Indicator = {
  ...base,
  baselinePeriod: isoDay(0),
  targets: base.targets.map((t) => ({ ...t, basePeriod: undefined, period: '2199' })),
};

function seriesText(points: number): string {
  return JSON.stringify({
    indicatorId: indicator.id,
    placeId: 'leeds',
    version: 1,
    points: Array.from({ length: points }, (_, k) => ({
      period: isoDay(k),
      value: 100 - k / 1000 + Math.sin(k / 7) * 3,
      lower: 90 - k / 1000,
      upper: 110 - k / 1000,
      provenance: 'illustrative',
    })),
  });
}

function readAndAssess(text: string) {
  const series = seriesSchema.parse(JSON.parse(text));
  return assessIndicator(indicator, series, TODAY);
}

function time(points: number, rounds: number) {
  const text = seriesText(points);
  for (let i = 0; i < 3; i++) readAndAssess(text);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // The garbage of the last round collected first, so that no round pays for another's.
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    readAndAssess(text);
    samples.push(performance.now() - start);
  }
  return Math.min(...samples);
}

// The least of many rounds: the work is the same each time, so anything above the least is the
// machine's other business. Interleaved, so a burst of load falls on both sizes alike.
const small: number[] = [];
const doubled: number[] = [];
for (let round = 0; round < 7; round++) {
  small.push(time(10_000, 3));
  doubled.push(time(20_000, 3));
}
console.log(JSON.stringify({ points: 10_000, ms: Math.min(...small), doubledMs: Math.min(...doubled) }));
