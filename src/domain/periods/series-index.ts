import { parsePeriod, periodKey, type Period, type PeriodKind } from './period';
import type { DataPoint } from '../types';

/**
 * A series read once, so that checking many new figures against it (an import of thousands of
 * rows) costs a lookup each, not a pass over the series each: linear in rows plus figures.
 */
export interface SeriesIndex {
  /** The figure for the same period, however it was written. */
  at(period: Period): DataPoint | undefined;
  /** The kind of period its latest figure has: how an ambiguous new period is read. */
  kind?: PeriodKind;
  /** The series' lowest and highest values, leaving out one period (the figure being corrected). */
  range(excluding?: string): { min: number; max: number; count: number } | undefined;
}

/**
 * Each figure whose period came earlier in the list (also when written another way, "2019/2020"
 * after "2019/20"), with where it first came. One pass with a keyed map: linear in the figures.
 * Periods that do not parse are passed over; they have problems of their own.
 */
export function repeatedPeriods(periods: readonly string[]): { index: number; first: number; label: string }[] {
  const firstAt = new Map<string, number>();
  const repeats: { index: number; first: number; label: string }[] = [];
  periods.forEach((text, index) => {
    const result = parsePeriod(text);
    if (!result.ok) return;
    const key = periodKey(result.period);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, index);
    else repeats.push({ index, first, label: result.period.label });
  });
  return repeats;
}

export function indexSeries(points: readonly DataPoint[]): SeriesIndex {
  const byPeriod = new Map<string, DataPoint>();
  // The two lowest and two highest, so that any one figure can be left out without a second pass.
  const low: DataPoint[] = [];
  const high: DataPoint[] = [];
  let latest: Period | undefined;
  // Periods as written, so that leaving one out is a lookup, not a pass over the series per row.
  const written = new Set<string>();
  for (const p of points) {
    written.add(p.period);
    const parsed = parsePeriod(p.period);
    if (parsed.ok) {
      byPeriod.set(periodKey(parsed.period), p);
      if (!latest || parsed.period.end > latest.end) latest = parsed.period;
    }
    keepTwo(low, p, (a, b) => a.value < b.value);
    keepTwo(high, p, (a, b) => a.value > b.value);
  }
  return {
    ...(latest ? { kind: latest.kind } : {}),
    at: (period) => byPeriod.get(periodKey(period)),
    range(excluding) {
      const count = points.length - (excluding !== undefined && written.has(excluding) ? 1 : 0);
      const min = low.find((p) => p.period !== excluding);
      const max = high.find((p) => p.period !== excluding);
      return min && max ? { min: min.value, max: max.value, count } : undefined;
    },
  };
}

function keepTwo(kept: DataPoint[], p: DataPoint, before: (a: DataPoint, b: DataPoint) => boolean) {
  if (kept.length < 2 || before(p, kept[1]!)) {
    kept.push(p);
    kept.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    kept.length = Math.min(kept.length, 2);
  }
}
