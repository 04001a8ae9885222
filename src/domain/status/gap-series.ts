import { formatValue } from '../words/format-value';
import type { TimedPoint } from '../periods/timed-point';
import type { DataPoint, GapDefinition, Indicator, Unit } from '../types';

// Gap indicators: ambitions 1 and 2 are about the distance between two groups. The gap is what is
// targeted and assessed (it is each point's value, so the status engine needs nothing new); the
// two groups' own figures travel with each point so the chart can show what the gap is made of,
// and so a gap that does not follow from them can be caught.

/** The gap two groups' figures make: first − second, or the first's excess over the second in %. */
export function gapValue(kind: GapDefinition['kind'], first: number, second: number): number | undefined {
  if (kind === 'difference') return first - second;
  if (second === 0) return undefined;
  return (first / second - 1) * 100;
}

/**
 * Why a point's gap does not follow from its groups' figures, or undefined when it does. The
 * figures are rounded as published, so agreement is to the indicator's precision (one unit in the
 * last decimal place shown).
 */
export function gapProblem(indicator: Indicator, point: DataPoint): string | undefined {
  const gap = indicator.gap;
  if (!gap || !point.groups) return undefined;
  const [first, second] = point.groups;
  const expected = gapValue(gap.kind, first, second);
  if (expected === undefined) return `The ${gap.groups[1]} figure is 0, so no excess can be worked out from it.`;
  const step = 10 ** -indicator.unit.decimals;
  if (Math.abs(expected - point.value) <= step + 1e-9) return undefined;
  return `The gap given (${formatValue(point.value, indicator.unit)}) does not follow from the two groups' figures (${formatValue(expected, indicator.unit)}).`;
}

export interface GapRow {
  period: string;
  label: string;
  mid: number;
  first: number;
  second: number;
  gap: number;
  problem?: string;
}

/** The rows a gap chart and its table show: only the figures that carry both groups. */
export function gapRows(indicator: Indicator, points: readonly TimedPoint[]): GapRow[] {
  return points
    .filter((p): p is TimedPoint & { groups: [number, number] } => p.groups !== undefined)
    .map((p) => ({ period: p.period, label: p.at.label, mid: p.at.mid, first: p.groups[0], second: p.groups[1], gap: p.value, problem: gapProblem(indicator, p) }));
}

/** "In 2021–23 the least deprived tenth: 83.1 years; the most deprived tenth: 72.9 years; a gap of 10.2 years." */
export function describeGap(indicator: Indicator & { gap: GapDefinition }, rows: readonly GapRow[]): string {
  const last = rows.at(-1);
  const [a, b] = indicator.gap.groups;
  if (!last) return `No figures for the two groups (${a}; ${b}) yet.`;
  const groupUnit: Unit = indicator.gap.groupUnit;
  const gapText = indicator.gap.kind === 'difference' ? `a gap of ${formatValue(last.gap, indicator.unit)}` : `${formatValue(last.gap, indicator.unit)} higher`;
  const first = rows[0]!;
  const since =
    rows.length > 1
      ? ` In ${first.label} they were ${formatValue(first.first, groupUnit)} and ${formatValue(first.second, groupUnit)}, ${indicator.gap.kind === 'difference' ? `a gap of ${formatValue(first.gap, indicator.unit)}` : `${formatValue(first.gap, indicator.unit)} higher`}.`
      : '';
  return `In ${last.label}, ${a}: ${formatValue(last.first, groupUnit)}; ${b}: ${formatValue(last.second, groupUnit)}; ${gapText}.${since}`;
}
