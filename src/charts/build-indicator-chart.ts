import type { Assessment, StatusKind } from '../domain/status/assess-target';
import { valueAt } from '../domain/status/least-squares';
import { periodOf } from '../domain/periods/period';
import type { TimedPoint } from '../domain/periods/timed-point';
import type { Place } from '../domain/types';
import { downsample } from './downsample';
import { ALL_LAYERS, PATH_COLOUR, PLACE_COLOURS, placeStyle, PROJECTION_DASH, REQUIRED_DASH, type ChartLayers, type MarkerShape } from './chart-style';

// One contract for what a chart needs, built without React or the DOM so it can be tested with
// tiny fixtures. Recharts only draws what this returns.

export interface PlaceSeries {
  place: Place;
  points: TimedPoint[];
}

export interface IndicatorChartInput {
  /** The chosen place first; others are compared with it. */
  places: PlaceSeries[];
  /** The chosen place's assessment of each target, in the indicator's order. */
  assessments: Assessment[];
  /** Optional layers to draw; targets, baseline and figures are always drawn. */
  layers?: ChartLayers;
  /** Comments on particular figures, drawn as numbered marks at their periods. */
  annotations?: readonly { period: string; number: number }[];
  /** The assessment whose trend the words beside the chart quote (the target in force): its trend is the one drawn. */
  trendFor?: Assessment;
}

export type ChartRow = { t: number } & Record<string, number | [number, number] | undefined>;

export interface ChartLine {
  key: string;
  label: string;
  kind: 'actual' | 'required' | 'projection';
  colour: string;
  dash?: string;
  shape?: MarkerShape;
}

export interface ChartMarker {
  t: number;
  value: number;
  label: string;
}

export interface IndicatorChartModel {
  rows: ChartRow[];
  lines: ChartLine[];
  /** The chosen place's 95% interval, where its figures have one. */
  band?: { key: string; label: string };
  baseline?: ChartMarker;
  targets: ChartMarker[];
  xDomain: [number, number];
  xTicks: number[];
  tickLabels: Map<number, string>;
  yDomain: [number, number];
  yTicks: number[];
  /** Numbered marks for comments on figures: [1] at 2020. Several on one period share a mark. */
  annotations: { t: number; label: string }[];
}

const OPEN: StatusKind[] = ['on-track', 'at-risk', 'off-track', 'awaited'];

export const placeKey = (placeId: string) => `place:${placeId}`;

/** More points than a chart can show apart; beyond this a series is downsampled for drawing. */
export const MAX_DRAWN_POINTS = 600;
const MAX_MARKED_POINTS = 60;

/** About ten evenly spaced labels for a long axis. */
function evenTicks<T>(all: readonly T[]): T[] {
  const step = Math.max(1, Math.ceil(all.length / 10));
  return all.filter((_, i) => i % step === 0 || i === all.length - 1);
}

export function buildIndicatorChart({ places, assessments, layers = ALL_LAYERS, annotations = [], trendFor }: IndicatorChartInput): IndicatorChartModel {
  const rows = new Map<number, ChartRow>();
  const row = (t: number) => rows.get(t) ?? rows.set(t, { t }).get(t)!;
  const tickLabels = new Map<number, string>();
  const lines: ChartLine[] = [];
  const yValues: number[] = [];

  places.forEach(({ place, points: all }, i) => {
    const key = placeKey(place.id);
    // A very long series is thinned for drawing (its shape kept); the table shows every figure.
    const points =
      all.length > MAX_DRAWN_POINTS
        ? downsample(
            all.map((p) => ({ ...p, x: p.at.mid, y: p.value })),
            MAX_DRAWN_POINTS,
          )
        : all;
    // Markers on hundreds of points are noise; a plain line reads better.
    const marked = points.length <= MAX_MARKED_POINTS;
    const style = placeStyle(i);
    lines.push({ key, label: place.name, kind: 'actual', colour: style.colour, shape: marked ? style.shape : undefined });
    for (const p of points) {
      row(p.at.mid)[key] = p.value;
      if (marked) tickLabels.set(p.at.mid, p.at.label);
      yValues.push(p.value);
    }
    if (!marked) for (const t of evenTicks(points.map((p) => p.at))) tickLabels.set(t.mid, t.label);
  });

  const primary = places[0] && places[0].points.length > MAX_DRAWN_POINTS ? undefined : places[0];
  const hasBand = (layers.interval && primary?.points.some((p) => p.lower !== undefined && p.upper !== undefined)) ?? false;
  if (primary && hasBand) {
    for (const p of primary.points) {
      if (p.lower === undefined || p.upper === undefined) continue;
      row(p.at.mid).band = [p.lower, p.upper];
      yValues.push(p.lower, p.upper);
    }
  }

  const targets: ChartMarker[] = [];
  let baseline: ChartMarker | undefined;
  assessments.forEach((a, i) => {
    if (!a.resolved) return;
    const { base, period, value, target } = a.resolved;
    targets.push({ t: period.mid, value, label: `${target.label}: ${period.label}` });
    tickLabels.set(period.mid, period.label);
    if (i === 0 || !baseline) baseline = { t: base.at.mid, value: base.value, label: `Baseline ${base.at.label}` };
    yValues.push(base.value, value);
    if (!layers.path) return;
    const key = `required:${target.id}`;
    const label = assessments.length > 1 ? `Straight path: ${target.label}` : 'Straight path to the target';
    lines.push({ key, label, kind: 'required', colour: PATH_COLOUR, dash: i === 0 ? REQUIRED_DASH : '12 4 2 4' });
    row(base.at.mid)[key] = base.value;
    row(period.mid)[key] = value;
  });

  // The trend is drawn from the latest figure to the target the words quote it for (the target in
  // force), else the first target still open: the line reaches the figure the sentence gives. A
  // trend towards a target already judged would only add clutter.
  const isOpen = (a: Assessment | undefined) => a !== undefined && OPEN.includes(a.status) && a.projection && a.latest && a.resolved;
  const open = !layers.trend ? undefined : isOpen(trendFor) ? trendFor : assessments.find(isOpen);
  if (open?.projection && open.latest && open.resolved) {
    const key = 'projection';
    lines.push({ key, label: 'Recent trend, continued', kind: 'projection', colour: PLACE_COLOURS[0]!, dash: PROJECTION_DASH });
    const from = open.latest.at.mid;
    const to = open.resolved.period.mid;
    row(from)[key] = valueAt(open.projection.line, from);
    row(to)[key] = open.projection.valueAtTarget;
    yValues.push(row(from)[key] as number, open.projection.valueAtTarget);
  }

  const sortedRows = [...rows.values()].sort((a, b) => a.t - b.t);
  const ts = sortedRows.map((r) => r.t);
  // Loops rather than Math.min(...ts): spreading 10,000 arguments is slow and can overflow the stack.
  let low = Infinity;
  let high = -Infinity;
  for (const t of ts) {
    if (t < low) low = t;
    if (t > high) high = t;
  }
  const xDomain: [number, number] = ts.length ? [low - 0.4, high + 0.4] : [0, 1];
  return {
    rows: sortedRows,
    lines,
    band: hasBand ? { key: 'band', label: `${primary!.place.name}: 95% confidence interval` } : undefined,
    baseline,
    targets,
    xDomain,
    xTicks: [...tickLabels.keys()].sort((a, b) => a - b),
    tickLabels,
    ...niceAxis(yValues),
    annotations: groupAnnotations(annotations),
  };
}

/** One mark per period: "[1]" or "[1, 3]" when two comments are on the same figure. */
function groupAnnotations(annotations: readonly { period: string; number: number }[]): { t: number; label: string }[] {
  const byT = new Map<number, number[]>();
  for (const a of annotations) {
    const t = periodOf(a.period).mid;
    byT.set(t, [...(byT.get(t) ?? []), a.number]);
  }
  return [...byT].sort((a, b) => a[0] - b[0]).map(([t, numbers]) => ({ t, label: `[${numbers.join(', ')}]` }));
}

/** 1, 2, 2.5 or 5 times a power of ten: steps people read without effort. */
function niceStep(roughStep: number): number {
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const fraction = roughStep / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * An axis on round numbers that holds every value with a little room, so markers at the edge
 * are not clipped. Values that are never negative (rates, counts) do not get a negative axis.
 */
export function niceAxis(values: number[], tickCount = 5): { yDomain: [number, number]; yTicks: number[] } {
  if (values.length === 0) return { yDomain: [0, 1], yTicks: [0, 1] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  // A flat or vanishingly small series still needs an axis with some height.
  const spread = max - min;
  const pad = spread > 1e-9 ? spread * 0.05 : Math.max(Math.abs(max) * 0.1, 1e-6);
  const low = min >= 0 ? Math.max(0, min - pad) : min - pad;
  const high = max + pad;
  const step = niceStep((high - low) / tickCount);
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(high / step) * step;
  const yTicks: number[] = [];
  // Rounded to the step's precision so 0.1 + 0.2 shows as 0.3, not 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let v = start; v <= end + step / 2; v += step) yTicks.push(Number(v.toFixed(digits)));
  return { yDomain: [start, end], yTicks };
}
