import type { Unit } from '../domain/types';
import type { ChartThemeName } from './chart-style';

// The detail chart's frame, one source for both drawings: the charting library is given these
// settings (IndicatorChart), and the plain-SVG chart drawn before the library arrives lays itself
// out by them, so it sits where the library's will and nothing moves when one replaces the other.

export interface AxisFrame {
  margin: { top: number; right: number; bottom: number; left: number };
  yAxisWidth: number;
  xAxisHeight: number;
  /** From the end of an x tick to its label. */
  xTickMargin: number;
  axisStroke: number;
}

/** Tick marks are this long, as the library draws them. */
export const TICK_SIZE = 6;

export function axisFrame(theme: ChartThemeName, unit: Pick<Unit, 'kind'>): AxisFrame {
  const projector = theme === 'projector';
  return {
    margin: projector ? { top: 20, right: 40, bottom: 4, left: 8 } : { top: 16, right: 24, bottom: 8, left: 8 },
    yAxisWidth: (unit.kind === 'tonnes' || unit.kind === 'count' ? 72 : 52) * (projector ? 2 : 1),
    // On a projector the lowest figure's label (centred on the x axis) reaches half its large text
    // below the axis: the period labels start below it, not against it.
    xAxisHeight: projector ? 54 : 30,
    xTickMargin: projector ? 16 : 2,
    axisStroke: projector ? 4 : 1,
  };
}

export interface AxisLayout extends AxisFrame {
  /** The plotting area inside the axes, in pixels from the chart's top left. */
  plot: { left: number; top: number; width: number; height: number };
}

export function axisLayout({ width, height, theme, unit }: { width: number; height: number; theme: ChartThemeName; unit: Pick<Unit, 'kind'> }): AxisLayout {
  const frame = axisFrame(theme, unit);
  const { margin } = frame;
  const left = margin.left + frame.yAxisWidth;
  return {
    ...frame,
    plot: { left, top: margin.top, width: Math.max(1, width - left - margin.right), height: Math.max(1, height - margin.top - margin.bottom - frame.xAxisHeight) },
  };
}

export interface PlacedTick {
  at: number;
  label: string;
}

/** A label's width in pixels, near enough for spacing: the axis font's average glyph. */
const labelWidth = (label: string, fontSize: number) => label.length * fontSize * 0.6;

/**
 * The tick labels that fit without touching, the first and last always kept (as the library's
 * "preserveStartEnd"), others from the left wherever there is `gap` pixels of room. One pass.
 */
export function spacedTicks(ticks: readonly PlacedTick[], fontSize: number, gap = 12): PlacedTick[] {
  if (ticks.length <= 2) return [...ticks];
  const half = (tick: PlacedTick) => labelWidth(tick.label, fontSize) / 2;
  const last = ticks[ticks.length - 1]!;
  const limit = last.at - half(last) - gap;
  const kept: PlacedTick[] = [ticks[0]!];
  let edge = ticks[0]!.at + half(ticks[0]!);
  for (let i = 1; i < ticks.length - 1; i += 1) {
    const tick = ticks[i]!;
    if (tick.at - half(tick) >= edge + gap && tick.at + half(tick) <= limit) {
      kept.push(tick);
      edge = tick.at + half(tick);
    }
  }
  kept.push(last);
  return kept;
}
