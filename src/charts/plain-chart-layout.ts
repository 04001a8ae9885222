import type { Unit } from '../domain/types';
import type { ChartThemeName } from './chart-style';

// The detail chart's geometry, as the charting library lays it out with the settings
// IndicatorChart gives it: the plain-SVG chart drawn before the library arrives then sits where
// the library's will, so nothing moves when one replaces the other.

export interface AxisLayout {
  /** The plotting area inside the axes, in pixels from the chart's top left. */
  plot: { left: number; top: number; width: number; height: number };
  axisStroke: number;
}

export function axisLayout({ width, height, theme, unit }: { width: number; height: number; theme: ChartThemeName; unit: Pick<Unit, 'kind'> }): AxisLayout {
  const projector = theme === 'projector';
  const margin = projector ? { top: 20, right: 40, bottom: 4, left: 8 } : { top: 16, right: 24, bottom: 8, left: 8 };
  const yAxisWidth = (unit.kind === 'tonnes' || unit.kind === 'count' ? 72 : 52) * (projector ? 2 : 1);
  const xAxisHeight = projector ? 40 : 30;
  const left = margin.left + yAxisWidth;
  return {
    plot: { left, top: margin.top, width: Math.max(1, width - left - margin.right), height: Math.max(1, height - margin.top - margin.bottom - xAxisHeight) },
    axisStroke: projector ? 4 : 1,
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
